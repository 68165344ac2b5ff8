import type { RecommendedSetting } from "./corpus";

/** SNS topics and subscriptions, as the SNS developer guide recommends them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:sns/topic:Topic",
        title: "topic encrypted with the AWS managed key (alias/aws/sns)",
        source: `https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html ${READ}`,
        props: { name: "orders", kmsMasterKeyId: "alias/aws/sns" },
    },
    {
        type: "aws:sns/topic:Topic",
        title: "topic encrypted with a customer managed key that CloudWatch alarms may use",
        source: `https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html ${READ}`,
        props: { name: "alerts", kmsMasterKeyId: "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
    },
    {
        type: "aws:sns/topicSubscription:TopicSubscription",
        title: "HTTPS endpoint subscription",
        source: `https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html ${READ}`,
        props: { topic: "arn:aws:sns:us-east-1:111111111111:alerts", protocol: "https", endpoint: "https://hooks.example.com/alerts" },
    },
    {
        type: "aws:sns/topicSubscription:TopicSubscription",
        title: "SQS queue subscription",
        source: `https://docs.aws.amazon.com/sns/latest/dg/subscribe-sqs-queue-to-sns-topic.html ${READ}`,
        props: { topic: "arn:aws:sns:us-east-1:111111111111:orders", protocol: "sqs", endpoint: "arn:aws:sqs:us-east-1:111111111111:orders" },
    },
];
