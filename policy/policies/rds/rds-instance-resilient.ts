import { UNKNOWN, asBool, asNumber, defineResourcePolicy } from "../../lib";

export const DB_INSTANCE = "aws:rds/instance:Instance";
export const DB_CLUSTER = "aws:rds/cluster:Cluster";

export function checkInstance(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const protection = asBool(props["deletionProtection"]);
    if (protection !== true && protection !== UNKNOWN) {
        messages.push("deletionProtection must be true (foundation nothing-lost): one delete call, or a replacement in a later change, removes the database");
    }
    const retention = asNumber(props["backupRetentionPeriod"]);
    if (retention === 0) {
        messages.push("backupRetentionPeriod must not be 0 (foundation nothing-lost): with automated backups off there is no point-in-time restore");
    }
    if (asBool(props["autoMinorVersionUpgrade"]) === false) {
        messages.push("autoMinorVersionUpgrade must not be false (CIS 2.3.2): minor versions carry the security fixes");
    }
    return messages;
}

/** Turns deletion protection on; the other findings have no safe automatic fix. */
function protect(props: Record<string, unknown>): Record<string, unknown> | undefined {
    return asBool(props["deletionProtection"]) === true ? undefined : { deletionProtection: true };
}

export const definition = defineResourcePolicy({
    name: "rds-instance-resilient",
    description: "RDS instances and Aurora clusters have deletion protection, automated backups and automatic minor version upgrades.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { cis: ["2.3.2"], foundation: ["nothing-lost"] },
    checks: { [DB_INSTANCE]: checkInstance, [DB_CLUSTER]: checkInstance },
    remediations: { [DB_INSTANCE]: protect, [DB_CLUSTER]: protect },
});
