/** rds (issue 22): restores and clones inherit encryption; backups kept 7 days (RDS.11); checkov's cases. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as resilient } from "../../../policy/policies/rds/rds-instance-resilient";
import { definition as encrypted } from "../../../policy/policies/rds/rds-storage-encrypted";
import { Props, happy } from "../factories";

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
