import { UNKNOWN, asList, asRecord, asString, defineResourcePolicy } from "../../lib";

export const NODE_GROUP = "aws:eks/nodeGroup:NodeGroup";

/**
 * remoteAccess with an SSH key and no source security groups opens port 22 (3389 on Windows) of every node to 0.0.0.0/0:
 * the RemoteAccessConfig API reference says so (https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html,
 * read 2026-12-06), as does @pulumi/aws's NodeGroupRemoteAccess.
 */
function checkNodeGroup(props: Record<string, unknown>): string[] {
    const remote = asRecord(props["remoteAccess"]);
    if (remote === undefined || remote === UNKNOWN) return [];
    const key = asString(remote["ec2SshKey"]);
    if (typeof key !== "string" || key.trim() === "") return [];
    const sources = asList(remote["sourceSecurityGroupIds"]);
    if (sources === UNKNOWN || (Array.isArray(sources) && sources.length > 0)) return [];
    return [`remoteAccess.ec2SshKey ${JSON.stringify(key)} is set without remoteAccess.sourceSecurityGroupIds (foundation least-privilege): EKS then opens port 22 ` +
        "(3389 for Windows) of every node to the whole internet (0.0.0.0/0); list the security groups allowed to connect, or drop remoteAccess and use SSM Session Manager"];
}

export const definition = defineResourcePolicy({
    name: "eks-node-group-remote-access-restricted",
    description: "EKS managed node groups with an SSH key limit remote access to named security groups, so their nodes are not open to the internet.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { foundation: ["least-privilege"] },
    checks: { [NODE_GROUP]: checkNodeGroup },
});
