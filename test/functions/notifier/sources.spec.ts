import * as assert from "assert";
import { alertsFromAlarm, alertsFromEvent, closedKeysFromEvent } from "../../../functions/notifier/sources";
import { accessAnalyzerEvent, guardDutyEvent, rootSignInEvent, securityHubEvent } from "../samples";

const CONTROL_ID = "arn:aws:securityhub:us-east-1:193043430472:security-control/EC2.19/finding/0f2f5c5e-8f5b-4c39-8d5c-000000000001";

describe("Notifier: reading events into alerts (functions/notifier/sources.ts)", () => {
    it("reads a GuardDuty finding completely", () => {
        assert.deepStrictEqual(alertsFromEvent(guardDutyEvent({ severity: 7 }), 7), [{
            key: "guardduty#16afba5c5c43e07c9e3e5e2e544e95df",
            source: "GuardDuty",
            runbook: "guardduty-finding",
            title: "Canary:EC2/Stateless.IntegTest",
            severity: "HIGH",
            rank: 7,
            state: "ACTIVE",
            accountId: "123456789012",
            region: "us-east-1",
            resource: "Instance i-05746eb48123455e0",
            detail: "Canary:EC2/Stateless.IntegTest",
            link: "https://console.aws.amazon.com/guardduty/home?region=us-east-1#/findings?search=id%3D16afba5c5c43e07c9e3e5e2e544e95df",
        }]);
        assert.deepStrictEqual(alertsFromEvent(guardDutyEvent({ severity: 6.9 }), 7), []);
        assert.deepStrictEqual(alertsFromEvent(guardDutyEvent({ severity: 8, archived: true }), 7), []);
        const untitled = guardDutyEvent({ severity: 8 });
        delete untitled.detail.title;
        assert.strictEqual(alertsFromEvent(untitled, 7)[0].title, "Canary:EC2/Stateless.IntegTest");
    });

    it("names the resource of each kind of GuardDuty finding", () => {
        const resourceOf = (resource: Record<string, unknown> | undefined) => {
            const event = guardDutyEvent({ severity: 8 });
            event.detail.resource = resource;
            return alertsFromEvent(event, 7)[0].resource;
        };
        assert.strictEqual(resourceOf({ resourceType: "AccessKey", accessKeyDetails: { userName: "ci-bot" } }), "AccessKey ci-bot");
        assert.strictEqual(resourceOf({ resourceType: "S3Bucket", s3BucketDetails: [{ name: "acme-data" }] }), "S3Bucket acme-data");
        assert.strictEqual(resourceOf({ resourceType: "EKSCluster", eksClusterDetails: { name: "prod" } }), "EKSCluster prod");
        assert.strictEqual(resourceOf({ resourceType: "ECSCluster", ecsClusterDetails: { name: "web" } }), "ECSCluster web");
        assert.strictEqual(resourceOf({ resourceType: "Lambda", lambdaDetails: { functionName: "api" } }), "Lambda api");
        assert.strictEqual(resourceOf({ resourceType: "RDSDBInstance", rdsDbInstanceDetails: { dbInstanceIdentifier: "db1" } }), "RDSDBInstance db1");
        assert.strictEqual(resourceOf({ resourceType: "Container" }), "Container");
        assert.strictEqual(resourceOf(undefined), "resource");
    });

    it("reads a Security Hub control finding completely, and skips what is not new, active, high enough or its own", () => {
        assert.deepStrictEqual(alertsFromEvent(securityHubEvent({ label: "CRITICAL", asControlFinding: true }), 7), [{
            key: `securityhub#${CONTROL_ID}`,
            source: "Security Hub",
            runbook: "securityhub-finding",
            title: "Security groups should not allow unrestricted access to ports with high risk",
            severity: "CRITICAL",
            rank: 9,
            state: "NEW",
            accountId: "193043430472",
            region: "us-east-1",
            resource: "AwsEc2Instance arn:aws:ec2:us-east-1:193043430472:instance/i-0c10c2c7863d1a356",
            detail: "control EC2.19",
            link: `https://console.aws.amazon.com/securityhub/home?region=us-east-1#/findings?search=Id%3D%255Coperator%255C%253AEQUALS%255C%253A${encodeURIComponent(encodeURIComponent(CONTROL_ID))}`,
        }]);
        for (const changes of [{ label: "MEDIUM" }, { label: "HIGH", workflow: "NOTIFIED" }, { label: "HIGH", recordState: "ARCHIVED" }]) {
            assert.deepStrictEqual(alertsFromEvent(securityHubEvent({ ...changes, asControlFinding: true }), 7), [], JSON.stringify(changes));
        }
        const other = securityHubEvent({ label: "HIGH", asControlFinding: true });
        const finding = other.detail.findings[0];
        delete finding.Compliance;
        delete finding.Resources;
        finding.ProductArn = "arn:aws:securityhub:us-east-1::product/aws/inspector";
        finding.GeneratorId = "arn:aws:inspector2:us-east-1:193043430472:finding/x";
        assert.deepStrictEqual([alertsFromEvent(other, 7)[0].detail, alertsFromEvent(other, 7)[0].resource], ["arn:aws:inspector2:us-east-1:193043430472:finding/x", "resource"]);
        delete finding.GeneratorId;
        assert.deepStrictEqual([alertsFromEvent(other, 7)[0].detail, alertsFromEvent(other, 7)[0].region], ["Security Hub", "us-east-1"], "region from the product ARN");
        finding.Region = "eu-west-1";
        assert.strictEqual(alertsFromEvent(other, 7)[0].region, "eu-west-1");
        assert.deepStrictEqual(alertsFromEvent({ "detail-type": "Security Hub Findings - Imported", "detail": {} }, 7), []);
    });

    it("reads an Access Analyzer finding completely, and skips closed or deleted ones", () => {
        assert.deepStrictEqual(alertsFromEvent(accessAnalyzerEvent(), 7), [{
            key: "access-analyzer#22222222-dcba-4444-dcba-333333333333",
            source: "IAM Access Analyzer",
            runbook: "access-analyzer-finding",
            title: "AWS::S3::Bucket is accessible from outside the organization by {\"AWS\":\"999988887777\"}",
            severity: "HIGH",
            rank: 7,
            state: "ACTIVE",
            accountId: "111122223333",
            region: "us-west-2",
            resource: "AWS::S3::Bucket arn:aws:s3:::my-bucket",
            detail: "actions s3:GetObject",
            link: "https://console.aws.amazon.com/access-analyzer/home?region=us-west-2#/findings",
        }]);
        assert.deepStrictEqual(alertsFromEvent(accessAnalyzerEvent({ status: "ARCHIVED" }), 7), []);
        const deleted = accessAnalyzerEvent();
        deleted.detail.isDeleted = true;
        assert.deepStrictEqual(alertsFromEvent(deleted, 7), []);
        const noActions = accessAnalyzerEvent();
        delete noActions.detail.action;
        assert.strictEqual(alertsFromEvent(noActions, 7)[0].detail, "actions ");
    });

    it("reads a root sign-in completely: success or failure, with or without MFA, and nobody else's", () => {
        assert.deepStrictEqual(alertsFromEvent(rootSignInEvent(), 7), [{
            key: "signin#324731c0-64b3-4421-b552-dfc3c27df4f6",
            source: "CloudTrail",
            runbook: "root-user-sign-in",
            title: "Root user signed in to the console WITHOUT MFA from 0.0.0.0",
            severity: "CRITICAL",
            rank: 9,
            state: "ACTIVE",
            accountId: "123456789012",
            region: "us-east-1",
            resource: "arn:aws:iam::123456789012:root",
            detail: "ConsoleLogin Success",
        }]);
        const failed = rootSignInEvent();
        failed.detail.responseElements.ConsoleLogin = "Failure";
        failed.detail.additionalEventData.MFAUsed = "Yes";
        assert.deepStrictEqual([alertsFromEvent(failed, 7)[0].title, alertsFromEvent(failed, 7)[0].detail], ["Failed root user sign-in from 0.0.0.0", "ConsoleLogin Failure"]);
        const withMfa = rootSignInEvent();
        withMfa.detail.additionalEventData.MFAUsed = "Yes";
        assert.strictEqual(alertsFromEvent(withMfa, 7)[0].title, "Root user signed in to the console with MFA from 0.0.0.0");
        const spelt = rootSignInEvent();
        spelt["detail-type"] = "AWS Console Signin via CloudTrail";
        assert.strictEqual(alertsFromEvent(spelt, 7).length, 1, "the spelling of AWS's event reference");
        const other = rootSignInEvent();
        other.detail.eventName = "GetSigninToken";
        assert.deepStrictEqual(alertsFromEvent(other, 7), []);
        assert.deepStrictEqual(alertsFromEvent(rootSignInEvent({ identityType: "AssumedRole" }), 7), []);
        const noId = rootSignInEvent();
        delete noId.detail.eventID;
        assert.deepStrictEqual(alertsFromEvent(noId, 7), []);
    });

    it("lists the findings an event closes, so that a reopened one notifies again", () => {
        assert.deepStrictEqual(closedKeysFromEvent(securityHubEvent({ label: "HIGH", asControlFinding: true, workflow: "RESOLVED" })), [`securityhub#${CONTROL_ID}`]);
        assert.deepStrictEqual(closedKeysFromEvent(securityHubEvent({ label: "HIGH", asControlFinding: true, recordState: "ARCHIVED" })), [`securityhub#${CONTROL_ID}`]);
        assert.deepStrictEqual(closedKeysFromEvent(securityHubEvent({ label: "HIGH", asControlFinding: true })), []);
        assert.deepStrictEqual(closedKeysFromEvent(securityHubEvent({ label: "HIGH", workflow: "RESOLVED" })), [], "GuardDuty's copies are not tracked");
        assert.deepStrictEqual(closedKeysFromEvent({ "detail-type": "Security Hub Findings - Imported", "detail": { findings: [{ Workflow: { Status: "RESOLVED" } }] } }), []);
        assert.deepStrictEqual(closedKeysFromEvent(accessAnalyzerEvent({ status: "RESOLVED" })), ["access-analyzer#22222222-dcba-4444-dcba-333333333333"]);
        const deleted = accessAnalyzerEvent();
        deleted.detail.isDeleted = true;
        assert.deepStrictEqual(closedKeysFromEvent(deleted), ["access-analyzer#22222222-dcba-4444-dcba-333333333333"]);
        assert.deepStrictEqual(closedKeysFromEvent(accessAnalyzerEvent()), []);
        assert.deepStrictEqual(closedKeysFromEvent(guardDutyEvent({ severity: 8 })), []);
        assert.deepStrictEqual(closedKeysFromEvent({ "detail-type": "Security Hub Findings - Imported" }), []);
    });

    it("reads a CIS alarm's message completely, and only transitions to ALARM", () => {
        const message = {
            AlarmName: "acme-cis-vpc-changes", AlarmDescription: "CIS 4.14 (Security Hub CloudWatch.14): VPC changes", AWSAccountId: "111111111111",
            NewStateValue: "ALARM", NewStateReason: "Threshold Crossed", StateChangeTime: "2026-11-25T10:00:00.000+0000", Region: "EU (Ireland)",
            AlarmArn: "arn:aws:cloudwatch:eu-west-1:111111111111:alarm:acme-cis-vpc-changes", Trigger: { MetricName: "VPCChanges", Namespace: "LogMetrics" },
        };
        assert.deepStrictEqual(alertsFromAlarm(message, name => `runbook-of-${name}`), [{
            key: "alarm#acme-cis-vpc-changes#2026-11-25T10:00:00.000+0000",
            source: "CIS alarm",
            runbook: "runbook-of-acme-cis-vpc-changes",
            title: "CIS 4.14 (Security Hub CloudWatch.14): VPC changes",
            severity: "HIGH",
            rank: 7,
            state: "ALARM",
            accountId: "111111111111",
            region: "eu-west-1",
            resource: "the organization trail's log group (metric LogMetrics/VPCChanges)",
            detail: "Threshold Crossed",
            link: "https://console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:alarm/acme-cis-vpc-changes",
        }]);
        assert.deepStrictEqual(alertsFromAlarm({ ...message, NewStateValue: "OK" }, () => "x"), []);
        assert.deepStrictEqual(alertsFromAlarm({ ...message, AlarmName: undefined }, () => "x"), []);
        const bare = alertsFromAlarm({ AlarmName: "a", NewStateValue: "ALARM", Region: "us-east-1" }, () => "x")[0];
        assert.deepStrictEqual([bare.title, bare.region, bare.detail], ["a", "us-east-1", ""]);
    });
});
