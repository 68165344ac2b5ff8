import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { ResponseConfig } from "../../config";
import { responderPolicy, responseRolePolicy, responseRoleTrust } from "./documents";
import { FUNCTION_LOG_RETENTION_DAYS, responderName } from "./alert-path";
import { responsePattern } from "./patterns";
import { SecurityFunction } from "./security-function";

export interface IncidentResponseArgs {
    readonly organizationName: string;
    readonly region: string;
    readonly config: ResponseConfig;
    readonly deduplicationDays: number;
    readonly reserveConcurrency: boolean;
    readonly runbookBaseUrl?: string;
    /** The alert path's table, topic and key. */
    readonly tableName: pulumi.Input<string>;
    readonly tableArn: pulumi.Input<string>;
    readonly topicArn: pulumi.Input<string>;
    readonly keyArn: pulumi.Input<string>;
    /** Member accounts the response role is created in, by account key. */
    readonly memberProviders: Readonly<Record<string, aws.Provider>>;
    readonly detection: pulumi.Resource[];
    readonly auditProvider: aws.Provider;
}

export const responseRoleName = (org: string) => `${org}-incident-response`;
export const isolationGroupName = (org: string) => `${org}-isolation`;

/**
 * The responder in the audit account's home region, triggered by the configured GuardDuty finding
 * types of EC2 instances (all regions arrive there through the alert bus), and the narrow response
 * role it assumes in every member account.
 */
export class IncidentResponse extends pulumi.ComponentResource {
    public readonly responderRoleArn: pulumi.Output<string>;

    constructor(name: string, args: IncidentResponseArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:alerting:IncidentResponse", name, {}, opts);
        const { organizationName: org, region, config, auditProvider: provider } = args;
        const options = { parent: this, provider };
        const roleName = responseRoleName(org);

        const responder = new SecurityFunction(`${name}-responder`, {
            functionName: responderName(org),
            description: "Isolates EC2 instances GuardDuty reports as compromised (dry-run outside the configured OUs)",
            source: "responder",
            region,
            environment: {
                TABLE_NAME: args.tableName,
                TOPIC_ARN: args.topicArn,
                RESPONSE_ROLE_NAME: roleName,
                ISOLATION_GROUP_NAME: isolationGroupName(org),
                ACT_ON_OUS: JSON.stringify(config.actOnOrganizationalUnits),
                FINDING_TYPES: JSON.stringify(config.findingTypes),
                DEDUPLICATION_DAYS: String(args.deduplicationDays),
                ...args.runbookBaseUrl !== undefined && { RUNBOOK_BASE_URL: args.runbookBaseUrl },
            },
            kmsKeyArn: args.keyArn,
            policy: own => pulumi.all([args.tableArn, args.topicArn, args.keyArn, own.deadLetterQueueArn, own.logGroupArn])
                .apply(([tableArn, topicArn, keyArn, deadLetterQueueArn, logGroupArn]) =>
                    responderPolicy({ tableArn, topicArn, keyArn, deadLetterQueueArn, logGroupArn, responseRoleName: roleName })),
            timeoutSeconds: 300,
            ...args.reserveConcurrency && { reservedConcurrency: 2 },
            logRetentionDays: FUNCTION_LOG_RETENTION_DAYS,
            provider,
        }, { parent: this });

        const rule = new aws.cloudwatch.EventRule(`${name}-rule`, {
            name: `${org}-incident-response`,
            description: "GuardDuty findings of a compromised EC2 instance, for the incident responder",
            region,
            eventPattern: JSON.stringify(responsePattern(config.findingTypes)),
        }, { ...options, dependsOn: args.detection });
        new aws.cloudwatch.EventTarget(`${name}-rule-responder`, {
            rule: rule.name,
            region,
            arn: responder.functionArn,
            retryPolicy: { maximumEventAgeInSeconds: 86400, maximumRetryAttempts: 185 },
        }, options);
        new aws.lambda.Permission(`${name}-invoke`, {
            function: responder.functionName,
            region,
            action: "lambda:InvokeFunction",
            principal: "events.amazonaws.com",
            sourceArn: rule.arn,
        }, options);

        for (const [key, memberProvider] of Object.entries(args.memberProviders)) {
            const role = new aws.iam.Role(`${name}-${key}-role`, {
                name: roleName,
                description: "Lets the audit account's incident responder snapshot and isolate compromised EC2 instances",
                assumeRolePolicy: responder.roleArn.apply(arn => JSON.stringify(responseRoleTrust(arn))),
                maxSessionDuration: 3600,
            }, { parent: this, provider: memberProvider });
            new aws.iam.RolePolicy(`${name}-${key}-role-policy`, {
                role: role.name,
                policy: JSON.stringify(responseRolePolicy()),
            }, { parent: this, provider: memberProvider });
        }

        this.responderRoleArn = responder.roleArn;
        this.registerOutputs({ responderRoleArn: this.responderRoleArn });
    }
}
