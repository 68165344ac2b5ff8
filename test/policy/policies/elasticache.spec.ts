/** policy/policies/elasticache/: elasticache-encrypted, elasticache-hardened. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as encrypted } from "../../../policy/policies/elasticache/elasticache-encrypted";
import { definition as hardened } from "../../../policy/policies/elasticache/elasticache-hardened";
import { policyTable, typedTable } from "../tables";

const RG = "aws:elasticache/replicationGroup:ReplicationGroup";
const CLUSTER = "aws:elasticache/cluster:Cluster";
const AT_REST = (got: string) => `atRestEncryptionEnabled must be true (FSBP ElastiCache.4), got ${got}: cached data and backups would be stored unencrypted`;
const TRANSIT = (got: string) => `transitEncryptionEnabled must be true (FSBP ElastiCache.5), got ${got}: clients and replicas would talk to the cache in clear text, credentials included`;
const BACKUPS = (got: string) => `snapshotRetentionLimit should be at least 1 (FSBP ElastiCache.1), got ${got}: a lost node, a bad deploy or a FLUSHALL leaves nothing to restore`;
const UPGRADES = "autoMinorVersionUpgrade should not be false (FSBP ElastiCache.2): minor versions carry the engine's security fixes";
const PREFERRED = 'transitEncryptionMode should be "required" (FSBP ElastiCache.5), got "preferred": the migration mode still accepts unencrypted connections';

typedTable(encrypted, RG, [
    ["a global datastore secondary with nothing set: inherited from the primary", {
        globalReplicationGroupId: "ldgnf-sessions", engine: undefined, atRestEncryptionEnabled: undefined, transitEncryptionEnabled: undefined }, []],
    ["a global datastore id not known yet", { globalReplicationGroupId: UNKNOWN, atRestEncryptionEnabled: false, transitEncryptionEnabled: false }, []],
    ["an empty global datastore id is no global datastore", { globalReplicationGroupId: " ", atRestEncryptionEnabled: false, transitEncryptionEnabled: undefined },
        [AT_REST("false"), TRANSIT("not set")]],
    ["restored from a snapshot: still judged on its own settings", { snapshotName: "sessions-nightly", atRestEncryptionEnabled: false }, [AT_REST("false")]],
]);

typedTable(hardened, RG, [
    ["backups left out (the default is 0)", { snapshotRetentionLimit: undefined }, [BACKUPS("not set (0: no automatic backups)")]],
    ["backups off", { snapshotRetentionLimit: 0 }, [BACKUPS("0")]],
    ["backups unknown", { snapshotRetentionLimit: UNKNOWN }, []],
    ["minor version upgrades off", { autoMinorVersionUpgrade: false }, [UPGRADES]],
    ["minor version upgrades left out (AWS's default is on)", { autoMinorVersionUpgrade: undefined }, []],
    ["transit encryption in preferred mode", { transitEncryptionMode: "Preferred" }, [PREFERRED]],
    ["preferred mode without transit encryption: elasticache-encrypted's finding", { transitEncryptionEnabled: false, transitEncryptionMode: "preferred" }, []],
    ["preferred mode on a global secondary (inherited)", { globalReplicationGroupId: "ldgnf-sessions", transitEncryptionMode: "preferred" }, []],
    ["engine unknown, no backups", { engine: UNKNOWN, snapshotRetentionLimit: undefined }, []],
]);
typedTable(hardened, CLUSTER, [
    ["a Redis cluster without backups", { engine: "redis", snapshotRetentionLimit: undefined }, [BACKUPS("not set (0: no automatic backups)")]],
    ["a Memcached cluster keeps no data to back up", { engine: "memcached", snapshotRetentionLimit: undefined }, []],
    ['minor version upgrades "false" (the input is a string)', { autoMinorVersionUpgrade: "false" }, [UPGRADES]],
    ["a read replica of a replication group follows the group", { replicationGroupId: "sessions", engine: undefined, snapshotRetentionLimit: 0 }, []],
    ["replication group unknown", { replicationGroupId: UNKNOWN, snapshotRetentionLimit: 0 }, []],
]);

describe("checkov's ElastiCache cases, as @pulumi/aws inputs", () => {
    const rg = { replicationGroupId: "tf-rep-group-1", description: "test description", nodeType: "cache.m4.large", numCacheClusters: 2, port: 6379, authToken: "x".repeat(16) };
    it("CKV_AWS_29 / CKV_AWS_30 encryption at rest and in transit: the failing groups are blocked, the passing one is not", () => {
        assert.deepStrictEqual(encrypted.check(RG, { ...rg, atRestEncryptionEnabled: true, transitEncryptionEnabled: true }), []);
        assert.deepStrictEqual(encrypted.check(RG, { ...rg, atRestEncryptionEnabled: false, transitEncryptionEnabled: true }), [AT_REST("false")]);
        assert.deepStrictEqual(encrypted.check(RG, { ...rg, transitEncryptionEnabled: true }), [AT_REST("not set (Redis's default is unencrypted)")]);
        assert.deepStrictEqual(encrypted.check(RG, { ...rg, atRestEncryptionEnabled: false, transitEncryptionEnabled: false }), [AT_REST("false"), TRANSIT("false")]);
        assert.deepStrictEqual(encrypted.check(RG, { ...rg, atRestEncryptionEnabled: true }), [TRANSIT("not set")]);
    });
    const cluster = { clusterId: "cluster", engine: "redis", nodeType: "cache.m5.large", numCacheNodes: 1, parameterGroupName: "default.redis6.x" };
    it("CKV_AWS_134 automatic backups: enabled passes; default and 0 are flagged; Memcached is not", () => {
        assert.deepStrictEqual(hardened.check(CLUSTER, { ...cluster, snapshotRetentionLimit: 5 }), []);
        assert.deepStrictEqual(hardened.check(CLUSTER, cluster), [BACKUPS("not set (0: no automatic backups)")]);
        assert.deepStrictEqual(hardened.check(CLUSTER, { ...cluster, snapshotRetentionLimit: 0 }), [BACKUPS("0")]);
        assert.deepStrictEqual(hardened.check(CLUSTER, { ...cluster, engine: "memcached", parameterGroupName: "default.memcached1.6" }), []);
    });
    it("CKV_AWS_322 minor upgrades: false is flagged, true and the default are not", () => {
        assert.deepStrictEqual(hardened.check(CLUSTER, { ...cluster, autoMinorVersionUpgrade: "true", snapshotRetentionLimit: 5 }), []);
        assert.deepStrictEqual(hardened.check(CLUSTER, { ...cluster, autoMinorVersionUpgrade: "false", snapshotRetentionLimit: 0 }), [BACKUPS("0"), UPGRADES]);
    });
});

policyTable(encrypted, "aws:elasticache/replicationGroup:ReplicationGroup", [
    ["Redis with nothing set", { atRestEncryptionEnabled: undefined, transitEncryptionEnabled: undefined }, [AT_REST("not set (Redis's default is unencrypted)"), TRANSIT("not set")]],
    ["Valkey with nothing set at rest (its default is encrypted)", { engine: "valkey", atRestEncryptionEnabled: undefined }, []],
    ["explicitly off", { atRestEncryptionEnabled: false, transitEncryptionEnabled: false }, [AT_REST("false"), TRANSIT("false")]],
    ["engine unknown", { engine: UNKNOWN, atRestEncryptionEnabled: undefined }, []],
]);
