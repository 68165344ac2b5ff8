/** rds-no-public-access, rds-storage-encrypted, efs-encrypted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as efs } from "../../../policy/policies/efs/efs-encrypted";
import { definition as publicAccess } from "../../../policy/policies/rds/rds-no-public-access";
import { definition as encrypted } from "../../../policy/policies/rds/rds-storage-encrypted";
import { Props, happy } from "../factories";

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
const UNENCRYPTED = (controls: string, got = "not set (AWS's default is unencrypted)") => `storageEncrypted must be true (${controls}), got ${got}: ${WHY}`;

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
        ["instance without storageEncrypted", T.instance, { storageEncrypted: undefined }, [UNENCRYPTED("CIS 2.3.1, FSBP RDS.3")]],
        ["instance with storageEncrypted false", T.instance, { storageEncrypted: false }, [UNENCRYPTED("CIS 2.3.1, FSBP RDS.3", "false")]],
        ["read replica: inherits its source's encryption", T.instance, { storageEncrypted: undefined, replicateSourceDb: "orders-primary" }, []],
        ["restore from a snapshot (unknown id)", T.instance, { storageEncrypted: undefined, snapshotIdentifier: UNKNOWN }, []],
        ["storageEncrypted unknown", T.instance, { storageEncrypted: UNKNOWN }, []],
        ["Aurora cluster unencrypted", T.cluster, { storageEncrypted: undefined }, [UNENCRYPTED("CIS 2.3.1, FSBP RDS.27")]],
        ["Aurora Serverless v1 (always encrypted)", T.cluster, { storageEncrypted: undefined, engineMode: "serverless" }, []],
        ["Aurora engineMode unknown", T.cluster, { storageEncrypted: undefined, engineMode: UNKNOWN }, []],
        ["Aurora replica of another cluster", T.cluster, { storageEncrypted: undefined, replicationSourceIdentifier: "arn:aws:rds:us-east-1:111111111111:cluster:src" }, []],
        ["DocumentDB unencrypted", T.docdb, { storageEncrypted: false }, [UNENCRYPTED("FSBP DocumentDB.1", "false")]],
        ["Neptune unencrypted", T.neptune, { storageEncrypted: undefined }, [UNENCRYPTED("FSBP Neptune.1")]],
        ["Redshift unset (encrypted by default)", T.redshift, { encrypted: undefined }, []],
        ['Redshift encrypted "false"', T.redshift, { encrypted: "false" }, [`encrypted must not be false (FSBP Redshift.10): ${WHY}`]],
    ];
    for (const [title, type, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(encrypted.check(type, { ...happy[type]!(), ...change }), expected));
    }
});

describe("policy efs-encrypted", () => {
    const message = (got: string) => `encrypted must be true (CIS 2.4.1, FSBP EFS.1), got ${got}: ` +
        "the files would be stored unencrypted, and a file system cannot be encrypted after it is created";
    it("encrypted", () => assert.deepStrictEqual(efs.check(T.efs, happy[T.efs]!()), []));
    it("not set", () => assert.deepStrictEqual(efs.check(T.efs, { ...happy[T.efs]!(), encrypted: undefined }), [message("not set (the API's default is unencrypted)")]));
    it("false", () => assert.deepStrictEqual(efs.check(T.efs, { ...happy[T.efs]!(), encrypted: false }), [message("false")]));
    it("unknown", () => assert.deepStrictEqual(efs.check(T.efs, { ...happy[T.efs]!(), encrypted: UNKNOWN }), []));
});
