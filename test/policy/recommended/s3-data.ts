import type { RecommendedSetting } from "./corpus";

/** S3 buckets' data settings (versioning, replication), as the S3 user guide recommends them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:s3/bucketVersioning:BucketVersioning",
        title: "versioning enabled",
        source: `https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html ${READ}`,
        props: { bucket: "amzn-s3-demo-bucket", versioningConfiguration: { status: "Enabled" } },
    },
    {
        type: "aws:s3/bucketVersioningV2:BucketVersioningV2",
        title: "versioning enabled (legacy V2 resource)",
        source: `https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html ${READ}`,
        props: { bucket: "amzn-s3-demo-bucket", versioningConfiguration: { status: "Enabled" } },
    },
    {
        type: "aws:s3/bucketVersioning:BucketVersioning",
        title: "versioning enabled with MFA delete",
        source: `https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html ${READ}`,
        props: { bucket: "amzn-s3-demo-bucket", versioningConfiguration: { status: "Enabled", mfaDelete: "Enabled" }, mfa: "arn:aws:iam::111111111111:mfa/root-account-mfa-device 123456" },
    },
];
