import type { RecommendedSetting } from "./corpus";

/** CloudWatch Logs groups and alarms, as the CloudWatch guides and Security Hub recommend them. */
const READ = "(read 2026-12-06)";
const KEY = "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:cloudwatch/logGroup:LogGroup",
        title: "a year's retention (the Config rule's default minimum), encrypted with a customer managed key",
        source: `https://docs.aws.amazon.com/config/latest/developerguide/cw-loggroup-retention-period-check.html ${READ}`,
        props: { name: "/aws/lambda/orders", retentionInDays: 365, kmsKeyId: KEY },
    },
    {
        type: "aws:cloudwatch/logGroup:LogGroup",
        title: "never expire, with the service's own encryption (the Config rule marks never expire compliant)",
        source: `https://docs.aws.amazon.com/config/latest/developerguide/cw-loggroup-retention-period-check.html ${READ}`,
        props: { name: "/aws/lambda/orders" },
        advisory: ["cloudwatch-log-group-encrypted"],
    },
    {
        type: "aws:cloudwatch/metricAlarm:MetricAlarm",
        title: "alarm with an SNS action for the ALARM state",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html ${READ}`,
        props: {
            name: "root-usage", comparisonOperator: "GreaterThanOrEqualToThreshold", evaluationPeriods: 1, metricName: "RootUsage", namespace: "CISBenchmark",
            period: 300, statistic: "Sum", threshold: 1, alarmActions: ["arn:aws:sns:us-east-1:111111111111:security-alerts"], actionsEnabled: true,
        },
    },
    {
        type: "aws:cloudwatch/compositeAlarm:CompositeAlarm",
        title: "composite alarm with an SNS action",
        source: `https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Composite_Alarm.html ${READ}`,
        props: { alarmName: "service-down", alarmRule: 'ALARM("api-5xx") AND ALARM("api-latency")', alarmActions: ["arn:aws:sns:us-east-1:111111111111:oncall"] },
    },
];
