import type { RecommendedSetting, RecommendedStack } from "./corpus";

/**
 * EC2 instances, launch templates and configurations, instance metadata defaults, subnets, security groups, network ACLs and AMI
 * sharing, as AWS's guides recommend them.
 */
const READ = "(read 2026-12-06)";
const AMI = "ami-0123456789abcdef0";
const SUBNET = "subnet-0123456789abcdef0";
const IMDS = `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html ${READ}`;

export const settings: RecommendedSetting[] = [
    {
        type: "aws:ec2/instance:Instance",
        title: "instance requiring IMDSv2, hop limit 2 for containers, encrypted root volume, no key pair",
        source: IMDS,
        props: {
            ami: AMI, instanceType: "t3.micro", subnetId: SUBNET, iamInstanceProfile: "ssm-managed-instance",
            metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 2 }, rootBlockDevice: { encrypted: true, volumeType: "gp3" },
        },
    },
    {
        type: "aws:ec2/instance:Instance",
        title: "instance with the metadata endpoint turned off",
        source: `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html ${READ}`,
        props: { ami: AMI, instanceType: "t3.micro", subnetId: SUBNET, metadataOptions: { httpEndpoint: "disabled" } },
    },
    {
        type: "aws:ec2/instance:Instance",
        title: "instance launched from a launch template, which holds its metadata options, block devices and network interfaces",
        source: `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/launch-instances-from-launch-template.html ${READ}`,
        props: { launchTemplate: { id: "lt-0123456789abcdef0", version: "$Latest" } },
    },
    {
        type: "aws:ec2/instance:Instance",
        title: "instance whose user data reads its database password from Secrets Manager at boot",
        source: `https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets.html ${READ}`,
        props: {
            ami: AMI, instanceType: "t3.micro", subnetId: SUBNET, metadataOptions: { httpTokens: "required" },
            userData: "#!/bin/bash\nexport DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/app/db --query SecretString --output text)\n/opt/app/start\n",
        },
    },
    {
        type: "aws:ec2/launchTemplate:LaunchTemplate",
        title: "launch template requiring IMDSv2, with an encrypted gp3 root volume and no public address",
        source: `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-launch-template.html ${READ}`,
        props: {
            name: "web", imageId: AMI, instanceType: "t3.micro",
            metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 2, instanceMetadataTags: "enabled" },
            blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 20, volumeType: "gp3", encrypted: "true", deleteOnTermination: "true" } }],
            networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: "false", subnetId: SUBNET, securityGroups: ["sg-0123456789abcdef0"] }],
        },
    },
    {
        type: "aws:ec2/launchConfiguration:LaunchConfiguration",
        title: "launch configuration requiring IMDSv2, without a public address",
        source: `https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html ${READ}`,
        props: {
            imageId: AMI, instanceType: "t3.micro", associatePublicIpAddress: false, rootBlockDevice: { encrypted: true, volumeType: "gp3" },
            metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
        },
    },
    {
        type: "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults",
        title: "account default: IMDSv2 required for new instances",
        source: IMDS,
        props: { httpTokens: "required", httpPutResponseHopLimit: 2, httpEndpoint: "enabled", instanceMetadataTags: "disabled" },
    },
    {
        type: "aws:ec2/subnet:Subnet",
        title: "private subnet (no public address on launch)",
        source: `https://docs.aws.amazon.com/vpc/latest/userguide/create-subnets.html ${READ}`,
        props: { vpcId: "vpc-0123456789abcdef0", cidrBlock: "10.0.1.0/24", availabilityZone: "us-east-1a" },
    },
    {
        type: "aws:ec2/securityGroup:SecurityGroup",
        title: "web server: HTTP and HTTPS from anywhere, SSH only from the administrators' network",
        source: `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html ${READ}`,
        props: {
            vpcId: "vpc-0123456789abcdef0", description: "web servers",
            ingress: [
                { protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] },
                { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] },
                { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["203.0.113.0/24"] },
            ],
            egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
        },
    },
    {
        type: "aws:ec2/securityGroupRule:SecurityGroupRule",
        title: "HTTPS from anywhere",
        source: `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html ${READ}`,
        props: { type: "ingress", securityGroupId: "sg-0123456789abcdef0", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
    },
    {
        type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
        title: "RDP only from the administrators' network",
        source: `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html ${READ}`,
        props: { securityGroupId: "sg-0123456789abcdef0", ipProtocol: "tcp", fromPort: 3389, toPort: 3389, cidrIpv4: "203.0.113.0/24" },
    },
    {
        type: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
        title: "default security group with no rules (CIS 5.4, EC2.2 remediation)",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2 ${READ}`,
        props: { vpcId: "vpc-0123456789abcdef0" },
    },
    {
        type: "aws:ec2/networkAcl:NetworkAcl",
        title: "network ACL for a web subnet: HTTP, HTTPS and return traffic from anywhere, SSH and RDP from the home network",
        source: `https://docs.aws.amazon.com/vpc/latest/userguide/nacl-examples.html ${READ}`,
        props: {
            vpcId: "vpc-0123456789abcdef0",
            ingress: [
                { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 80, toPort: 80, cidrBlock: "0.0.0.0/0" },
                { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" },
                { ruleNo: 120, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "192.0.2.0/24" },
                { ruleNo: 130, action: "allow", protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlock: "192.0.2.0/24" },
                { ruleNo: 140, action: "allow", protocol: "tcp", fromPort: 32768, toPort: 65535, cidrBlock: "0.0.0.0/0" },
            ],
            egress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }],
        },
    },
    {
        type: "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl",
        title: "the default network ACL narrowed to HTTPS and return traffic on ports 1024-65535, which include RDP's 3389: CIS 5.1 advises against it",
        source: `https://docs.aws.amazon.com/vpc/latest/userguide/nacl-examples.html ${READ}`,
        props: {
            defaultNetworkAclId: "acl-0123456789abcdef0",
            ingress: [
                { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" },
                { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 1024, toPort: 65535, cidrBlock: "0.0.0.0/0" },
            ],
        },
        advisory: ["ec2-network-acl-no-public-admin-ports"],
    },
    {
        type: "aws:ec2/networkAclRule:NetworkAclRule",
        title: "inbound HTTPS from anywhere",
        source: `https://docs.aws.amazon.com/vpc/latest/userguide/nacl-examples.html ${READ}`,
        props: { networkAclId: "acl-0123456789abcdef0", ruleNumber: 110, egress: false, protocol: "tcp", ruleAction: "allow", cidrBlock: "0.0.0.0/0", fromPort: 443, toPort: 443 },
    },
    {
        type: "aws:ec2/amiLaunchPermission:AmiLaunchPermission",
        title: "AMI shared with the organization",
        source: `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-explicit.html ${READ}`,
        props: { imageId: AMI, organizationArn: "arn:aws:organizations::111111111111:organization/o-exampleorgid" },
    },
    {
        type: "aws:ec2/amiLaunchPermission:AmiLaunchPermission",
        title: "AMI shared with one account",
        source: `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-explicit.html ${READ}`,
        props: { imageId: AMI, accountId: "222222222222" },
    },
    {
        type: "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess",
        title: "block public access for AMIs on",
        source: `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html ${READ}`,
        props: { state: "block-new-sharing" },
    },
];

export const stacks: RecommendedStack[] = [
    {
        title: "VPC with its default security group emptied, a flow log, a private subnet and an instance in it",
        source: `https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-best-practices.html ${READ}`,
        resources: [
            { type: "aws:ec2/vpc:Vpc", name: "main", props: { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true, enableDnsSupport: true } },
            { type: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", name: "main-default", props: { vpcId: "vpc-0123456789abcdef0" }, dependsOn: ["main"] },
            { type: "aws:ec2/flowLog:FlowLog", name: "main-flow-log", props: { vpcId: "vpc-0123456789abcdef0", trafficType: "ALL",
                logDestination: "arn:aws:logs:us-east-1:111111111111:log-group:vpc-flow-logs", iamRoleArn: "arn:aws:iam::111111111111:role/flow-logs" }, dependsOn: ["main"] },
            { type: "aws:ec2/subnet:Subnet", name: "private-a", props: { vpcId: "vpc-0123456789abcdef0", cidrBlock: "10.0.1.0/24", availabilityZone: "us-east-1a" }, dependsOn: ["main"] },
            { type: "aws:ec2/instance:Instance", name: "app", props: { ami: AMI, instanceType: "t3.micro", subnetId: SUBNET,
                metadataOptions: { httpTokens: "required" } }, dependsOn: ["private-a"] },
        ],
    },
];
