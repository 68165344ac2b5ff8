import type { RecommendedSetting } from "./corpus";

/** EKS clusters and managed node groups, as the EKS user guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";
const KEY = "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const BASE = { name: "apps", roleArn: "arn:aws:iam::111111111111:role/eks", version: "1.33" };
const LOGS = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

export const settings: RecommendedSetting[] = [
    {
        type: "aws:eks/cluster:Cluster",
        title: "private endpoint only, secrets encrypted with a customer managed key, every control plane log",
        source: `https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html ${READ}`,
        props: {
            ...BASE, vpcConfig: { subnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"], endpointPrivateAccess: true, endpointPublicAccess: false },
            encryptionConfig: { resources: ["secrets"], provider: { keyArn: KEY } }, enabledClusterLogTypes: LOGS,
        },
    },
    {
        type: "aws:eks/cluster:Cluster",
        title: "public endpoint restricted to the office and CI networks, private endpoint on for the nodes",
        source: `https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html ${READ}`,
        props: {
            ...BASE, vpcConfig: { subnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"], endpointPrivateAccess: true, endpointPublicAccess: true,
                publicAccessCidrs: ["203.0.113.0/24", "198.51.100.7/32"] },
            encryptionConfig: { resources: ["secrets"], provider: { keyArn: KEY } }, enabledClusterLogTypes: LOGS,
        },
    },
    {
        type: "aws:eks/cluster:Cluster",
        title: "relying on EKS's default envelope encryption of all Kubernetes API data (Kubernetes 1.28 and later), audit log on",
        source: `https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html ${READ}`,
        props: {
            ...BASE, vpcConfig: { subnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"], endpointPrivateAccess: true, endpointPublicAccess: false },
            enabledClusterLogTypes: ["audit", "authenticator"],
        },
        advisory: ["eks-cluster-hardened"],
    },
    {
        type: "aws:eks/nodeGroup:NodeGroup",
        title: "managed node group without remote access (Session Manager instead of SSH)",
        source: `https://docs.aws.amazon.com/eks/latest/userguide/create-managed-node-group.html ${READ}`,
        props: { clusterName: "apps", nodeRoleArn: "arn:aws:iam::111111111111:role/eks-nodes", subnetIds: ["subnet-0123456789abcdef0"], scalingConfig: { desiredSize: 2, maxSize: 3, minSize: 1 } },
    },
    {
        type: "aws:eks/nodeGroup:NodeGroup",
        title: "managed node group with SSH limited to a bastion's security group",
        source: `https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html ${READ}`,
        props: {
            clusterName: "apps", nodeRoleArn: "arn:aws:iam::111111111111:role/eks-nodes", subnetIds: ["subnet-0123456789abcdef0"], scalingConfig: { desiredSize: 2, maxSize: 3, minSize: 1 },
            remoteAccess: { ec2SshKey: "ops", sourceSecurityGroupIds: ["sg-0123456789abcdef0"] },
        },
        advisory: [],
    },
];
