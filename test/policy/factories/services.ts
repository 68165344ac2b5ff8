/**
 * Happy-path factories of the services area (every other service): one compliant set of inputs per resource type,
 * merged into `happy` by ../factories.ts. Only type imports from ../factories (no cycle at load time).
 *
 * Besides the new resource types, this module replaces the core factories of types whose policies gained checks
 * (OpenSearch, CloudTrail, ElastiCache, DMS, MQ, MSK, Transfer): a happy factory must carry every input its
 * policies read, so that "every input unknown" reports nothing.
 */
import type { Props } from "./props";

const KEY_ARN = "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab";

const searchDomain = (domainName: string) => (): Props => ({
    domainName,
    clusterConfig: {
        instanceType: "r7g.large.search", instanceCount: 3, zoneAwarenessEnabled: true, zoneAwarenessConfig: { availabilityZoneCount: 3 },
        dedicatedMasterEnabled: true, dedicatedMasterCount: 3, dedicatedMasterType: "m7g.large.search",
    },
    encryptAtRest: { enabled: true, kmsKeyId: KEY_ARN },
    nodeToNodeEncryption: { enabled: true },
    vpcOptions: { subnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"], securityGroupIds: ["sg-0123456789abcdef0"] },
    domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
    advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: false, masterUserOptions: { masterUserArn: "arn:aws:iam::111111111111:role/search-admin" } },
    logPublishingOptions: [
        { logType: "AUDIT_LOGS", cloudwatchLogGroupArn: `arn:aws:logs:us-east-1:111111111111:log-group:/aws/opensearch/${domainName}/audit` },
        { logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: `arn:aws:logs:us-east-1:111111111111:log-group:/aws/opensearch/${domainName}/application` },
    ],
});

export const happy: { readonly [type: string]: () => Props } = {
    // Replaced core factories (see the module comment).
    "aws:opensearch/domain:Domain": searchDomain("search"),
    "aws:elasticsearch/domain:Domain": searchDomain("legacy-search"),
    "aws:cloudtrail/trail:Trail": () => ({
        name: "acme-organization-trail",
        s3BucketName: "acme-log-archive",
        isMultiRegionTrail: true,
        isOrganizationTrail: true,
        includeGlobalServiceEvents: true,
        enableLogging: true,
        enableLogFileValidation: true,
        kmsKeyId: KEY_ARN,
        cloudWatchLogsGroupArn: "arn:aws:logs:us-east-1:111111111111:log-group:aws-cloudtrail:*",
        cloudWatchLogsRoleArn: "arn:aws:iam::111111111111:role/cloudtrail-to-cloudwatch",
    }),
    "aws:elasticache/replicationGroup:ReplicationGroup": () => ({
        description: "sessions", engine: "redis", nodeType: "cache.t4g.micro", atRestEncryptionEnabled: true, transitEncryptionEnabled: true,
        transitEncryptionMode: "required", snapshotRetentionLimit: 7, autoMinorVersionUpgrade: true,
    }),
    "aws:dms/replicationInstance:ReplicationInstance": () => ({
        replicationInstanceId: "migrate", replicationInstanceClass: "dms.t3.micro", publiclyAccessible: false, autoMinorVersionUpgrade: true,
    }),
    "aws:mq/broker:Broker": () => ({
        brokerName: "events", engineType: "RabbitMQ", engineVersion: "3.13", hostInstanceType: "mq.t3.micro", publiclyAccessible: false,
        autoMinorVersionUpgrade: true, logs: { general: true }, users: [{ username: "app", password: "not-a-real-password" }],
    }),
    "aws:msk/cluster:Cluster": () => ({
        clusterName: "events", kafkaVersion: "3.6.0", numberOfBrokerNodes: 3,
        brokerNodeGroupInfo: { instanceType: "kafka.t3.small", clientSubnets: ["subnet-1", "subnet-2", "subnet-3"], securityGroups: ["sg-1"],
            connectivityInfo: { publicAccess: { type: "DISABLED" } } },
        encryptionInfo: { encryptionInTransit: { clientBroker: "TLS", inCluster: true } },
        clientAuthentication: { sasl: { iam: true }, unauthenticated: false },
    }),
    "aws:transfer/server:Server": () => ({
        protocols: ["SFTP"], identityProviderType: "SERVICE_MANAGED", endpointType: "PUBLIC", securityPolicyName: "TransferSecurityPolicy-2025-03",
    }),

    // New resource types.
    "aws:eks/nodeGroup:NodeGroup": () => ({
        clusterName: "apps", nodeRoleArn: "arn:aws:iam::111111111111:role/eks-nodes", subnetIds: ["subnet-0123456789abcdef0"],
        scalingConfig: { desiredSize: 2, maxSize: 3, minSize: 1 },
        remoteAccess: { ec2SshKey: "ops", sourceSecurityGroupIds: ["sg-0123456789abcdef0"] },
    }),
    "aws:elasticache/cluster:Cluster": () => ({
        clusterId: "cache", engine: "valkey", nodeType: "cache.t4g.micro", numCacheNodes: 1, snapshotRetentionLimit: 7, autoMinorVersionUpgrade: "true",
    }),
    "aws:dms/endpoint:Endpoint": () => ({
        endpointId: "orders-source", endpointType: "source", engineName: "postgres", sslMode: "verify-full",
        secretsManagerArn: "arn:aws:secretsmanager:us-east-1:111111111111:secret:orders-db-AbCdEf", secretsManagerAccessRoleArn: "arn:aws:iam::111111111111:role/dms-secrets",
    }),
    "aws:cognito/identityPool:IdentityPool": () => ({
        identityPoolName: "customers", allowUnauthenticatedIdentities: false,
        cognitoIdentityProviders: [{ clientId: "1example23456789", providerName: "cognito-idp.us-east-1.amazonaws.com/us-east-1_Example", serverSideTokenCheck: true }],
    }),
    "aws:efs/accessPoint:AccessPoint": () => ({
        fileSystemId: "fs-0123456789abcdef0", posixUser: { uid: 1000, gid: 1000 },
        rootDirectory: { path: "/app", creationInfo: { ownerUid: 1000, ownerGid: 1000, permissions: "750" } },
    }),
    "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream": () => ({
        name: "events", destination: "extended_s3",
        serverSideEncryption: { enabled: true, keyType: "AWS_OWNED_CMK" },
        extendedS3Configuration: { roleArn: "arn:aws:iam::111111111111:role/firehose", bucketArn: "arn:aws:s3:::acme-events" },
    }),
    "aws:ssm/document:Document": () => ({
        name: "restart-app", documentType: "Command", content: JSON.stringify({ schemaVersion: "2.2", mainSteps: [] }),
        permissions: { type: "Share", account_ids: "222222222222" },
    }),
    "aws:ecr/lifecyclePolicy:LifecyclePolicy": () => ({
        repository: "app",
        policy: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: "untagged", countType: "sinceImagePushed", countUnit: "days", countNumber: 14 }, action: { type: "expire" } }] }),
    }),
    "aws:dynamodb/tableReplica:TableReplica": () => ({
        globalTableArn: "arn:aws:dynamodb:us-east-1:111111111111:table/orders", pointInTimeRecovery: true, deletionProtectionEnabled: true,
    }),
    "aws:secretsmanager/secretRotation:SecretRotation": () => ({
        secretId: "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf", rotationLambdaArn: "arn:aws:lambda:us-east-1:111111111111:function:rotate-db",
        rotationRules: { automaticallyAfterDays: 30 },
    }),
};

/** Resource types a policy reports whatever their inputs: policy name -> those types. */
export const alwaysReported: { readonly [policy: string]: readonly string[] } = {};
