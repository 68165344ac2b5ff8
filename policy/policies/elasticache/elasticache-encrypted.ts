import { UNKNOWN, asBool, asString, defineResourcePolicy } from "../../lib";

export const REPLICATION_GROUP = "aws:elasticache/replicationGroup:ReplicationGroup";

/**
 * A secondary of a global datastore takes its encryption settings from the global datastore, whose primary replication
 * group is checked on its own (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastore.html and the
 * GlobalReplicationGroupId parameter of https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html,
 * read 2026-12-06).
 */
export function globalSecondary(props: Record<string, unknown>): boolean {
    const id = asString(props["globalReplicationGroupId"]);
    return id === UNKNOWN || (typeof id === "string" && id.trim() !== "");
}

function checkReplicationGroup(props: Record<string, unknown>): string[] {
    if (globalSecondary(props)) return [];
    const messages: string[] = [];
    const atRest = asBool(props["atRestEncryptionEnabled"]);
    // Unset, Valkey encrypts and Redis (the default engine) does not.
    const engine = asString(props["engine"]);
    const defaultOn = engine === UNKNOWN || (typeof engine === "string" && engine.trim().toLowerCase() === "valkey");
    if (atRest === false || (atRest === undefined && !defaultOn)) {
        messages.push(`atRestEncryptionEnabled must be true (FSBP ElastiCache.4), got ${atRest === false ? "false" : "not set (Redis's default is unencrypted)"}: ` +
            "cached data and backups would be stored unencrypted");
    }
    const transit = asBool(props["transitEncryptionEnabled"]);
    if (transit !== true && transit !== UNKNOWN) {
        messages.push(`transitEncryptionEnabled must be true (FSBP ElastiCache.5), got ${transit === false ? "false" : "not set"}: ` +
            "clients and replicas would talk to the cache in clear text, credentials included");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "elasticache-encrypted",
    description: "ElastiCache replication groups encrypt data at rest and in transit (secondaries of a global datastore inherit it).",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["ElastiCache.4", "ElastiCache.5"] },
    checks: { [REPLICATION_GROUP]: checkReplicationGroup },
});
