import * as assert from "assert";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { handler } from "../../../functions/notifier";
import { clearAccountCache } from "../../../functions/shared/state";
import { accessAnalyzerEvent, guardDutyEvent, rootSignInEvent, securityHubEvent } from "../samples";

const db = mockClient(DynamoDBDocumentClient);
const sns = mockClient(SNSClient);

/** The state table as DynamoDB would keep it, applying the notifier's condition. */
let table: Map<string, Record<string, unknown>>;

function fakeTable(): void {
    db.on(PutCommand).callsFake(input => {
        const item = input.Item as Record<string, unknown>;
        const stored = table.get(String(item.pk));
        if (input.ConditionExpression !== undefined) assert.strictEqual(input.ConditionExpression, "attribute_not_exists(pk) OR #rank < :rank OR #state <> :state");
        if (input.ConditionExpression && stored && !((stored.rank as number) < (item.rank as number) || stored.state !== item.state)) {
            throw new ConditionalCheckFailedException({ message: "The conditional request failed", $metadata: {} });
        }
        table.set(String(item.pk), item);
        return {};
    });
    db.on(GetCommand).callsFake(input => ({ Item: table.get(String(input.Key.pk)) }));
    db.on(DeleteCommand).callsFake(input => { table.delete(String(input.Key.pk)); return {}; });
}

const published = () => sns.commandCalls(PublishCommand).map(call => call.args[0].input);

describe("Notifier (functions/notifier)", () => {
    beforeEach(() => {
        db.reset();
        sns.reset();
        clearAccountCache();
        table = new Map([
            ["account#123456789012", { pk: "account#123456789012", name: "Prod", ouPath: "Workloads/Prod" }],
            ["account#111122223333", { pk: "account#111122223333", name: "Sandbox", ouPath: "Sandbox" }],
        ]);
        fakeTable();
        sns.on(PublishCommand).resolves({ MessageId: "m-1" });
        Object.assign(process.env, {
            TABLE_NAME: "acme-alert-state",
            TOPIC_ARN: "arn:aws:sns:us-east-1:222222222222:acme-security-alerts",
            GUARDDUTY_MINIMUM_SEVERITY: "7",
            DEDUPLICATION_DAYS: "90",
            ALARM_PREFIX: "acme-cis-",
            RUNBOOK_BASE_URL: "https://github.com/example/aws-foundation/blob/main/docs/runbooks",
        });
    });

    it("notifies a new GuardDuty finding once, readably, with the account's name and the runbook", async () => {
        assert.deepStrictEqual(await handler(guardDutyEvent({ severity: 8 })), { notified: 1, suppressed: 0 });
        assert.deepStrictEqual(published(), [{
            TopicArn: "arn:aws:sns:us-east-1:222222222222:acme-security-alerts",
            Subject: "[HIGH] Prod: Canary:EC2/Stateless.IntegTest",
            Message: [
                "HIGH: Canary:EC2/Stateless.IntegTest",
                "",
                "Account:  Prod (123456789012, OU Workloads/Prod)",
                "Region:   us-east-1",
                "Resource: Instance i-05746eb48123455e0",
                "Source:   GuardDuty, Canary:EC2/Stateless.IntegTest",
                "Runbook:  https://github.com/example/aws-foundation/blob/main/docs/runbooks/guardduty-finding.md",
                "Console:  https://console.aws.amazon.com/guardduty/home?region=us-east-1#/findings?search=id%3D16afba5c5c43e07c9e3e5e2e544e95df",
            ].join("\n"),
        }]);
        const state = table.get("guardduty#16afba5c5c43e07c9e3e5e2e544e95df")!;
        assert.strictEqual(state.rank, 8);
        assert.strictEqual(state.state, "ACTIVE");
    });

    it("stays silent when the finding recurs, and notifies again when its severity rises", async () => {
        await handler(guardDutyEvent({ severity: 7.5 }));
        assert.deepStrictEqual(await handler(guardDutyEvent({ severity: 7.5, count: 2 })), { notified: 0, suppressed: 1 });
        assert.deepStrictEqual(await handler(guardDutyEvent({ severity: 7.2, count: 3 })), { notified: 0, suppressed: 1 });
        assert.deepStrictEqual(await handler(guardDutyEvent({ severity: 9.1, count: 4 })), { notified: 1, suppressed: 0 });
        assert.deepStrictEqual(published().map(p => p.Subject), [
            "[HIGH] Prod: Canary:EC2/Stateless.IntegTest",
            "[CRITICAL] Prod: Canary:EC2/Stateless.IntegTest",
        ]);
    });

    it("ignores GuardDuty findings below the configured severity even if a wider rule delivers them", async () => {
        assert.deepStrictEqual(await handler(guardDutyEvent()), { notified: 0, suppressed: 0 });
        assert.deepStrictEqual(published(), []);
    });

    it("notifies a Security Hub finding once, not again when it is updated without a change, and again when it escalates", async () => {
        await handler(securityHubEvent({ label: "HIGH", asControlFinding: true }));
        assert.deepStrictEqual(await handler(securityHubEvent({ label: "HIGH", asControlFinding: true, updatedAt: "2020-10-01T00:00:00Z" })), { notified: 0, suppressed: 1 });
        assert.deepStrictEqual(await handler(securityHubEvent({ label: "CRITICAL", asControlFinding: true })), { notified: 1, suppressed: 0 });
        assert.deepStrictEqual(published().map(p => p.Subject), [
            "[HIGH] 193043430472: Security groups should not allow unrestricted access to ports with high risk",
            "[CRITICAL] 193043430472: Security groups should not allow unrestricted access to ports with high ...",
        ]);
        assert.match(String(published()[0].Message), /^Account: {2}193043430472 \(not an account of this foundation\)$/m);
        assert.match(String(published()[0].Message), /^Source: {3}Security Hub, control EC2\.19$/m);
    });

    it("notifies a Security Hub finding again when it reopens after it was resolved, and not for the closing update itself", async () => {
        await handler(securityHubEvent({ label: "HIGH", asControlFinding: true }));
        assert.deepStrictEqual(await handler(securityHubEvent({ label: "HIGH", asControlFinding: true, workflow: "RESOLVED" })), { notified: 0, suppressed: 0 });
        assert.strictEqual(table.get("securityhub#arn:aws:securityhub:us-east-1:193043430472:security-control/EC2.19/finding/0f2f5c5e-8f5b-4c39-8d5c-000000000001")?.state, "CLOSED");
        assert.deepStrictEqual(await handler(securityHubEvent({ label: "HIGH", asControlFinding: true })), { notified: 1, suppressed: 0 });
        assert.strictEqual(published().length, 2);
    });

    it("notifies an Access Analyzer finding again when it becomes active after being archived", async () => {
        await handler(accessAnalyzerEvent());
        await handler(accessAnalyzerEvent({ status: "ARCHIVED" }));
        assert.deepStrictEqual(await handler(accessAnalyzerEvent()), { notified: 1, suppressed: 0 });
        assert.strictEqual(published().length, 2);
    });

    it("forgets an alert it could not publish, so that Lambda's retry notifies it", async () => {
        sns.on(PublishCommand).rejectsOnce(Object.assign(new Error("KMS key is disabled"), { name: "KMSDisabledException" })).resolves({ MessageId: "m-2" });
        await assert.rejects(handler(guardDutyEvent({ severity: 8 })), /KMS key is disabled/);
        assert.strictEqual(table.has("guardduty#16afba5c5c43e07c9e3e5e2e544e95df"), false);
        assert.deepStrictEqual(await handler(guardDutyEvent({ severity: 8 })), { notified: 1, suppressed: 0 });
    });

    it("never notifies Security Hub's copy of a GuardDuty finding: the GuardDuty rule already did", async () => {
        assert.deepStrictEqual(await handler(securityHubEvent({ label: "HIGH" })), { notified: 0, suppressed: 0 });
        assert.deepStrictEqual(published(), []);
    });

    it("notifies an active Access Analyzer finding once, and public access as CRITICAL", async () => {
        await handler(accessAnalyzerEvent());
        await handler(accessAnalyzerEvent());
        assert.deepStrictEqual(await handler(accessAnalyzerEvent({ isPublic: true })), { notified: 1, suppressed: 0 });
        assert.deepStrictEqual(published().map(p => p.Subject), [
            "[HIGH] Sandbox: AWS::S3::Bucket is accessible from outside the organization by {\"AWS\":\"9999888877...",
            "[CRITICAL] Sandbox: AWS::S3::Bucket is accessible from outside the organization by anyone",
        ]);
    });

    it("notifies each root sign-in (a new event id each time)", async () => {
        await handler(rootSignInEvent());
        await handler(rootSignInEvent());
        await handler(rootSignInEvent({ eventID: "00000000-0000-4000-8000-000000000002" }));
        assert.deepStrictEqual(published().map(p => p.Subject), [
            "[CRITICAL] Prod: Root user signed in to the console WITHOUT MFA from 0.0.0.0",
            "[CRITICAL] Prod: Root user signed in to the console WITHOUT MFA from 0.0.0.0",
        ]);
    });

    it("notifies a CIS alarm once per transition to ALARM, with that alarm's runbook", async () => {
        const alarm = (state: string, time: string) => ({
            Records: [{
                Sns: {
                    Message: JSON.stringify({
                        AlarmName: "acme-cis-root-account-usage",
                        AlarmDescription: "CIS 4.3 (Security Hub CloudWatch.1): Use of the root user",
                        AWSAccountId: "111111111111",
                        NewStateValue: state,
                        NewStateReason: "Threshold Crossed: 1 datapoint [1.0 (25/11/26 10:00:00)] was greater than or equal to the threshold (1.0).",
                        StateChangeTime: time,
                        Region: "US East (N. Virginia)",
                        AlarmArn: "arn:aws:cloudwatch:us-east-1:111111111111:alarm:acme-cis-root-account-usage",
                        Trigger: { MetricName: "RootAccountUsage", Namespace: "LogMetrics" },
                    }),
                },
            }],
        });
        await handler(alarm("ALARM", "2026-11-25T10:00:00.000+0000"));
        await handler(alarm("ALARM", "2026-11-25T10:00:00.000+0000"));
        await handler(alarm("OK", "2026-11-25T10:05:00.000+0000"));
        await handler(alarm("ALARM", "2026-11-25T11:00:00.000+0000"));
        assert.strictEqual(published().length, 2);
        assert.strictEqual(published()[0].Subject, "[HIGH] 111111111111: CIS 4.3 (Security Hub CloudWatch.1): Use of the root user");
        assert.match(String(published()[0].Message), /^Runbook: {2}https:\/\/github\.com\/example\/aws-foundation\/blob\/main\/docs\/runbooks\/root-account-usage\.md$/m);
        assert.match(String(published()[0].Message), /^Region: {3}us-east-1$/m);
    });

    it("turns an unreadable message or an unknown event into no alert, without failing", async () => {
        assert.deepStrictEqual(await handler({ Records: [{ Sns: { Message: "not json" } }] }), { notified: 0, suppressed: 0 });
        assert.deepStrictEqual(await handler({ "source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {} }), { notified: 0, suppressed: 0 });
        assert.deepStrictEqual(await handler({ "detail-type": "GuardDuty Finding" }), { notified: 0, suppressed: 0 });
        assert.deepStrictEqual(published(), []);
    });

    it("fails loudly when DynamoDB fails otherwise, so that Lambda retries and then dead-letters the event", async () => {
        db.on(PutCommand).rejects(new Error("ProvisionedThroughputExceededException"));
        await assert.rejects(handler(guardDutyEvent({ severity: 8 })), /ProvisionedThroughputExceededException/);
        assert.deepStrictEqual(published(), []);
    });

    it("logs every decision as one JSON line: closed, notified, duplicate, unreadable, and a summary", async () => {
        const lines: string[] = [];
        const log = console.log;
        console.log = (line: string) => { lines.push(line); };
        try {
            await handler(guardDutyEvent({ severity: 8 }));
            await handler(guardDutyEvent({ severity: 8 }));
            await handler(accessAnalyzerEvent({ status: "ARCHIVED" }));
            await handler({ Records: [{ Sns: { Message: "not json" } }] });
        } finally {
            console.log = log;
        }
        assert.deepStrictEqual(lines.map(line => JSON.parse(line)), [
            { outcome: "notified", key: "guardduty#16afba5c5c43e07c9e3e5e2e544e95df", severity: "HIGH", accountId: "123456789012" },
            { outcome: "done", received: "GuardDuty Finding", alerts: 1, notified: 1, suppressed: 0 },
            { outcome: "duplicate", key: "guardduty#16afba5c5c43e07c9e3e5e2e544e95df", severity: "HIGH" },
            { outcome: "done", received: "GuardDuty Finding", alerts: 1, notified: 0, suppressed: 1 },
            { outcome: "closed", key: "access-analyzer#22222222-dcba-4444-dcba-333333333333" },
            { outcome: "done", received: "Access Analyzer Finding", alerts: 0, notified: 0, suppressed: 0 },
            { outcome: "unreadable", message: "not json" },
            { outcome: "done", received: "alarm", alerts: 0, notified: 0, suppressed: 0 },
        ]);
    });

    it("writes the state item with the rank, the state and an expiry deduplicationDays ahead, under one condition", async () => {
        const before = Math.floor(Date.now() / 1000);
        await handler(guardDutyEvent({ severity: 8 }));
        const after = Math.floor(Date.now() / 1000);
        const input = db.commandCalls(PutCommand)[0].args[0].input;
        const { notifiedAt, expiresAt, ...item } = input.Item as Record<string, unknown>;
        assert.deepStrictEqual(item, { pk: "guardduty#16afba5c5c43e07c9e3e5e2e544e95df", rank: 8, state: "ACTIVE" });
        assert.ok((expiresAt as number) >= before + 90 * 86400 && (expiresAt as number) <= after + 90 * 86400, String(expiresAt));
        assert.match(String(notifiedAt), /^\d{4}-\d{2}-\d{2}T/);
        assert.deepStrictEqual([input.TableName, input.ExpressionAttributeNames, input.ExpressionAttributeValues], [
            "acme-alert-state", { "#rank": "rank", "#state": "state" }, { ":rank": 8, ":state": "ACTIVE" },
        ]);
        await handler(accessAnalyzerEvent({ status: "ARCHIVED" }));
        const closed = db.commandCalls(PutCommand)[1].args[0].input;
        assert.strictEqual(closed.ConditionExpression, undefined);
        assert.deepStrictEqual([closed.Item!.pk, closed.Item!.rank, closed.Item!.state], ["access-analyzer#22222222-dcba-4444-dcba-333333333333", 0, "CLOSED"]);
        assert.ok((closed.Item!.expiresAt as number) >= before + 90 * 86400);
    });

    it("reads an account's directory entry once per function instance", async () => {
        await handler(guardDutyEvent({ severity: 8 }));
        await handler(guardDutyEvent({ severity: 9 }));
        assert.deepStrictEqual(db.commandCalls(GetCommand).map(c => c.args[0].input), [{ TableName: "acme-alert-state", Key: { pk: "account#123456789012" } }]);
    });

    it("refuses to run without its settings", async () => {
        delete process.env.TOPIC_ARN;
        await assert.rejects(handler(guardDutyEvent({ severity: 8 })), /environment variable TOPIC_ARN is not set/);
    });
});
