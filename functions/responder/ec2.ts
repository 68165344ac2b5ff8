import { AutoScalingClient, DescribeAutoScalingInstancesCommand, DetachInstancesCommand } from "@aws-sdk/client-auto-scaling";
import {
    CreateSecurityGroupCommand, CreateSnapshotsCommand, CreateTagsCommand, DescribeInstancesCommand, DescribeSecurityGroupsCommand,
    EC2Client, ModifyNetworkInterfaceAttributeCommand, RevokeSecurityGroupEgressCommand,
} from "@aws-sdk/client-ec2";
import type { InstanceFacts } from "./plan";
import { withRetry } from "./retry";

/** Tags the responder writes: the finding that caused the response, and when isolation happened. */
export const FINDING_TAG = "foundation:incident-finding";
export const ISOLATED_TAG = "foundation:isolated-at";

export interface AccountClients {
    readonly ec2: EC2Client;
    readonly autoScaling: AutoScalingClient;
}

/** The instance as EC2 describes it; undefined when it no longer exists. */
export async function describeInstance(clients: AccountClients, instanceId: string): Promise<InstanceFacts | undefined> {
    let reservations;
    try {
        ({ Reservations: reservations } = await withRetry("DescribeInstances", () => clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))));
    } catch (error) {
        // Sample findings of a drill name instances that do not exist (and whose ids are malformed).
        if (["InvalidInstanceID.NotFound", "InvalidInstanceID.Malformed"].includes(String((error as { name?: string }).name))) return undefined;
        throw error;
    }
    const instance = reservations?.[0]?.Instances?.[0];
    if (!instance || instance.State?.Name === "terminated") return undefined;
    const { AutoScalingInstances: asg } = await withRetry("DescribeAutoScalingInstances", () =>
        clients.autoScaling.send(new DescribeAutoScalingInstancesCommand({ InstanceIds: [instanceId] })));
    const interfaces = instance.NetworkInterfaces ?? [];
    return {
        instanceId,
        ...instance.VpcId && { vpcId: instance.VpcId },
        volumeIds: (instance.BlockDeviceMappings ?? []).flatMap(m => (m.Ebs?.VolumeId ? [m.Ebs.VolumeId] : [])),
        networkInterfaceIds: interfaces.flatMap(i => (i.NetworkInterfaceId ? [i.NetworkInterfaceId] : [])),
        securityGroupIds: [...new Set(interfaces.flatMap(i => (i.Groups ?? []).flatMap(g => (g.GroupId ? [g.GroupId] : []))))],
        ...asg?.[0]?.AutoScalingGroupName && { autoScalingGroup: asg[0].AutoScalingGroupName },
        isolated: (instance.Tags ?? []).some(t => t.Key === ISOLATED_TAG),
    };
}

/** Carries out the plan: snapshot, tag, detach, isolate. Returns what was done, step by step. */
export async function isolate(clients: AccountClients, facts: InstanceFacts, findingId: string, isolationGroupName: string, now: Date): Promise<string[]> {
    const done: string[] = [];
    const findingTag = { Key: FINDING_TAG, Value: findingId };
    const snapshots = await withRetry("CreateSnapshots", () => clients.ec2.send(new CreateSnapshotsCommand({
        InstanceSpecification: { InstanceId: facts.instanceId, ExcludeBootVolume: false },
        Description: `Evidence for GuardDuty finding ${findingId}`,
        CopyTagsFromSource: "volume",
        TagSpecifications: [{ ResourceType: "snapshot", Tags: [findingTag] }],
    })));
    done.push(`snapshots ${(snapshots.Snapshots ?? []).map(s => s.SnapshotId).join(", ") || "(none: no volumes)"} started`);
    await withRetry("CreateTags", () => clients.ec2.send(new CreateTagsCommand({ Resources: [facts.instanceId], Tags: [findingTag] })));
    done.push(`tagged ${facts.instanceId} ${FINDING_TAG}=${findingId}`);
    if (facts.autoScalingGroup) {
        await withRetry("DetachInstances", () => clients.autoScaling.send(new DetachInstancesCommand({
            AutoScalingGroupName: facts.autoScalingGroup, InstanceIds: [facts.instanceId], ShouldDecrementDesiredCapacity: false,
        })));
        done.push(`detached from Auto Scaling group ${facts.autoScalingGroup}`);
    }
    const groupId = await isolationGroup(clients, facts.vpcId, isolationGroupName, findingTag);
    for (const networkInterfaceId of facts.networkInterfaceIds) {
        await withRetry("ModifyNetworkInterfaceAttribute", () => clients.ec2.send(new ModifyNetworkInterfaceAttributeCommand({ NetworkInterfaceId: networkInterfaceId, Groups: [groupId] })));
    }
    done.push(`moved ${facts.networkInterfaceIds.length} network interface(s) to ${isolationGroupName} (${groupId})`);
    // Last: a retry after a failure above must find the instance not yet isolated and finish the job.
    await withRetry("CreateTags", () => clients.ec2.send(new CreateTagsCommand({ Resources: [facts.instanceId], Tags: [{ Key: ISOLATED_TAG, Value: now.toISOString() }] })));
    return done;
}

/** The VPC's isolation group: found by name, or created with its default allow-all egress removed. */
async function isolationGroup(clients: AccountClients, vpcId: string | undefined, name: string, tag: { Key: string; Value: string }): Promise<string> {
    const found = await findGroup(clients, vpcId, name);
    if (found) return found;
    let groupId: string | undefined;
    try {
        ({ GroupId: groupId } = await withRetry("CreateSecurityGroup", () => clients.ec2.send(new CreateSecurityGroupCommand({
            GroupName: name, Description: "Isolates instances under investigation: no ingress, no egress", VpcId: vpcId,
            TagSpecifications: [{ ResourceType: "security-group", Tags: [tag] }],
        }))));
    } catch (error) {
        // Another response created it in the meantime (or an earlier attempt did, then failed).
        if ((error as { name?: string }).name !== "InvalidGroup.Duplicate") throw error;
        const existing = await findGroup(clients, vpcId, name);
        if (existing) return existing;
        throw error;
    }
    if (!groupId) throw new Error(`EC2 created security group ${name} without returning its id`);
    await withRetry("RevokeSecurityGroupEgress", () => clients.ec2.send(new RevokeSecurityGroupEgressCommand({
        GroupId: groupId, IpPermissions: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
    })));
    return groupId;
}

async function findGroup(clients: AccountClients, vpcId: string | undefined, name: string): Promise<string | undefined> {
    const { SecurityGroups: groups } = await withRetry("DescribeSecurityGroups", () => clients.ec2.send(new DescribeSecurityGroupsCommand({
        Filters: [{ Name: "group-name", Values: [name] }, ...vpcId ? [{ Name: "vpc-id", Values: [vpcId] }] : []],
    })));
    return groups?.[0]?.GroupId;
}
