import * as assert from "assert";
import { AutoScalingClient, DescribeAutoScalingInstancesCommand, DetachInstancesCommand } from "@aws-sdk/client-auto-scaling";
import {
    CreateSecurityGroupCommand, CreateSnapshotsCommand, CreateTagsCommand, DescribeInstancesCommand, DescribeSecurityGroupsCommand,
    type DescribeInstancesCommandOutput, EC2Client, ModifyNetworkInterfaceAttributeCommand, RevokeSecurityGroupEgressCommand,
} from "@aws-sdk/client-ec2";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { handler } from "../../../functions/responder";
import { retrySettings } from "../../../functions/responder/retry";
import { clearAccountCache } from "../../../functions/shared/state";
import { guardDutyEvent } from "../samples";

const db = mockClient(DynamoDBDocumentClient);
const sns = mockClient(SNSClient);
const sts = mockClient(STSClient);
const ec2 = mockClient(EC2Client);
const autoScaling = mockClient(AutoScalingClient);

/** The published sample's instance, in account 123456789012 (Production, Workloads/Prod). */
const INSTANCE = "i-05746eb48123455e0";
const compromised = () => guardDutyEvent({ severity: 8, type: "Backdoor:EC2/C&CActivity.B" });

function instance(overrides: Record<string, unknown> = {}): DescribeInstancesCommandOutput {
    return {
        $metadata: {},
        Reservations: [{
            Instances: [{
                InstanceId: INSTANCE, VpcId: "vpc-34865123", State: { Name: "running" },
                BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeId: "vol-0aaa" } }, { DeviceName: "/dev/xvdb", Ebs: { VolumeId: "vol-0bbb" } }],
                NetworkInterfaces: [{ NetworkInterfaceId: "eni-0111", Groups: [{ GroupId: "sg-9918a123" }] }],
                Tags: [{ Key: "Name", Value: "ssh-22-open" }],
                ...overrides,
            }],
        }],
    } as DescribeInstancesCommandOutput;
}

const published = () => sns.commandCalls(PublishCommand).map(c => c.args[0].input);
const ec2Calls = () => ec2.calls().map(c => (c.args[0] as { constructor: { name: string } }).constructor.name);

describe("Incident responder (functions/responder)", () => {
    let records: Set<string>;
    beforeEach(() => {
        for (const mock of [db, sns, sts, ec2, autoScaling]) mock.reset();
        clearAccountCache();
        retrySettings.baseDelayMs = 1;
        records = new Set();
        db.on(PutCommand).callsFake(input => {
            if (records.has(input.Item.pk)) throw Object.assign(new Error("The conditional request failed"), { name: "ConditionalCheckFailedException" });
            records.add(input.Item.pk);
            return {};
        });
        db.on(DeleteCommand).callsFake(input => { records.delete(input.Key.pk); return {}; });
        db.on(GetCommand, { Key: { pk: "account#123456789012" } }).resolves({ Item: { pk: "account#123456789012", name: "Production", ouPath: "Workloads/Prod" } });
        db.on(GetCommand, { Key: { pk: "account#333333333333" } }).resolves({ Item: { pk: "account#333333333333", name: "Sandbox", ouPath: "Sandbox/Team-A" } });
        sns.on(PublishCommand).resolves({ MessageId: "m-1" });
        sts.on(AssumeRoleCommand).resolves({ Credentials: { AccessKeyId: "ASIAEXAMPLE", SecretAccessKey: "secret", SessionToken: "token", Expiration: new Date() } });
        ec2.on(DescribeInstancesCommand).resolves(instance());
        autoScaling.on(DescribeAutoScalingInstancesCommand).resolves({ AutoScalingInstances: [{ InstanceId: INSTANCE, AutoScalingGroupName: "web", AvailabilityZone: "us-east-1b", LifecycleState: "InService", HealthStatus: "HEALTHY", ProtectedFromScaleIn: false }] });
        ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
        ec2.on(CreateSecurityGroupCommand).resolves({ GroupId: "sg-0isolate" });
        ec2.on(CreateSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: "snap-0aaa" }, { SnapshotId: "snap-0bbb" }] });
        Object.assign(process.env, {
            TABLE_NAME: "acme-alert-state",
            TOPIC_ARN: "arn:aws:sns:us-east-1:222222222222:acme-security-alerts",
            RESPONSE_ROLE_NAME: "acme-incident-response",
            ISOLATION_GROUP_NAME: "acme-isolation",
            ACT_ON_OUS: JSON.stringify(["Sandbox", "Workloads/NonProd"]),
            FINDING_TYPES: JSON.stringify(["Backdoor:EC2/C&CActivity.B", "CryptoCurrency:EC2/BitcoinTool.B"]),
            DEDUPLICATION_DAYS: "90",
        });
        delete process.env.RUNBOOK_BASE_URL;
    });

    it("in an account outside the action scope, reports exactly what it would do and changes nothing", async () => {
        assert.deepStrictEqual(await handler(compromised()), { outcome: "dry-run" });
        assert.deepStrictEqual(sts.commandCalls(AssumeRoleCommand)[0].args[0].input, {
            RoleArn: "arn:aws:iam::123456789012:role/acme-incident-response", RoleSessionName: "incident-16afba5c5c43e07c9e3e5e2e544e95df", DurationSeconds: 900,
        });
        assert.deepStrictEqual(ec2Calls(), ["DescribeInstancesCommand"], "only reads in a dry-run");
        assert.deepStrictEqual(autoScaling.commandCalls(DetachInstancesCommand), []);
        const [report] = published();
        assert.strictEqual(report.Subject, "[HIGH] Production: DRY-RUN, would isolate i-05746eb48123455e0 (Backdoor:EC2/C&CActivity.B)");
        assert.strictEqual(String(report.Message).split("\n\n")[2], [
            "Production is in OU Workloads/Prod, outside the OUs the response acts in (Sandbox, Workloads/NonProd)",
            "Would:",
            "- snapshot volumes vol-0aaa, vol-0bbb",
            "- tag i-05746eb48123455e0 and the snapshots with finding 16afba5c5c43e07c9e3e5e2e544e95df",
            "- detach i-05746eb48123455e0 from Auto Scaling group web (it launches a replacement)",
            "- replace security groups sg-9918a123 of 1 network interface(s) with acme-isolation (no ingress, no egress) in vpc-34865123",
            "- never terminate or stop the instance: its memory and disks are evidence",
        ].join("\n"));
        assert.match(String(report.Message), /^Runbook: {2}docs\/runbooks\/incident-response\.md in the foundation repository$/m);
    });

    it("in an OU it acts on (or below it), snapshots, tags, detaches and isolates, and never terminates", async () => {
        const event = compromised();
        event.detail.accountId = "333333333333";
        assert.deepStrictEqual(await handler(event), { outcome: "acted" });
        assert.deepStrictEqual(ec2Calls(), [
            "DescribeInstancesCommand", "CreateSnapshotsCommand", "CreateTagsCommand", "DescribeSecurityGroupsCommand",
            "CreateSecurityGroupCommand", "RevokeSecurityGroupEgressCommand", "ModifyNetworkInterfaceAttributeCommand", "CreateTagsCommand",
        ]);
        assert.deepStrictEqual(ec2.commandCalls(CreateSnapshotsCommand)[0].args[0].input, {
            InstanceSpecification: { InstanceId: INSTANCE, ExcludeBootVolume: false },
            Description: "Evidence for GuardDuty finding 16afba5c5c43e07c9e3e5e2e544e95df",
            CopyTagsFromSource: "volume",
            TagSpecifications: [{ ResourceType: "snapshot", Tags: [{ Key: "foundation:incident-finding", Value: "16afba5c5c43e07c9e3e5e2e544e95df" }] }],
        });
        assert.deepStrictEqual(autoScaling.commandCalls(DetachInstancesCommand)[0].args[0].input, { AutoScalingGroupName: "web", InstanceIds: [INSTANCE], ShouldDecrementDesiredCapacity: false });
        assert.deepStrictEqual(ec2.commandCalls(CreateSecurityGroupCommand)[0].args[0].input.VpcId, "vpc-34865123");
        assert.deepStrictEqual(ec2.commandCalls(RevokeSecurityGroupEgressCommand)[0].args[0].input, { GroupId: "sg-0isolate", IpPermissions: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] });
        assert.deepStrictEqual(ec2.commandCalls(ModifyNetworkInterfaceAttributeCommand)[0].args[0].input, { NetworkInterfaceId: "eni-0111", Groups: ["sg-0isolate"] });
        const tags = ec2.commandCalls(CreateTagsCommand).map(c => c.args[0].input.Tags!.map(t => t.Key));
        assert.deepStrictEqual(tags, [["foundation:incident-finding"], ["foundation:isolated-at"]], "isolated is written last");
        assert.strictEqual(published()[0].Subject, "[HIGH] Sandbox: Isolated i-05746eb48123455e0 (Backdoor:EC2/C&CActivity.B)");
        assert.match(String(published()[0].Message), /^- moved 1 network interface\(s\) to acme-isolation \(sg-0isolate\)$/m);
    });

    it("reuses the VPC's isolation group when it exists", async () => {
        ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [{ GroupId: "sg-0existing", GroupName: "acme-isolation" }] });
        const event = compromised();
        event.detail.accountId = "333333333333";
        await handler(event);
        assert.deepStrictEqual(ec2.commandCalls(CreateSecurityGroupCommand), []);
        assert.deepStrictEqual(ec2.commandCalls(DescribeSecurityGroupsCommand)[0].args[0].input.Filters, [
            { Name: "group-name", Values: ["acme-isolation"] }, { Name: "vpc-id", Values: ["vpc-34865123"] },
        ]);
        assert.deepStrictEqual(ec2.commandCalls(ModifyNetworkInterfaceAttributeCommand)[0].args[0].input.Groups, ["sg-0existing"]);
    });

    it("uses the isolation group another response created in the meantime", async () => {
        ec2.on(DescribeSecurityGroupsCommand).resolvesOnce({ SecurityGroups: [] }).resolves({ SecurityGroups: [{ GroupId: "sg-0raced" }] });
        ec2.on(CreateSecurityGroupCommand).rejects(Object.assign(new Error("The security group 'acme-isolation' already exists"), { name: "InvalidGroup.Duplicate" }));
        const event = compromised();
        event.detail.accountId = "333333333333";
        assert.deepStrictEqual(await handler(event), { outcome: "acted" });
        assert.deepStrictEqual(ec2.commandCalls(ModifyNetworkInterfaceAttributeCommand)[0].args[0].input.Groups, ["sg-0raced"]);
        assert.deepStrictEqual(ec2.commandCalls(RevokeSecurityGroupEgressCommand), []);
    });

    it("does nothing to an instance an earlier response isolated, and says so", async () => {
        ec2.on(DescribeInstancesCommand).resolves(instance({ Tags: [{ Key: "foundation:isolated-at", Value: "2026-11-25T10:00:00.000Z" }] }));
        const event = compromised();
        event.detail.accountId = "333333333333";
        assert.deepStrictEqual(await handler(event), { outcome: "already-isolated" });
        assert.deepStrictEqual(ec2Calls(), ["DescribeInstancesCommand"]);
        assert.strictEqual(published()[0].Subject, "[HIGH] Sandbox: Already isolated i-05746eb48123455e0 (Backdoor:EC2/C&CActivity.B)");
    });

    it("never acts on a drill's sample finding, even in an OU it acts on", async () => {
        const event = compromised() as ReturnType<typeof compromised> & { detail: { service: { additionalInfo?: { value: string; type: string } } } };
        event.detail.accountId = "333333333333";
        // As GuardDuty writes it (ServiceAdditionalInfo { Value, Type } in the GuardDuty API).
        event.detail.service.additionalInfo = { value: "{\"sample\":true}", type: "default" };
        assert.deepStrictEqual(await handler(event), { outcome: "dry-run" });
        assert.deepStrictEqual(ec2Calls(), ["DescribeInstancesCommand"]);
        assert.match(String(published()[0].Message), /^a sample finding \(a drill\): never acted on$/m);
    });

    it("leaves an instance whose isolation failed half-way unmarked, so that the retry finishes the job", async () => {
        ec2.on(ModifyNetworkInterfaceAttributeCommand).rejectsOnce(Object.assign(new Error("You are not authorized"), { name: "UnauthorizedOperation" }));
        const event = compromised();
        event.detail.accountId = "333333333333";
        await assert.rejects(handler(event), /You are not authorized/);
        assert.deepStrictEqual(ec2.commandCalls(CreateTagsCommand).map(c => c.args[0].input.Tags!.map(t => t.Key)), [["foundation:incident-finding"]]);
        assert.deepStrictEqual([...records], []);
        assert.deepStrictEqual(await handler(event), { outcome: "acted" });
    });

    it("reports an instance that no longer exists", async () => {
        ec2.on(DescribeInstancesCommand).rejects(Object.assign(new Error("The instance ID 'i-05746eb48123455e0' does not exist"), { name: "InvalidInstanceID.NotFound" }));
        assert.deepStrictEqual(await handler(compromised()), { outcome: "instance-missing" });
        assert.match(String(published()[0].Message), /^i-05746eb48123455e0 does not exist any more \(terminated\?\)$/m);
        ec2.on(DescribeInstancesCommand).rejects(Object.assign(new Error("Invalid id: i-99999999"), { name: "InvalidInstanceID.Malformed" }));
        const sample = compromised();
        sample.detail.id = "sample-2";
        assert.deepStrictEqual(await handler(sample), { outcome: "instance-missing" });
    });

    it("retries throttled calls with backoff and then completes", async () => {
        ec2.on(DescribeInstancesCommand)
            .rejectsOnce(Object.assign(new Error("Request limit exceeded."), { name: "RequestLimitExceeded" }))
            .rejectsOnce(Object.assign(new Error("Rate exceeded"), { name: "Throttling" }))
            .resolves(instance());
        assert.deepStrictEqual(await handler(compromised()), { outcome: "dry-run" });
        assert.strictEqual(ec2.commandCalls(DescribeInstancesCommand).length, 3);
    });

    it("gives up after five throttled attempts, forgets the finding so that Lambda's retry starts over, and fails the invocation", async () => {
        ec2.on(DescribeInstancesCommand).rejects(Object.assign(new Error("Rate exceeded"), { name: "Throttling" }));
        await assert.rejects(handler(compromised()), /Rate exceeded/);
        assert.strictEqual(ec2.commandCalls(DescribeInstancesCommand).length, 5);
        assert.deepStrictEqual([...records], [], "the record is removed");
        assert.deepStrictEqual(published(), []);
    });

    it("responds once per finding: GuardDuty's later updates of it change nothing", async () => {
        await handler(compromised());
        assert.deepStrictEqual(await handler(compromised()), { outcome: "duplicate" });
        assert.strictEqual(published().length, 1);
    });

    it("reports when it cannot reach the account (no response role, as in the management account)", async () => {
        sts.on(AssumeRoleCommand).rejects(Object.assign(new Error("User is not authorized to perform: sts:AssumeRole"), { name: "AccessDenied" }));
        assert.deepStrictEqual(await handler(compromised()), { outcome: "no-access" });
        assert.match(String(published()[0].Message), /^could not assume acme-incident-response in 123456789012: User is not authorized to perform: sts:AssumeRole$/m);
    });

    it("describes the instance and its Auto Scaling membership by id, and treats a terminated instance as gone", async () => {
        await handler(compromised());
        assert.deepStrictEqual(ec2.commandCalls(DescribeInstancesCommand)[0].args[0].input, { InstanceIds: [INSTANCE] });
        assert.deepStrictEqual(autoScaling.commandCalls(DescribeAutoScalingInstancesCommand)[0].args[0].input, { InstanceIds: [INSTANCE] });
        ec2.on(DescribeInstancesCommand).resolves(instance({ State: { Name: "terminated" } }));
        const again = compromised();
        again.detail.id = "f-terminated";
        assert.deepStrictEqual(await handler(again), { outcome: "instance-missing" });
        ec2.on(DescribeInstancesCommand).resolves({ $metadata: {}, Reservations: [] });
        again.detail.id = "f-empty";
        assert.deepStrictEqual(await handler(again), { outcome: "instance-missing" });
    });

    it("retries every kind of throttling AWS reports, and nothing else", async () => {
        for (const name of ["Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException", "RequestThrottled"]) {
            ec2.reset();
            ec2.on(DescribeInstancesCommand).rejectsOnce(Object.assign(new Error("slow down"), { name })).resolves(instance());
            const event = compromised();
            event.detail.id = `f-${name}`;
            assert.deepStrictEqual(await handler(event), { outcome: "dry-run" }, name);
            assert.strictEqual(ec2.commandCalls(DescribeInstancesCommand).length, 2, name);
        }
        ec2.reset();
        ec2.on(DescribeInstancesCommand).rejects(Object.assign(new Error("boom"), { name: "InternalError" }));
        await assert.rejects(handler(compromised()), /boom/);
        assert.strictEqual(ec2.commandCalls(DescribeInstancesCommand).length, 1);
    });

    it("logs each outcome as one JSON line", async () => {
        const lines: string[] = [];
        const log = console.log;
        console.log = (line: string) => { lines.push(line); };
        try {
            await handler(compromised());
            await handler(compromised());
            await handler({});
        } finally {
            console.log = log;
        }
        const entries = lines.map(line => JSON.parse(line));
        assert.deepStrictEqual(entries.map(e => [e.outcome, e.findingId]), [["dry-run", "16afba5c5c43e07c9e3e5e2e544e95df"], ["duplicate", "16afba5c5c43e07c9e3e5e2e544e95df"], ["ignored", undefined]]);
        assert.deepStrictEqual([entries[0].accountId, entries[0].instanceId, entries[0].lines[1]], ["123456789012", INSTANCE, "Would:"]);
    });

    it("ignores findings of other types or without an instance", async () => {
        assert.deepStrictEqual(await handler(guardDutyEvent({ severity: 8 })), { outcome: "ignored" });
        assert.deepStrictEqual(await handler({ detail: { id: "x", type: "Backdoor:EC2/C&CActivity.B", accountId: "1", region: "us-east-1" } }), { outcome: "ignored" });
        assert.deepStrictEqual(await handler({}), { outcome: "ignored" });
        assert.deepStrictEqual(sts.calls(), []);
    });
});
