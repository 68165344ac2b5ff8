import type { RecommendedSetting } from "./corpus";

/**
 * S3 bucket policies as the S3 user guide recommends them, and the other resource-based policies
 * resource-policy-not-public reads (SNS, SQS, ECR, Secrets Manager, EFS, EventBridge), as their
 * guides recommend them. Pages read on 2026-12-06.
 */
const READ = "(read 2026-12-06)";
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const BUCKET = "arn:aws:s3:::DOC-EXAMPLE-BUCKET";
const ACCESS_POINTS = `https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html#access-points-delegating-control ${READ}`;
const EXAMPLES = `https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html ${READ}`;
const denyInsecureTransport = {
    Sid: "RestrictToTLSRequestsOnly", Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [BUCKET, `${BUCKET}/*`],
    Condition: { Bool: { "aws:SecureTransport": "false" } },
};

export const settings: RecommendedSetting[] = [
    {
        type: "aws:s3/bucketPolicy:BucketPolicy",
        title: "access control delegated to the bucket owner's access points (s3:DataAccessPointAccount), the configuration S3 recommends",
        source: ACCESS_POINTS,
        props: {
            bucket: "DOC-EXAMPLE-BUCKET",
            policy: doc({ Effect: "Allow", Principal: { AWS: "*" }, Action: "*", Resource: [BUCKET, `${BUCKET}/*`],
                Condition: { StringEquals: { "s3:DataAccessPointAccount": "111122223333" } } }),
        },
    },
    {
        type: "aws:s3/bucketPolicy:BucketPolicy",
        title: "reads delegated to another account's access points (Example 7)",
        source: ACCESS_POINTS,
        props: {
            bucket: "DOC-EXAMPLE-BUCKET",
            policy: doc({ Effect: "Allow", Principal: { AWS: "*" }, Action: ["s3:GetObject", "s3:ListBucket"], Resource: [BUCKET, `${BUCKET}/*`],
                Condition: { StringEquals: { "s3:DataAccessPointAccount": "444455556666" } } }),
        },
    },
    {
        type: "aws:s3/bucketPolicy:BucketPolicy",
        title: "access through any access point of one account and region (s3:DataAccessPointArn with a wildcard name)",
        source: `https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status ${READ}`,
        props: {
            bucket: "DOC-EXAMPLE-BUCKET",
            policy: doc({ Effect: "Allow", Principal: { AWS: "*" }, Action: "s3:GetObject", Resource: `${BUCKET}/*`,
                Condition: { StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-west-2:123456789012:accesspoint/*" } } }),
        },
    },
    {
        type: "aws:s3/bucketPolicy:BucketPolicy",
        title: "only the organization's principals (aws:PrincipalOrgID) and only over TLS",
        source: EXAMPLES,
        props: {
            bucket: "DOC-EXAMPLE-BUCKET",
            policy: doc(
                { Sid: "AllowGetObject", Effect: "Allow", Principal: { AWS: "*" }, Action: "s3:GetObject", Resource: `${BUCKET}/*`,
                    Condition: { StringEquals: { "aws:PrincipalOrgID": ["o-aa111bb222"] } } },
                denyInsecureTransport,
            ),
        },
    },
    {
        type: "aws:s3/bucketPolicy:BucketPolicy",
        title: "server access logs delivered only for one source bucket of one account",
        source: EXAMPLES,
        props: {
            bucket: "DOC-EXAMPLE-BUCKET-logs",
            policy: doc(
                { Sid: "AllowPutObjectS3ServerAccessLogsPolicy", Principal: { Service: "logging.s3.amazonaws.com" }, Effect: "Allow", Action: "s3:PutObject",
                    Resource: "arn:aws:s3:::DOC-EXAMPLE-BUCKET-logs/*",
                    Condition: { StringEquals: { "aws:SourceAccount": "111111111111" }, ArnLike: { "aws:SourceArn": "arn:aws:s3:::EXAMPLE-SOURCE-BUCKET" } } },
                { Sid: "RestrictToS3ServerAccessLogs", Effect: "Deny", Principal: "*", Action: "s3:PutObject", Resource: "arn:aws:s3:::DOC-EXAMPLE-BUCKET-logs/*",
                    Condition: { "ForAllValues:StringNotEquals": { "aws:PrincipalServiceNamesList": "logging.s3.amazonaws.com" } } },
            ),
        },
    },
    {
        type: "aws:s3/bucketPolicy:BucketPolicy",
        title: "everyone, from one IPv4 range only (aws:SourceIp)",
        source: EXAMPLES,
        props: {
            bucket: "DOC-EXAMPLE-BUCKET",
            policy: doc({ Sid: "IPAllow", Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: `${BUCKET}/*`,
                Condition: { IpAddress: { "aws:SourceIp": ["192.0.2.0/24", "2001:DB8:1234:5678::/64"] } } }),
        },
    },
    {
        type: "aws:s3/bucketPolicy:BucketPolicy",
        title: "CloudFront reads through origin access control, for one distribution",
        source: `https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html ${READ}`,
        props: {
            bucket: "DOC-EXAMPLE-BUCKET",
            policy: doc({
                Sid: "AllowCloudFrontServicePrincipalReadOnly", Effect: "Allow", Principal: { Service: "cloudfront.amazonaws.com" }, Action: "s3:GetObject",
                Resource: `${BUCKET}/*`, Condition: { StringEquals: { "AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE" } },
            }),
        },
    },
    {
        type: "aws:s3/bucketPolicy:BucketPolicy",
        title: "only requests through one VPC endpoint (a Deny on aws:SourceVpce)",
        source: `https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html ${READ}`,
        props: {
            bucket: "DOC-EXAMPLE-BUCKET",
            policy: doc({ Sid: "Access-to-specific-VPCE-only", Principal: "*", Action: "s3:*", Effect: "Deny", Resource: [BUCKET, `${BUCKET}/*`],
                Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } } }),
        },
    },
    {
        type: "aws:s3/bucket:Bucket",
        title: "the deprecated inline policy input: TLS only",
        source: `https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html ${READ}`,
        props: { bucket: "DOC-EXAMPLE-BUCKET", acl: "private", policy: doc(denyInsecureTransport) },
    },
    {
        type: "aws:sns/topicPolicy:TopicPolicy",
        title: "S3 event notifications to a topic, from one bucket of one account",
        source: `https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html ${READ}`,
        props: {
            arn: "arn:aws:sns:us-east-1:111122223333:example-sns-topic",
            policy: doc({
                Sid: "Example SNS topic policy", Effect: "Allow", Principal: { Service: "s3.amazonaws.com" }, Action: ["SNS:Publish"],
                Resource: "arn:aws:sns:us-east-1:111122223333:example-sns-topic",
                Condition: { ArnLike: { "aws:SourceArn": "arn:aws:s3:::amzn-s3-demo-bucket" }, StringEquals: { "aws:SourceAccount": "111122223333" } },
            }),
        },
    },
    {
        type: "aws:sqs/queuePolicy:QueuePolicy",
        title: "an SNS topic delivers to the queue (aws:SourceArn)",
        source: `https://docs.aws.amazon.com/sns/latest/dg/subscribe-sqs-queue-to-sns-topic.html ${READ}`,
        props: {
            queueUrl: "https://sqs.us-east-1.amazonaws.com/111122223333/jobs",
            policy: doc({
                Effect: "Allow", Principal: { Service: "sns.amazonaws.com" }, Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:111122223333:jobs",
                Condition: { ArnEquals: { "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:orders" } },
            }),
        },
    },
    {
        type: "aws:ecr/repositoryPolicy:RepositoryPolicy",
        title: "Lambda pulls the image for the account's functions (aws:sourceArn)",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/images-create.html ${READ}`,
        props: {
            repository: "app",
            policy: doc({
                Sid: "LambdaECRImageRetrievalPolicy", Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" },
                Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"], Condition: { StringLike: { "aws:sourceArn": "arn:aws:lambda:us-east-1:111122223333:function:*" } },
            }),
        },
    },
    {
        type: "aws:secretsmanager/secretPolicy:SecretPolicy",
        title: "a role of another account reads the secret",
        source: `https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html ${READ}`,
        props: {
            secretArn: "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf",
            policy: doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::444455556666:role/ROLE-NAME" }, Action: "secretsmanager:GetSecretValue", Resource: "*" }),
        },
    },
    {
        type: "aws:efs/fileSystemPolicy:FileSystemPolicy",
        title: "everyone, through the file system's mount targets only (elasticfilesystem:AccessedViaMountTarget)",
        source: `https://docs.aws.amazon.com/efs/latest/ug/access-control-block-public-access.html ${READ}`,
        props: {
            fileSystemId: "fs-1234abcd",
            policy: doc({
                Sid: "efs-statement-14a7191c-9401-40e7-a388-6af6cfb7dd9c", Effect: "Allow", Principal: { AWS: "*" },
                Action: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"],
                Condition: { Bool: { "elasticfilesystem:AccessedViaMountTarget": "true" } },
            }),
        },
    },
    {
        type: "aws:cloudwatch/eventBusPolicy:EventBusPolicy",
        title: "every account of the organization puts events on the bus (aws:PrincipalOrgID)",
        source: `https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html ${READ}`,
        props: {
            eventBusName: "default",
            policy: doc({
                Sid: "AllowAllAccountsFromOrganizationToPutEvents", Effect: "Allow", Principal: "*", Action: "events:PutEvents",
                Resource: "arn:aws:events:us-east-1:123456789012:event-bus/default", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-yourOrgID" } },
            }),
        },
    },
    {
        type: "aws:ecr/registryPolicy:RegistryPolicy",
        title: "the root user of a source account may replicate every repository into this registry",
        source: `https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-permissions-examples.html ${READ}`,
        props: {
            policy: doc({
                Sid: "ReplicationAccessCrossAccount", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" },
                Action: ["ecr:CreateRepository", "ecr:ReplicateImage"], Resource: ["arn:aws:ecr:us-west-2:444455556666:repository/*"],
            }),
        },
    },
    {
        type: "aws:backup/vaultPolicy:VaultPolicy",
        title: "nobody deletes recovery points (a Deny to everyone)",
        source: `https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html ${READ}`,
        props: {
            backupVaultName: "central",
            policy: doc({ Effect: "Deny", Principal: { AWS: "*" }, Action: "backup:DeleteRecoveryPoint", Resource: "*" }),
        },
    },
    {
        type: "aws:dynamodb/resourcePolicy:ResourcePolicy",
        title: "two IAM users read the MusicCollection table",
        source: `https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-examples.html ${READ}`,
        props: {
            resourceArn: "arn:aws:dynamodb:us-east-1:123456789012:table/MusicCollection",
            policy: doc({ Sid: "1111", Effect: "Allow", Principal: { AWS: ["arn:aws:iam::111122223333:user/username", "arn:aws:iam::111122223333:user/Jane"] },
                Action: ["dynamodb:GetItem", "dynamodb:BatchGetItem"], Resource: ["arn:aws:dynamodb:us-east-1:123456789012:table/MusicCollection"] }),
        },
    },
    {
        type: "aws:kinesis/resourcePolicy:ResourcePolicy",
        title: "a Lambda execution role of another account reads the stream",
        source: `https://docs.aws.amazon.com/streams/latest/dev/resource-based-policy-examples.html ${READ}`,
        props: {
            resourceArn: "arn:aws:kinesis:us-east-2:123456789012:stream/datastreamABC",
            policy: doc({ Sid: "StreamReadExample", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/lambda-kinesis-consumer" },
                Action: ["kinesis:DescribeStreamSummary", "kinesis:ListShards", "kinesis:GetRecords", "kinesis:GetShardIterator"],
                Resource: "arn:aws:kinesis:us-east-2:123456789012:stream/datastreamABC" }),
        },
    },
];
