import { UNKNOWN, asBool, asRecord, asString, defineResourcePolicy } from "../../lib";

export const DB_INSTANCE = "aws:rds/instance:Instance";
export const DB_CLUSTER = "aws:rds/cluster:Cluster";
export const DOCDB_CLUSTER = "aws:docdb/cluster:Cluster";
export const NEPTUNE_CLUSTER = "aws:neptune/cluster:Cluster";
export const REDSHIFT_CLUSTER = "aws:redshift/cluster:Cluster";

const WHY = "the data, its automated backups and snapshots would be stored unencrypted, and encryption cannot be turned on later without a restore";

/** Set in the config, and not derived from a source whose encryption it inherits. */
const isSet = (props: Record<string, unknown>, key: string) => {
    const v = asString(props[key]);
    return v === UNKNOWN || (typeof v === "string" && v.trim() !== "");
};

/**
 * A restore to a point in time, or a clone (`restoreType: "copy-on-write"`), is encrypted exactly
 * when its source is (with its key, or `kmsKeyId`): RestoreDBInstanceToPointInTime has no
 * StorageEncrypted parameter, and RestoreDBClusterToPointInTime restores "encrypted using the KMS
 * key that was used to encrypt the source DB cluster" when no KmsKeyId is given and rejects an
 * unencrypted source with one (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RestoreDBClusterToPointInTime.html,
 * API_RestoreDBInstanceToPointInTime.html, API_RestoreDBClusterFromSnapshot.html, read 2026-12-06;
 * DocumentDB's API says the same). So is a restore from a snapshot, and a read replica.
 */
const restoresFromSource = (props: Record<string, unknown>) => {
    const restore = asRecord(props["restoreToPointInTime"]);
    return restore === UNKNOWN || restore !== undefined;
};

/** `storageEncrypted` true is required where AWS's default is unencrypted. */
function requireEncrypted(controls: string, inheritedFrom: readonly string[]) {
    return (props: Record<string, unknown>): string[] => {
        const encrypted = asBool(props["storageEncrypted"]);
        if (encrypted === true || encrypted === UNKNOWN || inheritedFrom.some((k) => isSet(props, k)) || restoresFromSource(props)) return [];
        const got = encrypted === false ? "false" : "not set (AWS's default is unencrypted)";
        return [`storageEncrypted must be true (${controls}), got ${got}: ${WHY}`];
    };
}

/** Aurora clusters: Serverless v1 is always encrypted. */
function checkCluster(props: Record<string, unknown>): string[] {
    const mode = asString(props["engineMode"]);
    if (mode === UNKNOWN || (typeof mode === "string" && mode.trim().toLowerCase() === "serverless")) return [];
    return requireEncrypted("CIS 2.3.1, FSBP RDS.27", ["snapshotIdentifier", "replicationSourceIdentifier"])(props);
}

/** Redshift encrypts by default; only turning it off is refused. */
function checkRedshift(props: Record<string, unknown>): string[] {
    return asBool(props["encrypted"]) === false ? [`encrypted must not be false (FSBP Redshift.10): ${WHY}`] : [];
}

export const definition = defineResourcePolicy({
    name: "rds-storage-encrypted",
    description: "RDS instances, Aurora, DocumentDB and Neptune clusters and Redshift clusters encrypt their storage.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["2.3.1"], fsbp: ["RDS.3", "RDS.27", "DocumentDB.1", "Neptune.1", "Redshift.10"] },
    checks: {
        // A replica or a restore inherits its source's encryption (and then needs kmsKeyId to change it).
        [DB_INSTANCE]: requireEncrypted("CIS 2.3.1, FSBP RDS.3", ["replicateSourceDb", "snapshotIdentifier"]),
        [DB_CLUSTER]: checkCluster,
        [DOCDB_CLUSTER]: requireEncrypted("FSBP DocumentDB.1", ["snapshotIdentifier"]),
        [NEPTUNE_CLUSTER]: requireEncrypted("FSBP Neptune.1", ["snapshotIdentifier", "replicationSourceIdentifier"]),
        [REDSHIFT_CLUSTER]: checkRedshift,
    },
});
