import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { CIS_METRIC_FILTERS, CIS_METRIC_NAMESPACE } from "./cis-filters";
import { alarmKeyPolicy, alarmTopicPolicy } from "./documents";

export interface CisAlarmsArgs {
    readonly organizationName: string;
    /** The trail's home region: Security Hub evaluates CloudWatch.1-14 (CIS v1.4.0 standard) only there. */
    readonly region: string;
    readonly managementAccountId: string;
    readonly auditAccountId: pulumi.Input<string>;
    /** The organization trail's CloudWatch Logs group. */
    readonly logGroupName: pulumi.Input<string>;
    /** Alarm names: this prefix, then the runbook name. */
    readonly alarmPrefix: string;
    readonly notifierArn: pulumi.Input<string>;
    readonly notifierName: pulumi.Input<string>;
    readonly managementProvider: aws.Provider;
    readonly auditProvider: aws.Provider;
}

/**
 * The CIS v3.0 section 4 metric filters on the organization trail's log group, each with an alarm
 * (Sum over 5 minutes, at least 1) whose action is an encrypted topic of the management account.
 * The audit account's notifier is that topic's subscriber (a Lambda subscription confirms itself, as
 * Security Hub's checks require), so alarms reach people through the same deduplicated path as findings.
 */
export class CisAlarms extends pulumi.ComponentResource {
    public readonly topicArn: pulumi.Output<string>;

    constructor(name: string, args: CisAlarmsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:alerting:CisAlarms", name, {}, opts);
        const { organizationName: org, region, managementAccountId } = args;
        const options = { parent: this, provider: args.managementProvider };

        const key = new aws.kms.Key(`${name}-key`, {
            description: "Encrypts the CIS alarms' notifications",
            region,
            enableKeyRotation: true,
            deletionWindowInDays: 30,
            policy: JSON.stringify(alarmKeyPolicy({ region, managementAccountId })),
        }, { ...options, protect: true });
        new aws.kms.Alias(`${name}-key-alias`, { name: `alias/${org}/cis-alarms`, targetKeyId: key.keyId, region }, options);
        const topic = new aws.sns.Topic(`${name}-topic`, { name: `${org}-cis-alarms`, region, kmsMasterKeyId: key.arn }, options);
        const topicPolicy = new aws.sns.TopicPolicy(`${name}-topic-policy`, {
            arn: topic.arn,
            region,
            policy: pulumi.all([topic.arn, args.auditAccountId]).apply(([topicArn, auditAccountId]) =>
                JSON.stringify(alarmTopicPolicy({ region, managementAccountId, auditAccountId, topicArn }))),
        }, options);

        for (const filter of CIS_METRIC_FILTERS) {
            const metricFilter = new aws.cloudwatch.LogMetricFilter(`${name}-${filter.runbook}`, {
                name: `${args.alarmPrefix}${filter.runbook}`,
                region,
                logGroupName: args.logGroupName,
                pattern: filter.pattern,
                metricTransformation: { name: filter.metricName, namespace: CIS_METRIC_NAMESPACE, value: "1" },
            }, options);
            new aws.cloudwatch.MetricAlarm(`${name}-${filter.runbook}-alarm`, {
                name: `${args.alarmPrefix}${filter.runbook}`,
                alarmDescription: `CIS ${filter.cis}${filter.control ? ` (Security Hub ${filter.control})` : ""}: ${filter.title}`,
                region,
                namespace: CIS_METRIC_NAMESPACE,
                metricName: filter.metricName,
                statistic: "Sum",
                period: 300,
                evaluationPeriods: 1,
                comparisonOperator: "GreaterThanOrEqualToThreshold",
                threshold: 1,
                treatMissingData: "notBreaching",
                alarmActions: [topic.arn],
            }, { ...options, dependsOn: [metricFilter, topicPolicy] });
        }

        const auditOptions = { parent: this, provider: args.auditProvider };
        new aws.lambda.Permission(`${name}-invoke`, {
            function: args.notifierName,
            region,
            action: "lambda:InvokeFunction",
            principal: "sns.amazonaws.com",
            sourceArn: topic.arn,
        }, auditOptions);
        new aws.sns.TopicSubscription(`${name}-notifier`, {
            topic: topic.arn,
            region,
            protocol: "lambda",
            endpoint: args.notifierArn,
        }, { ...auditOptions, dependsOn: [topicPolicy] });

        this.topicArn = topic.arn;
        this.registerOutputs({ topicArn: this.topicArn });
    }
}
