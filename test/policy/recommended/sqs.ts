import type { RecommendedSetting } from "./corpus";

/** SQS queues, as the SQS developer guide recommends them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:sqs/queue:Queue",
        title: "SSE-SQS, which new queues get by default",
        source: `https://aws.amazon.com/blogs/compute/announcing-server-side-encryption-with-amazon-simple-queue-service-managed-encryption-keys-sse-sqs-by-default/ ${READ}`,
        props: { name: "jobs" },
    },
    {
        type: "aws:sqs/queue:Queue",
        title: "SSE-SQS set explicitly",
        source: `https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html ${READ}`,
        props: { name: "jobs", sqsManagedSseEnabled: true },
    },
    {
        type: "aws:sqs/queue:Queue",
        title: "SSE-KMS with the AWS managed key (alias/aws/sqs)",
        source: `https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html ${READ}`,
        props: { name: "jobs", kmsMasterKeyId: "alias/aws/sqs", kmsDataKeyReusePeriodSeconds: 300 },
    },
];
