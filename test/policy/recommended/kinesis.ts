import type { RecommendedSetting } from "./corpus";

/** Kinesis data streams and Firehose streams, as their developer guides and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:kinesis/stream:Stream",
        title: "server-side encryption with the key owned by Kinesis (alias/aws/kinesis)",
        source: `https://docs.aws.amazon.com/kinesis/latest/APIReference/API_StartStreamEncryption.html ${READ}`,
        props: { name: "events", streamModeDetails: { streamMode: "ON_DEMAND" }, encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" },
    },
    {
        type: "aws:kinesis/stream:Stream",
        title: "server-side encryption with a customer managed key",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/kinesis-controls.html ${READ}`,
        props: { name: "events", shardCount: 2, encryptionType: "KMS", kmsKeyId: "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
    },
    {
        type: "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
        title: "Direct PUT stream with server-side encryption under an AWS owned key",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/datafirehose-controls.html ${READ}`,
        props: {
            name: "events", destination: "extended_s3", serverSideEncryption: { enabled: true, keyType: "AWS_OWNED_CMK" },
            extendedS3Configuration: { roleArn: "arn:aws:iam::111111111111:role/firehose", bucketArn: "arn:aws:s3:::acme-events" },
        },
    },
    {
        type: "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
        title: "reading from a Kinesis data stream: the data is stored (encrypted) in the stream, not in Firehose",
        source: `https://docs.aws.amazon.com/firehose/latest/dev/encryption.html ${READ}`,
        props: {
            name: "events-to-s3", destination: "extended_s3",
            kinesisSourceConfiguration: { kinesisStreamArn: "arn:aws:kinesis:us-east-1:111111111111:stream/events", roleArn: "arn:aws:iam::111111111111:role/firehose" },
            extendedS3Configuration: { roleArn: "arn:aws:iam::111111111111:role/firehose", bucketArn: "arn:aws:s3:::acme-events" },
        },
    },
];
