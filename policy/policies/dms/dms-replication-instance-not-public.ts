import { asBool, defineResourcePolicy } from "../../lib";

const REPLICATION_INSTANCE = "aws:dms/replicationInstance:ReplicationInstance";

/** The API's default is public: only an explicit false is private. */
function checkReplicationInstance(props: Record<string, unknown>): string[] {
    const isPublic = asBool(props["publiclyAccessible"]);
    return isPublic === false || typeof isPublic === "symbol"
        ? []
        : [`publiclyAccessible must be false (FSBP DMS.1), got ${isPublic === true ? "true" : "not set (public by default)"}: ` +
            "the instance that holds credentials for both databases gets a public address"];
}

export const definition = defineResourcePolicy({
    name: "dms-replication-instance-not-public",
    description: "DMS replication instances are not publicly accessible.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["DMS.1"] },
    checks: { [REPLICATION_INSTANCE]: checkReplicationInstance },
});
