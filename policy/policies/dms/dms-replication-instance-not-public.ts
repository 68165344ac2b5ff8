import { asBool, defineResourcePolicy } from "../../lib";

const REPLICATION_INSTANCE = "aws:dms/replicationInstance:ReplicationInstance";

/**
 * The DMS API's default is public, but @pulumi/aws (the Terraform provider it bridges) always sends the input, false
 * when it is left out (CreateReplicationInstance in internal/service/dms/replication_instance.go, read 2026-12-06):
 * only an explicit true is public.
 */
function checkReplicationInstance(props: Record<string, unknown>): string[] {
    return asBool(props["publiclyAccessible"]) === true
        ? ["publiclyAccessible must not be true (FSBP DMS.1): the instance that holds credentials for both databases gets a public address"]
        : [];
}

export const definition = defineResourcePolicy({
    name: "dms-replication-instance-not-public",
    description: "DMS replication instances are not publicly accessible.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["DMS.1"] },
    checks: { [REPLICATION_INSTANCE]: checkReplicationInstance },
});
