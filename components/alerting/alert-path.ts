import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { AlertingConfig } from "../../config";
import { serviceTrustPolicy } from "../../catalog/iam-document";
import { alertBusPolicy, alertKeyPolicy, alertTopicPolicy, forwarderPolicy, notifierPolicy } from "./documents";
import { accessAnalyzerPattern, guardDutyPattern, regionalForwardPattern, rootSignInPattern, securityHubPattern, type EventPattern } from "./patterns";
import { SecurityFunction } from "./security-function";

/** An account of the directory the notifier names accounts from. */
export interface DirectoryAccount {
    /** Account key (`management` for the management account): names the directory entry's resource. */
    readonly key: string;
    readonly id: pulumi.Input<string>;
    readonly name: string;
    /** OU path; empty for the management account. */
    readonly ouPath: string;
}

export interface AlertPathArgs {
    readonly organizationName: string;
    readonly homeRegion: string;
    readonly regions: readonly string[];
    readonly auditAccountId: pulumi.Input<string>;
    readonly organizationId: pulumi.Input<string>;
    readonly config: AlertingConfig;
    readonly accounts: readonly DirectoryAccount[];
    /** Alarm names start with this; the notifier reads the runbook name from the rest. */
    readonly alarmPrefix: string;
    /** Detection must be administered from the audit account before its findings can be routed. */
    readonly detection: pulumi.Resource[];
    readonly auditProvider: aws.Provider;
}

/** Function (and role) names: the alert topic's policy names them before they exist. */
export const notifierName = (org: string) => `${org}-alert-notifier`;
export const responderName = (org: string) => `${org}-incident-responder`;

/** Days the notifier's and responder's logs are kept. */
export const FUNCTION_LOG_RETENTION_DAYS = 365;

/**
 * The one alert path, in the audit account's home region: GuardDuty, Security Hub, Access Analyzer
 * and root sign-in events reach the notifier through EventBridge rules (other regions and accounts
 * forward to this region's bus), the notifier deduplicates them in its table and publishes one
 * readable message per new or escalated finding to the encrypted alert topic.
 */
export class AlertPath extends pulumi.ComponentResource {
    public readonly topicArn: pulumi.Output<string>;
    public readonly keyArn: pulumi.Output<string>;
    public readonly tableName: pulumi.Output<string>;
    public readonly tableArn: pulumi.Output<string>;
    public readonly busArn: pulumi.Output<string>;
    public readonly notifierArn: pulumi.Output<string>;
    public readonly notifierName: pulumi.Output<string>;

    constructor(name: string, args: AlertPathArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:alerting:AlertPath", name, {}, opts);
        const { organizationName: org, homeRegion: region, config, auditProvider: provider } = args;
        const options = { parent: this, provider };
        const protectedOptions = { ...options, protect: true };

        const key = new aws.kms.Key(`${name}-key`, {
            description: "Encrypts the security alert topic, the alert state table and the alerting functions' logs and environment",
            region,
            enableKeyRotation: true,
            deletionWindowInDays: 30,
            policy: pulumi.output(args.auditAccountId).apply(auditAccountId => JSON.stringify(alertKeyPolicy({ auditAccountId, region, organizationName: org }))),
        }, protectedOptions);
        new aws.kms.Alias(`${name}-key-alias`, { name: `alias/${org}/alerting`, targetKeyId: key.keyId, region }, options);

        const topic = new aws.sns.Topic(`${name}-topic`, {
            name: `${org}-security-alerts`,
            displayName: `${org} security alerts`,
            region,
            kmsMasterKeyId: key.arn,
        }, options);
        config.subscriptions.forEach((subscription, i) => {
            new aws.sns.TopicSubscription(`${name}-subscription-${i}`, {
                topic: topic.arn,
                region,
                protocol: subscription.protocol,
                endpoint: subscription.endpoint,
            }, options);
        });

        const table = new aws.dynamodb.Table(`${name}-state`, {
            name: `${org}-alert-state`,
            region,
            billingMode: "PAY_PER_REQUEST",
            hashKey: "pk",
            attributes: [{ name: "pk", type: "S" }],
            ttl: { attributeName: "expiresAt", enabled: true },
            serverSideEncryption: { enabled: true, kmsKeyArn: key.arn },
            pointInTimeRecovery: { enabled: true },
            deletionProtectionEnabled: true,
        }, options);
        for (const account of args.accounts) {
            new aws.dynamodb.TableItem(`${name}-directory-${account.key}`, {
                tableName: table.name,
                region,
                hashKey: "pk",
                item: pulumi.output(account.id).apply(id => JSON.stringify({
                    pk: { S: `account#${id}` }, name: { S: account.name }, ouPath: { S: account.ouPath },
                })),
            }, options);
        }

        const notifier = new SecurityFunction(`${name}-notifier`, {
            functionName: notifierName(org),
            description: "Turns findings and alarms into one deduplicated, readable notification each",
            source: "notifier",
            region,
            environment: {
                TABLE_NAME: table.name,
                TOPIC_ARN: topic.arn,
                GUARDDUTY_MINIMUM_SEVERITY: String(config.guardDutyMinimumSeverity),
                DEDUPLICATION_DAYS: String(config.deduplicationDays),
                ALARM_PREFIX: args.alarmPrefix,
                ...config.runbookBaseUrl !== undefined && { RUNBOOK_BASE_URL: config.runbookBaseUrl },
            },
            kmsKeyArn: key.arn,
            policy: own => pulumi.all([table.arn, topic.arn, key.arn, own.deadLetterQueueArn, own.logGroupArn])
                .apply(([tableArn, topicArn, keyArn, deadLetterQueueArn, logGroupArn]) =>
                    notifierPolicy({ tableArn, topicArn, keyArn, deadLetterQueueArn, logGroupArn })),
            timeoutSeconds: 30,
            ...config.reserveConcurrency && { reservedConcurrency: 5 },
            logRetentionDays: FUNCTION_LOG_RETENTION_DAYS,
            provider,
        }, { parent: this });

        const rules: [string, string, EventPattern][] = [
            ["guardduty", "GuardDuty findings at or above the alerting severity", guardDutyPattern(config.guardDutyMinimumSeverity)],
            ["securityhub", "New HIGH and CRITICAL Security Hub findings, other than GuardDuty's and Access Analyzer's", securityHubPattern(args.regions)],
            ["access-analyzer", "Active IAM Access Analyzer findings of access from outside the organization", accessAnalyzerPattern()],
            ["root-sign-in", "Root user console sign-ins, forwarded from every account", rootSignInPattern()],
        ];
        for (const [kind, description, pattern] of rules) {
            const rule = new aws.cloudwatch.EventRule(`${name}-${kind}`, {
                name: `${org}-alerts-${kind}`,
                description,
                region,
                eventPattern: JSON.stringify(pattern),
            }, { ...options, dependsOn: args.detection });
            new aws.cloudwatch.EventTarget(`${name}-${kind}-notifier`, {
                rule: rule.name,
                region,
                arn: notifier.functionArn,
                retryPolicy: { maximumEventAgeInSeconds: 86400, maximumRetryAttempts: 185 },
            }, options);
            new aws.lambda.Permission(`${name}-${kind}-invoke`, {
                function: notifier.functionName,
                region,
                action: "lambda:InvokeFunction",
                principal: "events.amazonaws.com",
                sourceArn: rule.arn,
            }, options);
        }

        const busArn = pulumi.interpolate`arn:aws:events:${region}:${args.auditAccountId}:event-bus/default`;
        new aws.cloudwatch.EventBusPolicy(`${name}-bus-policy`, {
            eventBusName: "default",
            region,
            policy: pulumi.all([busArn, args.organizationId]).apply(([bus, organizationId]) => JSON.stringify(alertBusPolicy(bus, organizationId))),
        }, options);

        const otherRegions = args.regions.filter(r => r !== region);
        if (otherRegions.length > 0) {
            const forwarder = new EventForwarderRole(`${name}-forwarder`, { roleName: `${org}-alert-forwarder`, busArn, provider }, { parent: this });
            for (const other of otherRegions) {
                forwardTo(`${name}-forward-${other}`, {
                    ruleName: `${org}-alerts-forward`, region: other, pattern: regionalForwardPattern(), busArn, roleArn: forwarder.roleArn,
                    description: `GuardDuty and Access Analyzer findings of ${other}, to the alert bus in ${region}`,
                }, { ...options, dependsOn: args.detection });
            }
        }

        this.topicArn = topic.arn;
        this.keyArn = key.arn;
        this.tableName = table.name;
        this.tableArn = table.arn;
        this.busArn = busArn;
        this.notifierArn = notifier.functionArn;
        this.notifierName = notifier.functionName;
        const publishers = [notifierName(org), ...config.response.enabled ? [responderName(org)] : []];
        new aws.sns.TopicPolicy(`${name}-topic-policy`, {
            arn: topic.arn,
            region,
            policy: pulumi.all([topic.arn, args.auditAccountId]).apply(([arn, audit]) =>
                JSON.stringify(alertTopicPolicy(arn, publishers.map(role => `arn:aws:iam::${audit}:role/${role}`)))),
        }, options);
        this.registerOutputs({ topicArn: this.topicArn, busArn: this.busArn, notifierArn: this.notifierArn });
    }
}

export interface EventForwarderRoleArgs {
    readonly roleName: string;
    readonly busArn: pulumi.Input<string>;
    readonly provider: aws.Provider;
}

/** The role EventBridge takes to put events on the alert bus of another account or region. */
export class EventForwarderRole extends pulumi.ComponentResource {
    public readonly roleArn: pulumi.Output<string>;

    constructor(name: string, args: EventForwarderRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:alerting:EventForwarderRole", name, {}, opts);
        const options = { parent: this, provider: args.provider };
        const role = new aws.iam.Role(name, {
            name: args.roleName,
            description: "Lets EventBridge forward security events to the audit account's alert bus",
            assumeRolePolicy: JSON.stringify(serviceTrustPolicy("events.amazonaws.com")),
        }, options);
        const policy = new aws.iam.RolePolicy(`${name}-policy`, {
            role: role.name,
            policy: pulumi.output(args.busArn).apply(bus => JSON.stringify(forwarderPolicy(bus))),
        }, options);
        this.roleArn = pulumi.all([role.arn, policy.id]).apply(([arn]) => arn);
        this.registerOutputs({ roleArn: this.roleArn });
    }
}

export interface ForwardArgs {
    readonly ruleName: string;
    readonly description: string;
    readonly region: string;
    readonly pattern: EventPattern;
    readonly busArn: pulumi.Input<string>;
    readonly roleArn: pulumi.Input<string>;
}

/** A rule that sends what matches to the alert bus. */
export function forwardTo(name: string, args: ForwardArgs, opts: pulumi.CustomResourceOptions): void {
    const rule = new aws.cloudwatch.EventRule(name, {
        name: args.ruleName,
        description: args.description,
        region: args.region,
        eventPattern: JSON.stringify(args.pattern),
    }, opts);
    new aws.cloudwatch.EventTarget(`${name}-target`, {
        rule: rule.name,
        region: args.region,
        arn: args.busArn,
        roleArn: args.roleArn,
    }, { ...opts, dependsOn: undefined });
}
