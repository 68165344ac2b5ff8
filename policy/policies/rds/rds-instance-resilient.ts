import { UNKNOWN, asBool, asNumber, asString, defineResourcePolicy } from "../../lib";

export const DB_INSTANCE = "aws:rds/instance:Instance";
export const DB_CLUSTER = "aws:rds/cluster:Cluster";

interface ResilienceConfig {
    readonly minimumBackupRetentionDays: number;
}

/** RDS.11's `backupRetentionMinimum` default, and the floor it accepts (7 to 35 days). */
const DEFAULT_MINIMUM = 7;

export function parseConfig(raw: Record<string, unknown>): ResilienceConfig {
    const days = raw["minimumBackupRetentionDays"];
    return { minimumBackupRetentionDays: typeof days === "number" && Number.isInteger(days) && days >= 1 && days <= 35 ? days : DEFAULT_MINIMUM };
}

/**
 * Backups: AWS's defaults are weak here. Created through the API (as Pulumi does), an instance or
 * cluster keeps automated backups for 1 day (the console's default is 7): "The default backup
 * retention period is one day if you create the DB instance using the Amazon RDS API or the AWS
 * CLI" (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html).
 * Security Hub RDS.11 wants at least 7 days and leaves read replicas out, whose backups follow
 * their source (https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11,
 * read 2026-12-06).
 */
function checkRetention(props: Record<string, unknown>, config: ResilienceConfig, controls: string): string[] {
    const retention = asNumber(props["backupRetentionPeriod"]);
    if (retention === UNKNOWN) return [];
    if (retention === 0) {
        return [`backupRetentionPeriod must not be 0 (${controls}): with automated backups off there is no point-in-time restore`];
    }
    const minimum = config.minimumBackupRetentionDays;
    if (retention !== undefined && retention >= minimum) return [];
    const got = retention === undefined ? "not set (1 day, the RDS API's default)" : String(retention);
    return [`backupRetentionPeriod should be at least ${minimum} days (${controls}), got ${got}: a mistake or a corruption noticed later than that ` +
        "can no longer be undone by a point-in-time restore (policy config minimumBackupRetentionDays)"];
}

const isReplica = (props: Record<string, unknown>) => {
    const source = asString(props["replicateSourceDb"]);
    return source === UNKNOWN || (typeof source === "string" && source.trim() !== "");
};

/** Deletion protection, backups (unless `backups` is false: a read replica's follow its source), minor upgrades. */
function checkDatabase(props: Record<string, unknown>, config: ResilienceConfig, retentionControls: string, backups: boolean): string[] {
    const messages: string[] = [];
    const protection = asBool(props["deletionProtection"]);
    if (protection !== true && protection !== UNKNOWN) {
        messages.push("deletionProtection must be true (foundation nothing-lost): one delete call, or a replacement in a later change, removes the database");
    }
    if (backups) messages.push(...checkRetention(props, config, retentionControls));
    if (asBool(props["autoMinorVersionUpgrade"]) === false) {
        messages.push("autoMinorVersionUpgrade must not be false (CIS 2.3.2): minor versions carry the security fixes");
    }
    return messages;
}

const checkInstance = (props: Record<string, unknown>, config: ResilienceConfig) => checkDatabase(props, config, "FSBP RDS.11", !isReplica(props));
const checkCluster = (props: Record<string, unknown>, config: ResilienceConfig) => checkDatabase(props, config, "foundation nothing-lost", true);

/** Turns deletion protection on; the other findings have no safe automatic fix. */
function protect(props: Record<string, unknown>): Record<string, unknown> | undefined {
    return asBool(props["deletionProtection"]) === true ? undefined : { deletionProtection: true };
}

export const definition = defineResourcePolicy<ResilienceConfig>({
    name: "rds-instance-resilient",
    description: "RDS instances and Aurora clusters have deletion protection, automated backups kept at least 7 days (read replicas excepted) and automatic minor version upgrades.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { cis: ["2.3.2"], fsbp: ["RDS.11"], foundation: ["nothing-lost"] },
    configSchema: {
        properties: {
            minimumBackupRetentionDays: {
                type: "integer",
                minimum: 1,
                maximum: 35,
                default: DEFAULT_MINIMUM,
                description: "Fewest days of automated backups to keep (Security Hub RDS.11's default is 7).",
            },
        },
    },
    parseConfig,
    checks: { [DB_INSTANCE]: checkInstance, [DB_CLUSTER]: checkCluster },
    remediations: { [DB_INSTANCE]: protect, [DB_CLUSTER]: protect },
});
