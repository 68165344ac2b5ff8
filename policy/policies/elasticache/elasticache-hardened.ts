import { UNKNOWN, asBool, asNumber, asString, defineResourcePolicy } from "../../lib";
import { REPLICATION_GROUP, globalSecondary } from "./elasticache-encrypted";

const CLUSTER = "aws:elasticache/cluster:Cluster";

/** Redis OSS and Valkey keep data and take backups; Memcached does neither. */
function keepsData(props: Record<string, unknown>): boolean | typeof UNKNOWN {
    const engine = asString(props["engine"]);
    if (engine === UNKNOWN) return UNKNOWN;
    return engine === undefined || ["redis", "valkey"].includes(engine.trim().toLowerCase());
}

function backups(props: Record<string, unknown>): string[] {
    const days = asNumber(props["snapshotRetentionLimit"]);
    if (days === UNKNOWN || (typeof days === "number" && days >= 1) || keepsData(props) !== true) return [];
    return [`snapshotRetentionLimit should be at least 1 (FSBP ElastiCache.1), got ${days === undefined ? "not set (0: no automatic backups)" : days}: ` +
        "a lost node, a bad deploy or a FLUSHALL leaves nothing to restore"];
}

function minorUpgrades(props: Record<string, unknown>): string[] {
    return asBool(props["autoMinorVersionUpgrade"]) === false
        ? ["autoMinorVersionUpgrade should not be false (FSBP ElastiCache.2): minor versions carry the engine's security fixes"]
        : [];
}

/**
 * Sources, read 2026-12-06: https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html,
 * https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html (the preferred mode is for migrating
 * clients: it still accepts unencrypted connections).
 */
function checkReplicationGroup(props: Record<string, unknown>): string[] {
    const messages = [...backups(props), ...minorUpgrades(props)];
    const mode = asString(props["transitEncryptionMode"]);
    if (!globalSecondary(props) && asBool(props["transitEncryptionEnabled"]) === true && typeof mode === "string" && mode.trim().toLowerCase() === "preferred") {
        messages.push('transitEncryptionMode should be "required" (FSBP ElastiCache.5), got "preferred": the migration mode still accepts unencrypted connections');
    }
    return messages;
}

/** A cache cluster that belongs to a replication group takes its settings from the group. */
function checkCluster(props: Record<string, unknown>): string[] {
    const group = asString(props["replicationGroupId"]);
    if (group === UNKNOWN || (typeof group === "string" && group.trim() !== "")) return [];
    return [...backups(props), ...minorUpgrades(props)];
}

export const definition = defineResourcePolicy({
    name: "elasticache-hardened",
    description: "ElastiCache Redis OSS and Valkey caches take automatic backups and minor version upgrades, and require encrypted connections.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["ElastiCache.1", "ElastiCache.2", "ElastiCache.5"] },
    checks: { [REPLICATION_GROUP]: checkReplicationGroup, [CLUSTER]: checkCluster },
});
