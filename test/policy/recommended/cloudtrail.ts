import type { RecommendedSetting } from "./corpus";

/** CloudTrail trails, as the CloudTrail user guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";
const KEY = "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const CLOUDWATCH = {
    cloudWatchLogsGroupArn: "arn:aws:logs:us-east-1:111111111111:log-group:aws-cloudtrail:*",
    cloudWatchLogsRoleArn: "arn:aws:iam::111111111111:role/cloudtrail-to-cloudwatch",
};

export const settings: RecommendedSetting[] = [
    {
        type: "aws:cloudtrail/trail:Trail",
        title: "organization trail: every region, global service events, log file validation, SSE-KMS, delivered to CloudWatch Logs",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html ${READ}`,
        props: {
            name: "organization", s3BucketName: "acme-log-archive", isOrganizationTrail: true, isMultiRegionTrail: true, includeGlobalServiceEvents: true,
            enableLogFileValidation: true, kmsKeyId: KEY, ...CLOUDWATCH,
        },
    },
    {
        type: "aws:cloudtrail/trail:Trail",
        title: "account trail (no organization) with the same settings, the key named by its alias ARN",
        source: `https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html ${READ}`,
        props: {
            name: "account", s3BucketName: "acme-trail", isMultiRegionTrail: true, enableLogFileValidation: true,
            kmsKeyId: "arn:aws:kms:us-east-1:111111111111:alias/cloudtrail", ...CLOUDWATCH,
        },
    },
    {
        type: "aws:cloudtrail/trail:Trail",
        title: "management events with advanced event selectors, plus S3 data events for one bucket",
        source: `https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html ${READ}`,
        props: {
            name: "management-and-data", s3BucketName: "acme-trail", isMultiRegionTrail: true, enableLogFileValidation: true, kmsKeyId: KEY, ...CLOUDWATCH,
            advancedEventSelectors: [
                { name: "management", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
                { name: "orders objects", fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::S3::Object"] },
                    { field: "resources.ARN", startsWiths: ["arn:aws:s3:::acme-orders/"] }] },
            ],
        },
    },
    {
        type: "aws:cloudtrail/trail:Trail",
        title: "a second, single-region trail that logs only one bucket's data events (management events are the organization trail's)",
        source: `https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html ${READ}`,
        props: {
            name: "orders-objects", s3BucketName: "acme-trail", isMultiRegionTrail: false, includeGlobalServiceEvents: false, enableLogFileValidation: true, kmsKeyId: KEY, ...CLOUDWATCH,
            eventSelectors: [{ readWriteType: "All", includeManagementEvents: false, dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3:::acme-orders/"] }] }],
        },
    },
];
