import { UNKNOWN, asBool, asString, defineResourcePolicy } from "../../lib";

const REPLICATION_GROUP = "aws:elasticache/replicationGroup:ReplicationGroup";

function checkReplicationGroup(props: Record<string, unknown>): string[] {
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
    description: "ElastiCache replication groups encrypt data at rest and in transit.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["ElastiCache.4", "ElastiCache.5"] },
    checks: { [REPLICATION_GROUP]: checkReplicationGroup },
});
