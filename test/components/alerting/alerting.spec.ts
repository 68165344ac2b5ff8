import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { runArea } from "../area-harness";
import { exampleValues, MANAGEMENT_ACCOUNT_ID, type Run } from "../harness";

/** AWS's documented patterns (test/fixtures/cis-metric-filters.json, copied with their sources). */
const DOCUMENTED: { cis_v3: string; pattern: string; securityhub_guide_variant?: string }[] =
    JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "cis-metric-filters.json"), "utf8"));

const ACCOUNTS = ["management", "log-archive", "audit", "shared-services", "prod", "staging", "sandbox"];

describe("Alerting on the example stack", () => {
    let run: Run;
    let audit: string;
    let organizationId: string;
    before(async () => {
        run = await runArea("alerting", exampleValues());
        audit = run.named("foundation-audit").id;
        organizationId = String(run.ofType("aws:organizations/organization:Organization")[0].id);
    });
    const topicArn = () => `arn:aws:sns:us-east-1:${audit}:acme-security-alerts`;
    const busArn = () => `arn:aws:events:us-east-1:${audit}:event-bus/default`;
    const notifierArn = () => `arn:aws:lambda:us-east-1:${audit}:function:acme-alert-notifier`;

    it("puts the alert topic in the audit account's home region, encrypted with its own key, with the configured subscriptions", () => {
        const topic = run.named("foundation-alerts-topic");
        const key = run.named("foundation-alerts-key");
        assert.strictEqual(run.providerName(topic), "foundation-audit-provider");
        assert.deepStrictEqual(topic.inputs, { name: "acme-security-alerts", displayName: "acme security alerts", region: "us-east-1", kmsMasterKeyId: key.state.arn });
        assert.strictEqual(key.inputs.enableKeyRotation, true);
        assert.strictEqual(key.options.protect, true);
        assert.deepStrictEqual(run.ofType("aws:sns/topicSubscription:TopicSubscription").filter(s => s.name.startsWith("foundation-alerts-")).map(s => [s.inputs.protocol, s.inputs.endpoint, s.inputs.topic]), [
            ["email", "security@example.com", topicArn()],
            ["https", "https://alerts.example.com/aws", topicArn()],
        ]);
    });

    it("lets only the notifier and the responder publish to the alert topic", () => {
        assert.deepStrictEqual(run.document(run.named("foundation-alerts-topic-policy")).Statement, [
            {
                Sid: "OnlyFoundationFunctionsPublish", Effect: "Deny", Principal: "*", Action: "sns:Publish", Resource: topicArn(),
                Condition: { StringNotEquals: { "aws:PrincipalArn": [`arn:aws:iam::${audit}:role/acme-alert-notifier`, `arn:aws:iam::${audit}:role/acme-incident-responder`] } },
            },
            { Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: "sns:*", Resource: topicArn(), Condition: { Bool: { "aws:SecureTransport": "false" } } },
        ]);
    });

    it("keeps the alert state in an encrypted, recoverable table with expiry, and names every account in it", () => {
        const table = run.named("foundation-alerts-state");
        assert.deepStrictEqual(table.inputs, {
            name: "acme-alert-state", region: "us-east-1", billingMode: "PAY_PER_REQUEST", hashKey: "pk", attributes: [{ name: "pk", type: "S" }],
            ttl: { attributeName: "expiresAt", enabled: true }, serverSideEncryption: { enabled: true, kmsKeyArn: run.named("foundation-alerts-key").state.arn },
            pointInTimeRecovery: { enabled: true }, deletionProtectionEnabled: true,
        });
        const entries = ACCOUNTS.map(key => JSON.parse(String(run.named(`foundation-alerts-directory-${key}`).inputs.item)));
        assert.deepStrictEqual(entries[0], { pk: { S: `account#${MANAGEMENT_ACCOUNT_ID}` }, name: { S: "management account" }, ouPath: { S: "" } });
        assert.deepStrictEqual(entries[4], { pk: { S: `account#${run.named("foundation-prod").id}` }, name: { S: "Production" }, ouPath: { S: "Workloads/Prod" } });
    });

    it("runs the notifier on Node.js 24 with a least-privilege role, encrypted environment and a dead-letter queue", () => {
        const fn = run.named("foundation-alerts-notifier");
        const key = run.named("foundation-alerts-key").state.arn;
        const { code, ...inputs } = fn.inputs;
        assert.ok(code, "the bundle");
        assert.deepStrictEqual(inputs, {
            name: "acme-alert-notifier",
            description: "Turns findings and alarms into one deduplicated, readable notification each",
            region: "us-east-1",
            runtime: "nodejs24.x",
            architectures: ["arm64"],
            handler: "index.handler",
            role: `arn:aws:iam::${audit}:role/acme-alert-notifier`,
            timeout: 30,
            memorySize: 256,
            kmsKeyArn: key,
            environment: {
                variables: {
                    TABLE_NAME: "acme-alert-state", TOPIC_ARN: topicArn(), GUARDDUTY_MINIMUM_SEVERITY: "7", DEDUPLICATION_DAYS: "90", ALARM_PREFIX: "acme-cis-",
                    RUNBOOK_BASE_URL: "https://github.com/example/aws-foundation/blob/main/docs/runbooks",
                },
            },
            deadLetterConfig: { targetArn: `arn:aws:sqs:us-east-1:${audit}:acme-alert-notifier-dead-letters` },
            loggingConfig: { logFormat: "Text", logGroup: "/aws/lambda/acme-alert-notifier" },
        });
        assert.deepStrictEqual(run.named("foundation-alerts-notifier-logs").inputs, { name: "/aws/lambda/acme-alert-notifier", region: "us-east-1", retentionInDays: 365, kmsKeyId: key });
        assert.deepStrictEqual(run.document(run.named("foundation-alerts-notifier-role-policy")).Statement.map((s: { Sid: string; Action: unknown; Resource: unknown }) => [s.Sid, s.Action, s.Resource]), [
            ["WriteOwnLogs", ["logs:CreateLogStream", "logs:PutLogEvents"], `arn:aws:logs:us-east-1:${audit}:log-group:/aws/lambda/acme-alert-notifier:*`],
            ["DeadLetters", "sqs:SendMessage", `arn:aws:sqs:us-east-1:${audit}:acme-alert-notifier-dead-letters`],
            ["UseAlertingKey", ["kms:Decrypt", "kms:GenerateDataKey"], key],
            ["AlertState", ["dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem"], `arn:aws:dynamodb:us-east-1:${audit}:table/acme-alert-state`],
            ["PublishAlerts", "sns:Publish", topicArn()],
        ]);
        assert.deepStrictEqual(run.document(run.named("foundation-alerts-notifier-role"), "assumeRolePolicy").Statement[0].Principal, { Service: "lambda.amazonaws.com" });
    });

    it("routes each source through its own rule in the home region to the notifier, which only those rules may invoke", () => {
        const rules = ["guardduty", "securityhub", "access-analyzer", "root-sign-in"];
        for (const kind of rules) {
            const rule = run.named(`foundation-alerts-${kind}`);
            assert.strictEqual(rule.inputs.name, `acme-alerts-${kind}`);
            assert.strictEqual(rule.inputs.region, "us-east-1");
            assert.deepStrictEqual(run.named(`foundation-alerts-${kind}-notifier`).inputs, {
                rule: `acme-alerts-${kind}`, region: "us-east-1", arn: notifierArn(), retryPolicy: { maximumEventAgeInSeconds: 86400, maximumRetryAttempts: 185 },
            });
            assert.deepStrictEqual(run.named(`foundation-alerts-${kind}-invoke`).inputs, {
                function: "acme-alert-notifier", region: "us-east-1", action: "lambda:InvokeFunction", principal: "events.amazonaws.com",
                sourceArn: `arn:aws:events:us-east-1:${audit}:rule/acme-alerts-${kind}`,
            });
        }
        assert.deepStrictEqual(JSON.parse(String(run.named("foundation-alerts-guardduty").inputs.eventPattern)), {
            "source": ["aws.guardduty"], "detail-type": ["GuardDuty Finding"], "detail": { severity: [{ numeric: [">=", 7] }], service: { archived: [false] } },
        });
        assert.deepStrictEqual(JSON.parse(String(run.named("foundation-alerts-root-sign-in").inputs.eventPattern)), {
            "source": ["aws.signin"], "detail-type": ["AWS Console Sign In via CloudTrail", "AWS Console Signin via CloudTrail"], "detail": { userIdentity: { type: ["Root"] } },
        });
    });

    it("accepts events from the organization's accounts on the audit account's home bus, and forwards the other region's findings there", () => {
        assert.deepStrictEqual(run.document(run.named("foundation-alerts-bus-policy")), {
            Version: "2012-10-17",
            Statement: [{
                Sid: "OrganizationForwardsAlerts", Effect: "Allow", Principal: "*", Action: "events:PutEvents", Resource: busArn(),
                Condition: { StringEquals: { "aws:PrincipalOrgID": organizationId } },
            }],
        });
        const forward = run.named("foundation-alerts-forward-eu-west-1");
        assert.strictEqual(forward.inputs.region, "eu-west-1");
        assert.deepStrictEqual(JSON.parse(String(forward.inputs.eventPattern)), {
            "source": ["aws.guardduty", "aws.access-analyzer"], "detail-type": ["GuardDuty Finding", "Access Analyzer Finding"],
        });
        assert.deepStrictEqual(run.named("foundation-alerts-forward-eu-west-1-target").inputs, {
            rule: "acme-alerts-forward", region: "eu-west-1", arn: busArn(), roleArn: `arn:aws:iam::${audit}:role/acme-alert-forwarder`,
        });
        assert.strictEqual(run.ofType("aws:cloudwatch/eventRule:EventRule").filter(r => r.name.startsWith("foundation-alerts-forward-")).length, 1, "nothing to forward from the home region");
        assert.deepStrictEqual(run.document(run.named("foundation-alerts-forwarder-policy")).Statement, [
            { Sid: "ForwardToAlertBus", Effect: "Allow", Action: "events:PutEvents", Resource: busArn() },
        ]);
    });

    it("forwards root sign-ins from us-east-1 of every account but the audit account, whose home bus receives them directly", () => {
        const forwarders = run.ofType("aws:cloudwatch/eventTarget:EventTarget").filter(t => t.name.endsWith("-sign-in-forwarder-rule-target"));
        assert.deepStrictEqual(forwarders.map(t => [t.name, run.providerName(t), t.inputs.region, t.inputs.arn]).sort(), ACCOUNTS.filter(a => a !== "audit").map(key => [
            `foundation-${key}-sign-in-forwarder-rule-target`, key === "management" ? "foundation-management" : `foundation-${key}-provider`, "us-east-1", busArn(),
        ]).sort());
        const prod = run.named("foundation-prod-sign-in-forwarder-rule-target");
        assert.strictEqual(prod.inputs.roleArn, `arn:aws:iam::${run.named("foundation-prod").id}:role/acme-sign-in-forwarder`);
    });

    it("creates the CIS filters with AWS's exact patterns on the trail's log group, each with an alarm to the encrypted alarm topic", () => {
        const filters = run.ofType("aws:cloudwatch/logMetricFilter:LogMetricFilter");
        assert.deepStrictEqual(filters.map(f => f.inputs.pattern), DOCUMENTED.map(d => d.securityhub_guide_variant ?? d.pattern));
        assert.deepStrictEqual(filters.map(f => f.inputs.name), [
            "unauthorized-api-calls", "console-signin-without-mfa", "root-account-usage", "iam-policy-changes", "cloudtrail-config-changes",
            "console-authentication-failures", "disable-or-delete-cmk", "s3-bucket-policy-changes", "aws-config-changes", "security-group-changes",
            "nacl-changes", "network-gateway-changes", "route-table-changes", "vpc-changes", "aws-organizations-changes",
        ].map(n => `acme-cis-${n}`));
        for (const filter of filters) {
            assert.strictEqual(run.providerName(filter), "foundation-management");
            assert.strictEqual(filter.inputs.logGroupName, "cloudtrail/acme-organization-trail");
            assert.strictEqual(filter.inputs.region, "us-east-1");
        }
        const alarmTopic = `arn:aws:sns:us-east-1:${MANAGEMENT_ACCOUNT_ID}:acme-cis-alarms`;
        const root = run.named("foundation-cis-alarms-root-account-usage-alarm");
        assert.deepStrictEqual(root.inputs, {
            name: "acme-cis-root-account-usage", alarmDescription: "CIS 4.3 (Security Hub CloudWatch.1): Use of the root user", region: "us-east-1",
            namespace: "LogMetrics", metricName: "RootAccountUsage", statistic: "Sum", period: 300, evaluationPeriods: 1,
            comparisonOperator: "GreaterThanOrEqualToThreshold", threshold: 1, treatMissingData: "notBreaching", alarmActions: [alarmTopic],
        });
        assert.deepStrictEqual(run.named("foundation-cis-alarms-root-account-usage").inputs.metricTransformation, { name: "RootAccountUsage", namespace: "LogMetrics", value: "1" });
        assert.strictEqual(run.named("foundation-cis-alarms-aws-organizations-changes-alarm").inputs.alarmDescription, "CIS 4.15: AWS Organizations changes");
        assert.strictEqual(run.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").length, 15);
    });

    it("subscribes the audit account's notifier to the alarm topic, which only this account's alarms publish to", () => {
        const alarmTopic = `arn:aws:sns:us-east-1:${MANAGEMENT_ACCOUNT_ID}:acme-cis-alarms`;
        const subscription = run.named("foundation-cis-alarms-notifier");
        assert.strictEqual(run.providerName(subscription), "foundation-audit-provider");
        assert.deepStrictEqual(subscription.inputs, { topic: alarmTopic, region: "us-east-1", protocol: "lambda", endpoint: notifierArn() });
        assert.deepStrictEqual(run.named("foundation-cis-alarms-invoke").inputs, {
            function: "acme-alert-notifier", region: "us-east-1", action: "lambda:InvokeFunction", principal: "sns.amazonaws.com", sourceArn: alarmTopic,
        });
        const statements = run.document(run.named("foundation-cis-alarms-topic-policy")).Statement;
        assert.deepStrictEqual(statements[0].Condition, {
            StringEquals: { "aws:SourceAccount": MANAGEMENT_ACCOUNT_ID }, ArnLike: { "aws:SourceArn": `arn:aws:cloudwatch:us-east-1:${MANAGEMENT_ACCOUNT_ID}:alarm:*` },
        });
        assert.deepStrictEqual(statements[1], {
            Sid: "AuditNotifierSubscribes", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${audit}:root` }, Action: "sns:Subscribe", Resource: alarmTopic,
            Condition: { StringEquals: { "sns:Protocol": "lambda" } },
        });
        const keyPolicy = run.document(run.named("foundation-cis-alarms-key"));
        assert.deepStrictEqual(keyPolicy.Statement[1], {
            Sid: "CloudWatchAlarmsEncrypt", Effect: "Allow", Principal: { Service: "cloudwatch.amazonaws.com" }, Action: ["kms:GenerateDataKey*", "kms:Decrypt"], Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": MANAGEMENT_ACCOUNT_ID } },
        });
    });

    it("runs the responder in the audit account on the configured finding types, acting only in the configured OUs", () => {
        const fn = run.named("foundation-incident-response-responder");
        const { FINDING_TYPES, ...variables } = (fn.inputs.environment as { variables: Record<string, string> }).variables;
        assert.deepStrictEqual(variables, {
            TABLE_NAME: "acme-alert-state", TOPIC_ARN: topicArn(), RESPONSE_ROLE_NAME: "acme-incident-response", ISOLATION_GROUP_NAME: "acme-isolation",
            ACT_ON_OUS: '["Sandbox","Workloads/NonProd"]', DEDUPLICATION_DAYS: "90", RUNBOOK_BASE_URL: "https://github.com/example/aws-foundation/blob/main/docs/runbooks",
        });
        assert.deepStrictEqual(JSON.parse(FINDING_TYPES).slice(-2), ["Trojan:EC2/DropPoint!DNS", "Trojan:EC2/PhishingDomainRequest!DNS"]);
        assert.strictEqual(JSON.parse(FINDING_TYPES).length, 19);
        assert.deepStrictEqual([fn.inputs.name, fn.inputs.timeout, fn.inputs.reservedConcurrentExecutions, run.providerName(fn)], ["acme-incident-responder", 300, undefined, "foundation-audit-provider"]);
        const pattern = JSON.parse(String(run.named("foundation-incident-response-rule").inputs.eventPattern));
        assert.deepStrictEqual(pattern.detail.resource, { resourceType: ["Instance"] });
        assert.deepStrictEqual(pattern.detail.type.slice(0, 3), ["CryptoCurrency:EC2/BitcoinTool.B", "CryptoCurrency:EC2/BitcoinTool.B!DNS", "Backdoor:EC2/C&CActivity.B"]);
        const statements = run.document(run.named("foundation-incident-response-responder-role-policy")).Statement;
        assert.deepStrictEqual(statements.find((st: { Sid: string }) => st.Sid === "AssumeResponseRoles"), {
            Sid: "AssumeResponseRoles", Effect: "Allow", Action: "sts:AssumeRole", Resource: "arn:aws:iam::*:role/acme-incident-response",
        });
    });

    it("wires the responder's rule, target and invoke permission in the audit account, under the incident-response component", () => {
        const component = run.resources.find(r => r.type === "foundation:alerting:IncidentResponse")!;
        const rule = run.named("foundation-incident-response-rule");
        const target = run.named("foundation-incident-response-rule-responder");
        const permission = run.named("foundation-incident-response-invoke");
        assert.deepStrictEqual([rule, target, permission].map(r => [run.providerName(r), r.parent, r.inputs.region]),
            [rule, target, permission].map(() => ["foundation-audit-provider", component.urn, "us-east-1"]));
        assert.deepStrictEqual([rule.inputs.name, rule.inputs.description], ["acme-incident-response", "GuardDuty findings of a compromised EC2 instance, for the incident responder"]);
        assert.deepStrictEqual(target.inputs.retryPolicy, { maximumEventAgeInSeconds: 86400, maximumRetryAttempts: 185 });
        assert.deepStrictEqual([permission.inputs.action, permission.inputs.principal, permission.inputs.function],
            ["lambda:InvokeFunction", "events.amazonaws.com", "acme-incident-responder"]);
        assert.strictEqual(run.named("foundation-incident-response-responder").inputs.description,
            "Isolates EC2 instances GuardDuty reports as compromised (dry-run outside the configured OUs)");
        assert.strictEqual(run.named("foundation-incident-response-prod-role").inputs.description,
            "Lets the audit account's incident responder snapshot and isolate compromised EC2 instances");
    });

    it("names and describes each account's root sign-in forwarding rule, in that account's provider", () => {
        const rule = run.named("foundation-prod-sign-in-forwarder-rule");
        assert.deepStrictEqual([rule.inputs.name, rule.inputs.description, rule.inputs.region, run.providerName(rule)],
            ["acme-root-sign-in-forward", "Root user console sign-ins, to the audit account's alert bus", "us-east-1", "foundation-prod-provider"]);
        const role = run.named("foundation-prod-sign-in-forwarder-role");
        assert.deepStrictEqual([role.inputs.name, run.providerName(role)], ["acme-sign-in-forwarder", "foundation-prod-provider"]);
    });

    it("creates the response role in every member account, trusted only by the responder, unable to stop or delete anything", () => {
        const roles = run.ofType("aws:iam/role:Role").filter(r => r.inputs.name === "acme-incident-response");
        assert.deepStrictEqual(roles.map(r => run.providerName(r)).sort(), ACCOUNTS.filter(a => a !== "management").map(a => `foundation-${a}-provider`).sort());
        const prod = run.named("foundation-incident-response-prod-role");
        assert.deepStrictEqual(run.document(prod, "assumeRolePolicy").Statement, [
            { Sid: "AssumedByTheResponder", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${audit}:role/acme-incident-responder` }, Action: "sts:AssumeRole" },
        ]);
        const actions = run.document(run.named("foundation-incident-response-prod-role-policy")).Statement.flatMap((st: { Action: string[] }) => st.Action);
        assert.deepStrictEqual(actions, [
            "autoscaling:DescribeAutoScalingInstances", "ec2:DescribeInstances", "ec2:DescribeSecurityGroups",
            "autoscaling:DetachInstances", "ec2:CreateSecurityGroup", "ec2:CreateSnapshot", "ec2:CreateSnapshots", "ec2:CreateTags",
            "ec2:ModifyNetworkInterfaceAttribute", "ec2:RevokeSecurityGroupEgress",
        ]);
    });

    it("creates nothing of it without foundation:alerting, and no CIS alarms when they are switched off", async () => {
        const without = await runArea("alerting", exampleValues(d => { delete d["foundation:alerting"]; }));
        assert.deepStrictEqual(without.resources.filter(r => /alerting|sign-in-forwarder|cis-alarms|alerts-/.test(r.name + r.type)).map(r => r.name), []);
        const noAlarms = await runArea("alerting", exampleValues(d => { d["foundation:alerting"].cisAlarms = false; }));
        assert.strictEqual(noAlarms.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").length, 0);
        assert.strictEqual(noAlarms.ofType("aws:cloudwatch/logMetricFilter:LogMetricFilter").length, 0);
        assert.strictEqual(noAlarms.ofType("aws:lambda/function:Function").length, 2);
        const reserved = await runArea("alerting", exampleValues(d => { d["foundation:alerting"].reserveConcurrency = true; }));
        assert.deepStrictEqual(reserved.ofType("aws:lambda/function:Function").map(f => [f.inputs.name, f.inputs.reservedConcurrentExecutions]), [
            ["acme-alert-notifier", 5], ["acme-incident-responder", 2],
        ]);
        const noResponse = await runArea("alerting", exampleValues(d => { d["foundation:alerting"].response = { enabled: false }; }));
        assert.deepStrictEqual(noResponse.ofType("aws:lambda/function:Function").map(f => f.inputs.name), ["acme-alert-notifier"]);
        assert.deepStrictEqual(noResponse.ofType("aws:iam/role:Role").filter(r => r.inputs.name === "acme-incident-response"), []);
        assert.deepStrictEqual(JSON.parse(String(noResponse.named("foundation-alerts-topic-policy").inputs.policy)).Statement[0].Condition.StringNotEquals["aws:PrincipalArn"], [
            `arn:aws:iam::${noResponse.named("foundation-audit").id}:role/acme-alert-notifier`,
        ]);
    });

    it("forwards the audit account's own root sign-ins too when its alert bus is not in us-east-1", async () => {
        const home = await runArea("alerting", exampleValues());
        assert.ok(!home.resources.some(r => r.name === "foundation-audit-sign-in-forwarder"), "in us-east-1 the audit account's bus receives them");
        const europe = await runArea("alerting", exampleValues(d => { d["foundation:organization"].homeRegion = "eu-west-1"; }));
        const target = europe.named("foundation-audit-sign-in-forwarder-rule-target");
        assert.strictEqual(europe.providerName(target), "foundation-audit-provider");
        assert.strictEqual(target.inputs.region, "us-east-1");
    });
});
