/*
 * One incident response on moto, for test/functions/responder/responder.moto.spec.ts. Runs in a child process
 * whose environment points the SDK at moto (the responder makes its clients when it loads).
 *
 *   responder-scenario.ts act|dry-run
 *
 * The audit side, in moto's default account 123456789012 (us-east-1): the alert table with the account
 * directory, the alert topic with an SQS queue subscribed to read what was published. The workload, in
 * account 111122223333 (eu-west-1), reached by AssumeRole as the responder reaches it: an instance of an
 * Auto Scaling group with an extra EBS volume attached. Then the responder handles a GuardDuty finding
 * about that instance. Prints `RESULT <json>`: the outcome, the workload's state before and after, and
 * the messages published.
 */
import { AutoScalingClient, CreateAutoScalingGroupCommand, DescribeAutoScalingGroupsCommand, DescribeAutoScalingInstancesCommand } from "@aws-sdk/client-auto-scaling";
import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
    AttachVolumeCommand, CreateLaunchTemplateCommand, CreateVolumeCommand, DescribeImagesCommand, DescribeInstancesCommand, DescribeSecurityGroupsCommand,
    DescribeSnapshotsCommand, EC2Client,
} from "@aws-sdk/client-ec2";
import { CreateTopicCommand, SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { guardDutyEvent } from "../samples";

const mode = process.argv[2];
const WORKLOAD_ACCOUNT = "111122223333";
const WORKLOAD_REGION = "eu-west-1";

/** What the responder changes, as EC2 and Auto Scaling describe it. */
interface WorkloadState {
    readonly instanceTags: [string, string][];
    readonly networkInterfaceGroups: string[];
    readonly snapshots: { volumeId: string; tags: [string, string][] }[];
    readonly inAutoScalingGroup: boolean;
    /** The group's instances: after a detach, its replacement. */
    readonly groupInstances: string[];
    readonly isolationGroup?: { ingress: number; egress: number };
}

const pairs = (tags: { Key?: string; Value?: string }[] | undefined): [string, string][] =>
    (tags ?? []).map(t => [t.Key ?? "", t.Value ?? ""] as [string, string]).sort(([a], [b]) => a.localeCompare(b));

async function main() {
    Object.assign(process.env, {
        TABLE_NAME: "acme-alert-state",
        RESPONSE_ROLE_NAME: "acme-incident-response",
        ISOLATION_GROUP_NAME: "acme-isolation",
        ACT_ON_OUS: JSON.stringify(["Sandbox", "Workloads/NonProd"]),
        FINDING_TYPES: JSON.stringify(["Backdoor:EC2/C&CActivity.B", "CryptoCurrency:EC2/BitcoinTool.B"]),
        DEDUPLICATION_DAYS: "90",
    });

    // The audit side: table (key `pk`, functions/shared/state.ts), directory entry, topic and a queue to read it.
    await new DynamoDBClient({}).send(new CreateTableCommand({
        TableName: "acme-alert-state", BillingMode: "PAY_PER_REQUEST",
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }], AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
    }));
    const account = mode === "act" ? { name: "Sandbox", ouPath: "Sandbox" } : { name: "Production", ouPath: "Workloads/Prod" };
    await DynamoDBDocumentClient.from(new DynamoDBClient({})).send(new PutCommand({ TableName: "acme-alert-state", Item: { pk: `account#${WORKLOAD_ACCOUNT}`, ...account } }));
    const sns = new SNSClient({});
    const { TopicArn: topicArn } = await sns.send(new CreateTopicCommand({ Name: "acme-security-alerts" }));
    process.env.TOPIC_ARN = topicArn;
    const sqs = new SQSClient({});
    const { QueueUrl: queueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: "alerts-inbox" }));
    const { Attributes: queue } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ["QueueArn"] }));
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: "sqs", Endpoint: queue!.QueueArn, Attributes: { RawMessageDelivery: "false" } }));

    // The workload account, as the responder reaches it.
    const { Credentials: k } = await new STSClient({}).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${WORKLOAD_ACCOUNT}:role/acme-incident-response`, RoleSessionName: "seed" }));
    const credentials = { accessKeyId: k!.AccessKeyId!, secretAccessKey: k!.SecretAccessKey!, sessionToken: k!.SessionToken };
    const ec2 = new EC2Client({ region: WORKLOAD_REGION, credentials });
    const autoScaling = new AutoScalingClient({ region: WORKLOAD_REGION, credentials });
    const { Images: images } = await ec2.send(new DescribeImagesCommand({}));
    await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: "web", LaunchTemplateData: { ImageId: images![0].ImageId, InstanceType: "t3.micro" } }));
    await autoScaling.send(new CreateAutoScalingGroupCommand({
        AutoScalingGroupName: "web", LaunchTemplate: { LaunchTemplateName: "web", Version: "$Latest" }, MinSize: 1, MaxSize: 1, DesiredCapacity: 1,
        AvailabilityZones: [`${WORKLOAD_REGION}a`],
    }));
    const { AutoScalingGroups: groups } = await autoScaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ["web"] }));
    const instanceId = groups![0].Instances![0].InstanceId!;
    const { VolumeId: extraVolume } = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${WORKLOAD_REGION}a`, Size: 20, VolumeType: "gp3" }));
    await ec2.send(new AttachVolumeCommand({ VolumeId: extraVolume, InstanceId: instanceId, Device: "/dev/sdf" }));

    const describe = async () => (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))).Reservations![0].Instances![0];
    const volumeIds = ((await describe()).BlockDeviceMappings ?? []).map(m => m.Ebs!.VolumeId!).sort();

    async function state(): Promise<WorkloadState> {
        const instance = await describe();
        const groupNames = new Map<string, string>();
        const { SecurityGroups: all } = await ec2.send(new DescribeSecurityGroupsCommand({}));
        for (const g of all ?? []) groupNames.set(g.GroupId!, g.GroupName!);
        const isolation = (all ?? []).find(g => g.GroupName === "acme-isolation");
        // By volume: `OwnerIds: ["self"]` would also list moto's AMI snapshots.
        const { Snapshots: snapshots } = await ec2.send(new DescribeSnapshotsCommand({ Filters: [{ Name: "volume-id", Values: volumeIds }] }));
        const { AutoScalingInstances: inGroup } = await autoScaling.send(new DescribeAutoScalingInstancesCommand({ InstanceIds: [instanceId] }));
        const { AutoScalingGroups: now } = await autoScaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ["web"] }));
        return {
            instanceTags: pairs(instance.Tags).filter(([key]) => key.startsWith("foundation:")),
            networkInterfaceGroups: (instance.NetworkInterfaces ?? []).flatMap(i => (i.Groups ?? []).map(g => groupNames.get(g.GroupId!) ?? g.GroupId!)).sort(),
            snapshots: (snapshots ?? []).map(s => ({ volumeId: s.VolumeId!, tags: pairs(s.Tags) })).sort((a, b) => a.volumeId.localeCompare(b.volumeId)),
            inAutoScalingGroup: (inGroup ?? []).length > 0,
            groupInstances: now![0].Instances!.map(i => i.InstanceId!),
            ...isolation && { isolationGroup: { ingress: isolation.IpPermissions?.length ?? 0, egress: isolation.IpPermissionsEgress?.length ?? 0 } },
        };
    }

    const before = await state();
    const event = guardDutyEvent({ severity: 8, type: "Backdoor:EC2/C&CActivity.B" });
    event.detail.accountId = WORKLOAD_ACCOUNT;
    event.detail.region = WORKLOAD_REGION;
    event.detail.resource.instanceDetails.instanceId = instanceId;
    // Loaded now: its clients follow AWS_ENDPOINT_URL, set for this whole process.
    const { handler } = await import("../../../functions/responder");
    const { outcome } = await handler(event);
    const after = await state();

    const { Messages: messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
    const published = (messages ?? []).map(m => JSON.parse(m.Body!)).map(body => ({ subject: body.Subject as string, message: body.Message as string }));
    process.stdout.write(`RESULT ${JSON.stringify({ outcome, instanceId, volumeIds, extraVolume, before, after, published })}\n`);
}

main().catch((error: Error) => {
    process.stderr.write(`scenario ${mode} failed: ${error.stack}\n`);
    process.exitCode = 1;
});
