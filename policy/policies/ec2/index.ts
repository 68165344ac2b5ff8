import { definition as ec2AmiNotPublic } from "./ec2-ami-not-public";
import { definition as ec2BlockPublicSharing } from "./ec2-block-public-sharing";
import { definition as ec2DefaultSecurityGroupClosed } from "./ec2-default-security-group-closed";
import { definition as ec2Imdsv2Required } from "./ec2-imdsv2-required";
import { definition as ec2InstanceNoPublicIpFromSubnet } from "./ec2-instance-no-public-ip-from-subnet";
import { definition as ec2NetworkAclNoPublicAdminPorts } from "./ec2-network-acl-no-public-admin-ports";
import { definition as ec2NoPublicAdminPorts } from "./ec2-no-public-admin-ports";
import { definition as ec2NoPublicHighRiskPorts } from "./ec2-no-public-high-risk-ports";
import { definition as ec2NoPublicIp } from "./ec2-no-public-ip";
import { definition as ec2NoSecretsInUserData } from "./ec2-no-secrets-in-user-data";
import { definition as ec2NoSshKeyPair } from "./ec2-no-ssh-key-pair";
import { definition as ec2VpcDefaultSecurityGroupClosed } from "./ec2-vpc-default-security-group-closed";
import { definition as ec2VpcFlowLogs } from "./ec2-vpc-flow-logs";

/** The ec2 policies: resource policies, then stack policies. */
export const resourcePolicies = [
    ec2AmiNotPublic,
    ec2BlockPublicSharing,
    ec2DefaultSecurityGroupClosed,
    ec2Imdsv2Required,
    ec2NetworkAclNoPublicAdminPorts,
    ec2NoPublicAdminPorts,
    ec2NoPublicHighRiskPorts,
    ec2NoPublicIp,
    ec2NoSecretsInUserData,
    ec2NoSshKeyPair,
] as const;
export const stackPolicies = [ec2InstanceNoPublicIpFromSubnet, ec2VpcDefaultSecurityGroupClosed, ec2VpcFlowLogs] as const;
