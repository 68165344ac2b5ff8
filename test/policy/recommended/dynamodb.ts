import type { RecommendedSetting } from "./corpus";

/** DynamoDB tables and global table replicas, as the DynamoDB developer guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:dynamodb/table:Table",
        title: "point-in-time recovery and deletion protection, encrypted with a customer managed key",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html ${READ}`,
        props: {
            name: "orders", billingMode: "PAY_PER_REQUEST", hashKey: "id", attributes: [{ name: "id", type: "S" }],
            pointInTimeRecovery: { enabled: true }, deletionProtectionEnabled: true,
            serverSideEncryption: { enabled: true, kmsKeyArn: "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
        },
    },
    {
        type: "aws:dynamodb/table:Table",
        title: "encrypted with the AWS owned key (the default), point-in-time recovery and deletion protection",
        source: `https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html ${READ}`,
        props: {
            name: "orders", billingMode: "PAY_PER_REQUEST", hashKey: "id", attributes: [{ name: "id", type: "S" }],
            pointInTimeRecovery: { enabled: true }, deletionProtectionEnabled: true,
        },
    },
    {
        type: "aws:dynamodb/tableReplica:TableReplica",
        title: "global table replica with its own point-in-time recovery and deletion protection",
        source: `https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html ${READ}`,
        props: { globalTableArn: "arn:aws:dynamodb:us-east-1:111111111111:table/orders", pointInTimeRecovery: true, deletionProtectionEnabled: true, region: "eu-west-1" },
    },
];
