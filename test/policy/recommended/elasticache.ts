import type { RecommendedSetting } from "./corpus";

/** ElastiCache replication groups and clusters, as the ElastiCache guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:elasticache/replicationGroup:ReplicationGroup",
        title: "Redis OSS: encrypted at rest and in transit (required mode), AUTH token, automatic failover, backups, minor version upgrades",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html ${READ}`,
        props: {
            description: "sessions", engine: "redis", engineVersion: "7.1", nodeType: "cache.r7g.large", numCacheClusters: 2, automaticFailoverEnabled: true, multiAzEnabled: true,
            atRestEncryptionEnabled: true, transitEncryptionEnabled: true, transitEncryptionMode: "required", authToken: "not-a-real-auth-token-0123456789",
            snapshotRetentionLimit: 7, autoMinorVersionUpgrade: true, subnetGroupName: "private",
        },
    },
    {
        type: "aws:elasticache/replicationGroup:ReplicationGroup",
        title: "Valkey: encryption at rest is the engine's default, in transit on, backups",
        source: `https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html ${READ}`,
        props: { description: "sessions", engine: "valkey", nodeType: "cache.r7g.large", numCacheClusters: 2, transitEncryptionEnabled: true, snapshotRetentionLimit: 7 },
    },
    {
        type: "aws:elasticache/replicationGroup:ReplicationGroup",
        title: "secondary of a global datastore: encryption comes from the global datastore's primary",
        source: `https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html ${READ}`,
        props: { description: "sessions (eu-west-1)", globalReplicationGroupId: "ldgnf-sessions", numCacheClusters: 2, snapshotRetentionLimit: 7, region: "eu-west-1" },
    },
    {
        type: "aws:elasticache/replicationGroup:ReplicationGroup",
        title: "while migrating clients to TLS: transit encryption in preferred mode",
        source: `https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html ${READ}`,
        props: {
            description: "sessions", engine: "redis", nodeType: "cache.r7g.large", numCacheClusters: 2, atRestEncryptionEnabled: true, transitEncryptionEnabled: true,
            transitEncryptionMode: "preferred", snapshotRetentionLimit: 7,
        },
        advisory: ["elasticache-hardened"],
    },
    {
        type: "aws:elasticache/cluster:Cluster",
        title: "a read replica added to a replication group (it follows the group)",
        source: `https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Replication.AddReadReplica.html ${READ}`,
        props: { clusterId: "sessions-replica-3", replicationGroupId: "sessions" },
    },
    {
        type: "aws:elasticache/cluster:Cluster",
        title: "single-node Valkey cache with backups and minor version upgrades",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html ${READ}`,
        props: { clusterId: "cache", engine: "valkey", nodeType: "cache.t4g.small", numCacheNodes: 1, snapshotRetentionLimit: 7, autoMinorVersionUpgrade: "true" },
    },
];
