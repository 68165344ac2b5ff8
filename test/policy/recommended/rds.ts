import type { RecommendedSetting } from "./corpus";

/** RDS and Aurora instances, clusters and snapshots, DocumentDB, Neptune and Redshift clusters, as their user guides recommend them. */
const READ = "(read 2026-12-06)";
const KEY = "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:rds/instance:Instance",
        title: "encrypted Multi-AZ PostgreSQL in private subnets: 7-day backups, deletion protection, RDS-managed master password",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_BestPractices.html ${READ}`,
        props: {
            engine: "postgres", engineVersion: "17.4", instanceClass: "db.m7g.large", allocatedStorage: 100, storageType: "gp3", multiAz: true,
            storageEncrypted: true, kmsKeyId: KEY, publiclyAccessible: false, dbSubnetGroupName: "private", backupRetentionPeriod: 7, deletionProtection: true,
            username: "app", manageMasterUserPassword: true, iamDatabaseAuthenticationEnabled: true, autoMinorVersionUpgrade: true,
        },
    },
    {
        type: "aws:rds/instance:Instance",
        title: "restored from a DB snapshot (encryption comes from the snapshot)",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_RestoreFromSnapshot.html ${READ}`,
        props: { snapshotIdentifier: "orders-before-migration", instanceClass: "db.m7g.large", dbSubnetGroupName: "private", backupRetentionPeriod: 7, deletionProtection: true },
    },
    {
        type: "aws:rds/instance:Instance",
        title: "restored to a point in time (encryption comes from the source instance)",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIT.html ${READ}`,
        props: {
            restoreToPointInTime: { sourceDbInstanceIdentifier: "orders", useLatestRestorableTime: true }, instanceClass: "db.m7g.large",
            dbSubnetGroupName: "private", backupRetentionPeriod: 7, deletionProtection: true,
        },
    },
    {
        type: "aws:rds/instance:Instance",
        title: "read replica (encryption and backups follow the source)",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.Create.html ${READ}`,
        props: { replicateSourceDb: "orders", instanceClass: "db.m7g.large", deletionProtection: true },
    },
    {
        type: "aws:rds/cluster:Cluster",
        title: "encrypted Aurora PostgreSQL cluster: 7-day backups, deletion protection, RDS-managed master password",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html ${READ}`,
        props: {
            engine: "aurora-postgresql", engineVersion: "16.6", storageEncrypted: true, kmsKeyId: KEY, dbSubnetGroupName: "private", backupRetentionPeriod: 7,
            deletionProtection: true, masterUsername: "app", manageMasterUserPassword: true, iamDatabaseAuthenticationEnabled: true,
        },
    },
    {
        type: "aws:rds/cluster:Cluster",
        title: "Aurora clone (copy-on-write), encrypted as its source",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Clone.html ${READ}`,
        props: {
            engine: "aurora-postgresql", restoreToPointInTime: { sourceClusterIdentifier: "orders", restoreType: "copy-on-write", useLatestRestorableTime: true },
            dbSubnetGroupName: "private", backupRetentionPeriod: 7, deletionProtection: true,
        },
    },
    {
        type: "aws:rds/cluster:Cluster",
        title: "Aurora cluster restored from a cluster snapshot",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-restore-snapshot.html ${READ}`,
        props: { engine: "aurora-mysql", snapshotIdentifier: "orders-final", dbSubnetGroupName: "private", backupRetentionPeriod: 7, deletionProtection: true },
    },
    {
        type: "aws:rds/clusterInstance:ClusterInstance",
        title: "Aurora instance not publicly accessible",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html ${READ}`,
        props: { clusterIdentifier: "orders", engine: "aurora-postgresql", instanceClass: "db.r7g.large", publiclyAccessible: false },
    },
    {
        type: "aws:docdb/cluster:Cluster",
        title: "encrypted DocumentDB cluster",
        source: `https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html ${READ}`,
        props: { engine: "docdb", storageEncrypted: true, kmsKeyId: KEY, masterUsername: "app", manageMasterUserPassword: true, backupRetentionPeriod: 7, deletionProtection: true },
    },
    {
        type: "aws:docdb/cluster:Cluster",
        title: "DocumentDB cluster restored to a point in time",
        source: `https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore-point_in_time_recovery.html ${READ}`,
        props: { engine: "docdb", restoreToPointInTime: { sourceClusterIdentifier: "docs", useLatestRestorableTime: true } },
    },
    {
        type: "aws:neptune/cluster:Cluster",
        title: "encrypted Neptune cluster",
        source: `https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html ${READ}`,
        props: { engine: "neptune", storageEncrypted: true, kmsKeyArn: KEY, backupRetentionPeriod: 7, deletionProtection: true },
    },
    {
        type: "aws:redshift/cluster:Cluster",
        title: "Redshift cluster, encrypted by default, not publicly accessible",
        source: `https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html ${READ}`,
        props: { clusterIdentifier: "analytics", nodeType: "ra3.large", publiclyAccessible: false, manageMasterPassword: true, masterUsername: "admin" },
    },
    {
        type: "aws:rds/snapshot:Snapshot",
        title: "manual snapshot shared with one account",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html ${READ}`,
        props: { dbInstanceIdentifier: "orders", dbSnapshotIdentifier: "orders-for-dr", sharedAccounts: ["222222222222"] },
    },
    {
        type: "aws:rds/clusterSnapshot:ClusterSnapshot",
        title: "manual cluster snapshot",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-create-snapshot.html ${READ}`,
        props: { dbClusterIdentifier: "orders", dbClusterSnapshotIdentifier: "orders-before-upgrade" },
    },
    {
        type: "aws:rds/snapshotCopy:SnapshotCopy",
        title: "snapshot copied to another Region with a KMS key",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html ${READ}`,
        props: { sourceDbSnapshotIdentifier: "arn:aws:rds:us-east-1:111111111111:snapshot:orders-for-dr", targetDbSnapshotIdentifier: "orders-dr", kmsKeyId: KEY, copyTags: true },
    },
    {
        type: "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy",
        title: "cluster snapshot copy shared with a backup account",
        source: `https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-copy-snapshot.html ${READ}`,
        props: { sourceDbClusterSnapshotIdentifier: "orders-before-upgrade", targetDbClusterSnapshotIdentifier: "orders-backup", kmsKeyId: KEY, sharedAccounts: ["222222222222"] },
    },
];
