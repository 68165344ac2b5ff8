/** policy/policies/rds/: rds-instance-resilient, rds-no-public-access, rds-snapshot-not-public, rds-storage-encrypted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as resilient } from "../../../policy/policies/rds/rds-instance-resilient";
import { definition as publicAccess } from "../../../policy/policies/rds/rds-no-public-access";
import { definition as snapshots } from "../../../policy/policies/rds/rds-snapshot-not-public";
import { definition as encrypted } from "../../../policy/policies/rds/rds-storage-encrypted";
import { Props, happy } from "../factories";
import { typedTable } from "../tables";

const INSTANCE = "aws:rds/instance:Instance";
const CLUSTER = "aws:rds/cluster:Cluster";
const DOCDB = "aws:docdb/cluster:Cluster";
const NEPTUNE = "aws:neptune/cluster:Cluster";
const UNENCRYPTED = (controls: string) => `storageEncrypted must be true (${controls}), got not set (AWS's default is unencrypted): ` +
    "the data, its automated backups and snapshots would be stored unencrypted, and encryption cannot be turned on later without a restore";

describe("policy rds-storage-encrypted: restores and clones inherit their source's encryption", () => {
    const cases: Array<[string, string, Props, string[]]> = [
        ["instance restored to a point in time", INSTANCE, { storageEncrypted: undefined, restoreToPointInTime: { sourceDbInstanceIdentifier: "orders", useLatestRestorableTime: true } }, []],
        ["instance restored from automated backups of a deleted instance", INSTANCE,
            { storageEncrypted: undefined, restoreToPointInTime: { sourceDbInstanceAutomatedBackupsArn: "arn:aws:rds:us-east-1:111111111111:auto-backup:ab-1" } }, []],
        ["instance restore not known yet", INSTANCE, { storageEncrypted: undefined, restoreToPointInTime: UNKNOWN }, []],
        ["instance from a snapshot", INSTANCE, { storageEncrypted: undefined, snapshotIdentifier: "orders-final" }, []],
        ["instance with an empty snapshot id is a new database", INSTANCE, { storageEncrypted: undefined, snapshotIdentifier: " " }, [UNENCRYPTED("CIS 2.3.1, FSBP RDS.3")]],
        ["instance imported from S3 is a new database", INSTANCE, { storageEncrypted: undefined, s3Import: { bucketName: "b", ingestionRole: "r", sourceEngine: "mysql", sourceEngineVersion: "8.0" } },
            [UNENCRYPTED("CIS 2.3.1, FSBP RDS.3")]],
        ["Aurora clone (copy-on-write)", CLUSTER, { storageEncrypted: undefined, restoreToPointInTime: { sourceClusterIdentifier: "orders", restoreType: "copy-on-write", useLatestRestorableTime: true } }, []],
        ["Aurora point-in-time restore with storageEncrypted false (the restore takes the source's)", CLUSTER,
            { storageEncrypted: false, restoreToPointInTime: { sourceClusterIdentifier: "orders", restoreToTime: "2026-12-01T00:00:00Z" } }, []],
        ["Aurora from a snapshot", CLUSTER, { storageEncrypted: undefined, snapshotIdentifier: "arn:aws:rds:us-east-1:111111111111:cluster-snapshot:orders" }, []],
        ["DocumentDB point-in-time restore", DOCDB, { storageEncrypted: undefined, restoreToPointInTime: { sourceClusterIdentifier: "docs" } }, []],
        ["Neptune without a source", NEPTUNE, { storageEncrypted: undefined }, [UNENCRYPTED("FSBP Neptune.1")]],
    ];
    for (const [title, type, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(encrypted.check(type, { ...happy[type]!(), ...change }), expected));
    }
});

const SHORT = (controls: string, got: string, days = 7) => `backupRetentionPeriod should be at least ${days} days (${controls}), got ${got}: a mistake or a corruption noticed later ` +
    "than that can no longer be undone by a point-in-time restore (policy config minimumBackupRetentionDays)";

describe("policy rds-instance-resilient: automated backups kept at least 7 days", () => {
    const cases: Array<[string, string, Props, string[], Record<string, unknown>?]> = [
        ["a week", INSTANCE, {}, []],
        ["35 days", INSTANCE, { backupRetentionPeriod: 35 }, []],
        ["not set: the API's 1 day", INSTANCE, { backupRetentionPeriod: undefined }, [SHORT("FSBP RDS.11", "not set (1 day, the RDS API's default)")]],
        ["3 days", INSTANCE, { backupRetentionPeriod: 3 }, [SHORT("FSBP RDS.11", "3")]],
        ['"6" days', INSTANCE, { backupRetentionPeriod: "6" }, [SHORT("FSBP RDS.11", "6")]],
        ["unknown", INSTANCE, { backupRetentionPeriod: UNKNOWN }, []],
        ["a read replica: its backups follow its source", INSTANCE, { backupRetentionPeriod: undefined, replicateSourceDb: "orders-primary" }, []],
        ["a replica of a source not known yet", INSTANCE, { backupRetentionPeriod: 0, replicateSourceDb: UNKNOWN }, []],
        ["a configured 14-day minimum", INSTANCE, { backupRetentionPeriod: 7 }, [SHORT("FSBP RDS.11", "7", 14)], { minimumBackupRetentionDays: 14 }],
        ["an odd minimum falls back to 7", INSTANCE, { backupRetentionPeriod: 5 }, [SHORT("FSBP RDS.11", "5")], { minimumBackupRetentionDays: 90 }],
        ["Aurora cluster, a week", CLUSTER, {}, []],
        ["Aurora cluster, not set", CLUSTER, { backupRetentionPeriod: undefined }, [SHORT("foundation nothing-lost", "not set (1 day, the RDS API's default)")]],
    ];
    for (const [title, type, change, expected, config] of cases) {
        it(title, () => assert.deepStrictEqual(resilient.check(type, { ...happy[type]!(), ...change }, config), expected));
    }
});

/** checkov tests/terraform/checks/resource/aws/example_DBInstanceBackupRetentionPeriod (inputs only). */
describe("checkov's DBInstanceBackupRetentionPeriod cases", () => {
    const levels = (type: string, props: Props) => [resilient, encrypted].flatMap((d) => d.check(type, props).map(() => d.metadata.enforcementLevel));
    it("0 is flagged for instances and clusters; 35 passes; unset (checkov's pass) gets only the advisory", () => {
        assert.strictEqual(resilient.check(INSTANCE, { backupRetentionPeriod: 0, deletionProtection: true }).length, 1);
        assert.strictEqual(resilient.check(CLUSTER, { backupRetentionPeriod: 0, deletionProtection: true }).length, 1);
        assert.deepStrictEqual(resilient.check(INSTANCE, { backupRetentionPeriod: 35, deletionProtection: true }), []);
        assert.ok(levels(INSTANCE, { deletionProtection: true, storageEncrypted: true }).every((level) => level === "advisory"));
    });
});

describe("policy rds-snapshot-not-public", () => {
    const PUBLIC = 'sharedAccounts must not contain "all" (FSBP RDS.1): the snapshot becomes public, and anyone with an AWS account can restore the ' +
        "database from it, data and all; list the account ids to share it with instead";
    const types = ["aws:rds/snapshot:Snapshot", "aws:rds/clusterSnapshot:ClusterSnapshot", "aws:rds/snapshotCopy:SnapshotCopy", "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy"];
    it("checks the four snapshot types: named accounts pass, \"all\" in any case is reported", () => {
        assert.deepStrictEqual(snapshots.metadata.resourceTypes, types);
        for (const t of types) {
            assert.deepStrictEqual(snapshots.check(t, happy[t]!()), [], t);
            assert.deepStrictEqual(snapshots.check(t, { sharedAccounts: ["222222222222", " ALL "] }), [PUBLIC], t);
        }
        assert.deepStrictEqual(snapshots.check(types[0]!, { sharedAccounts: "all" }), [PUBLIC], "a single value");
        assert.deepStrictEqual(snapshots.check(types[0]!, { sharedAccounts: [UNKNOWN, "222222222222"] }), []);
        assert.deepStrictEqual(snapshots.check(types[0]!, { sharedAccounts: UNKNOWN }), []);
    });
    it("remediation keeps the named accounts and drops \"all\"", () => {
        assert.deepStrictEqual(snapshots.remediate(types[1]!, { dbClusterIdentifier: "c", sharedAccounts: ["all", "222222222222"] }),
            { dbClusterIdentifier: "c", sharedAccounts: ["222222222222"] });
        assert.strictEqual(snapshots.remediate(types[1]!, { dbClusterIdentifier: "c", sharedAccounts: ["all", UNKNOWN] }), undefined);
        assert.strictEqual(snapshots.remediate(types[1]!, { dbClusterIdentifier: "c", sharedAccounts: ["222222222222"] }), undefined);
    });
});

const T = {
    instance: "aws:rds/instance:Instance",
    clusterInstance: "aws:rds/clusterInstance:ClusterInstance",
    cluster: "aws:rds/cluster:Cluster",
    docdb: "aws:docdb/cluster:Cluster",
    neptune: "aws:neptune/cluster:Cluster",
    redshift: "aws:redshift/cluster:Cluster",
    efs: "aws:efs/fileSystem:FileSystem",
};
const PUBLIC = (controls: string) => `publiclyAccessible must not be true (${controls}): the database gets a public DNS name and address, one security group rule ` +
    "away from the internet; reach it from inside the VPC (a bastion with SSM Session Manager, or a VPN) instead";
const WHY = "the data, its automated backups and snapshots would be stored unencrypted, and encryption cannot be turned on later without a restore";
const NOT_ENCRYPTED = (controls: string, got = "not set (AWS's default is unencrypted)") => `storageEncrypted must be true (${controls}), got ${got}: ${WHY}`;

describe("policy rds-no-public-access", () => {
    const cases: Array<[string, string, Props, string[]]> = [
        ["private instance", T.instance, {}, []],
        ["public instance", T.instance, { publiclyAccessible: true }, [PUBLIC("CIS 2.3.3, FSBP RDS.2")]],
        ['public instance ("true")', T.instance, { publiclyAccessible: "true" }, [PUBLIC("CIS 2.3.3, FSBP RDS.2")]],
        ["instance without the setting (AWS's default is private)", T.instance, { publiclyAccessible: undefined }, []],
        ["public Aurora instance", T.clusterInstance, { publiclyAccessible: true }, [PUBLIC("FSBP RDS.2")]],
        ["public Redshift cluster", T.redshift, { publiclyAccessible: true }, [PUBLIC("FSBP Redshift.1")]],
        ["unknown", T.redshift, { publiclyAccessible: UNKNOWN }, []],
    ];
    for (const [title, type, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(publicAccess.check(type, { ...happy[type]!(), ...change }), expected));
    }
});

describe("policy rds-storage-encrypted", () => {
    const cases: Array<[string, string, Props, string[]]> = [
        ["encrypted instance", T.instance, {}, []],
        ["instance without storageEncrypted", T.instance, { storageEncrypted: undefined }, [NOT_ENCRYPTED("CIS 2.3.1, FSBP RDS.3")]],
        ["instance with storageEncrypted false", T.instance, { storageEncrypted: false }, [NOT_ENCRYPTED("CIS 2.3.1, FSBP RDS.3", "false")]],
        ["read replica: inherits its source's encryption", T.instance, { storageEncrypted: undefined, replicateSourceDb: "orders-primary" }, []],
        ["restore from a snapshot (unknown id)", T.instance, { storageEncrypted: undefined, snapshotIdentifier: UNKNOWN }, []],
        ["storageEncrypted unknown", T.instance, { storageEncrypted: UNKNOWN }, []],
        ["Aurora cluster unencrypted", T.cluster, { storageEncrypted: undefined }, [NOT_ENCRYPTED("CIS 2.3.1, FSBP RDS.27")]],
        ["Aurora Serverless v1 (always encrypted)", T.cluster, { storageEncrypted: undefined, engineMode: "serverless" }, []],
        ["Aurora engineMode unknown", T.cluster, { storageEncrypted: undefined, engineMode: UNKNOWN }, []],
        ["Aurora replica of another cluster", T.cluster, { storageEncrypted: undefined, replicationSourceIdentifier: "arn:aws:rds:us-east-1:111111111111:cluster:src" }, []],
        ["DocumentDB unencrypted", T.docdb, { storageEncrypted: false }, [NOT_ENCRYPTED("FSBP DocumentDB.1", "false")]],
        ["Neptune unencrypted", T.neptune, { storageEncrypted: undefined }, [NOT_ENCRYPTED("FSBP Neptune.1")]],
        ["Redshift unset (encrypted by default)", T.redshift, { encrypted: undefined }, []],
        ['Redshift encrypted "false"', T.redshift, { encrypted: "false" }, [`encrypted must not be false (FSBP Redshift.10): ${WHY}`]],
    ];
    for (const [title, type, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(encrypted.check(type, { ...happy[type]!(), ...change }), expected));
    }
});

const PROTECTION = "deletionProtection must be true (foundation nothing-lost): one delete call, or a replacement in a later change, removes the database";
typedTable(resilient, "aws:rds/instance:Instance", [
    ["nothing set", { deletionProtection: undefined }, [PROTECTION]],
    ["backups off, upgrades off", { backupRetentionPeriod: 0, autoMinorVersionUpgrade: false }, [
        "backupRetentionPeriod must not be 0 (FSBP RDS.11): with automated backups off there is no point-in-time restore",
        "autoMinorVersionUpgrade must not be false (CIS 2.3.2): minor versions carry the security fixes",
    ]],
    ["protection unknown", { deletionProtection: UNKNOWN }, []],
]);

describe("review regressions", () => {
    it("rds-instance-resilient: no remediation when deletion protection is already on", () => {
        assert.strictEqual(resilient.remediate("aws:rds/instance:Instance", { deletionProtection: true, backupRetentionPeriod: 0 }), undefined);
    });
});
