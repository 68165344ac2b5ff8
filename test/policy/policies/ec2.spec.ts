/** policy/policies/ec2/: ec2-ami-not-public, ec2-block-public-sharing, ec2-default-security-group-closed, ec2-imdsv2-required,
 *  ec2-instance-no-public-ip-from-subnet, ec2-network-acl-no-public-admin-ports, ec2-no-public-admin-ports, ec2-no-public-high-risk-ports, ec2-no-public-ip,
 *  ec2-no-secrets-in-user-data, ec2-no-ssh-key-pair, ec2-vpc-default-security-group-closed, ec2-vpc-flow-logs. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as ebs } from "../../../policy/policies/ebs/ebs-encryption-enabled";
import { definition as ami } from "../../../policy/policies/ec2/ec2-ami-not-public";
import { definition as sharing } from "../../../policy/policies/ec2/ec2-block-public-sharing";
import { definition as defaultSg } from "../../../policy/policies/ec2/ec2-default-security-group-closed";
import { definition as imds } from "../../../policy/policies/ec2/ec2-imdsv2-required";
import { definition as fromSubnet } from "../../../policy/policies/ec2/ec2-instance-no-public-ip-from-subnet";
import { definition as nacl } from "../../../policy/policies/ec2/ec2-network-acl-no-public-admin-ports";
import { definition as adminPorts } from "../../../policy/policies/ec2/ec2-no-public-admin-ports";
import { definition as highRiskPorts } from "../../../policy/policies/ec2/ec2-no-public-high-risk-ports";
import { definition as publicIp } from "../../../policy/policies/ec2/ec2-no-public-ip";
import { definition as userData } from "../../../policy/policies/ec2/ec2-no-secrets-in-user-data";
import { definition as keyPair } from "../../../policy/policies/ec2/ec2-no-ssh-key-pair";
import { definition as defaultGroup } from "../../../policy/policies/ec2/ec2-vpc-default-security-group-closed";
import { definition as flowLogs } from "../../../policy/policies/ec2/ec2-vpc-flow-logs";
import { Props, happy } from "../factories";
import { FAKE, stackResource } from "../samples";
import { configTable, titledTable, typedTable } from "../tables";

const INSTANCE = "aws:ec2/instance:Instance";
const TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";
const base64 = (text: string) => Buffer.from(text).toString("base64");

const WHY = "with IMDSv1 a server-side request forgery in any application on the instance can read its role's credentials";
titledTable("policy ec2-imdsv2-required: an instance launched from a launch template is judged by the template", imds, INSTANCE, [
    ["template, no metadata options of its own", { metadataOptions: undefined, launchTemplate: { id: "lt-0123456789abcdef0", version: "$Latest" } }, []],
    ["template not known yet", { metadataOptions: undefined, launchTemplate: UNKNOWN }, []],
    ["template, but options of its own that override it with optional tokens", { metadataOptions: { httpTokens: "optional" }, launchTemplate: { name: "web" } },
        [`metadataOptions.httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got "optional": ${WHY}`]],
    ["no template and no options: the AMI or account default decides", { metadataOptions: undefined, launchTemplate: null },
        [`metadataOptions.httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got not set (the AMI or account default applies, often optional): ${WHY}`]],
]);

const IP_WHY = "the instance is reachable from the internet as soon as a security group rule allows it; reach it through a load balancer, NAT or SSM instead";
titledTable("policy ec2-no-public-ip on launch configurations (AutoScaling.5)", publicIp, CONFIGURATION, [
    ["no public address", {}, []],
    ["associatePublicIpAddress false", { associatePublicIpAddress: false }, []],
    ["associatePublicIpAddress true", { associatePublicIpAddress: true },
        [`associatePublicIpAddress must not be true (FSBP AutoScaling.5): every instance the Auto Scaling group launches gets a public address; ${IP_WHY}`]],
    ['associatePublicIpAddress "true"', { associatePublicIpAddress: "true" },
        [`associatePublicIpAddress must not be true (FSBP AutoScaling.5): every instance the Auto Scaling group launches gets a public address; ${IP_WHY}`]],
    ["unknown", { associatePublicIpAddress: UNKNOWN }, []],
]);

describe("policy ec2-no-secrets-in-user-data: secrets by name", () => {
    const FIX = "user data is readable by anyone who can describe the instance and is kept in the Pulumi state; " +
        "give the instance a role and read the secret from Secrets Manager or SSM Parameter Store at boot";
    const sets = (property: string, name: string) => `${property} sets ${name} to a value written out in plain text (foundation no-keys): ${FIX}`;
    const script = (...lines: string[]) => ["#!/bin/bash", ...lines, "/opt/app/start"].join("\n");
    const cases: Array<[string, string, Props, string[]]> = [
        ["instance: a password exported in userData", INSTANCE, { userData: script("export DB_PASSWORD=hunter22") }, [sets("userData", "DB_PASSWORD")]],
        ["instance: a password read from Secrets Manager at boot", INSTANCE,
            { userData: script("export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)") }, []],
        ["instance: the secret's ARN, not the secret", INSTANCE, { userData: script("export DB_PASSWORD_ARN=arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf") }, []],
        ["instance: userDataBase64 with a cloud-init password", INSTANCE, { userDataBase64: base64("#cloud-config\nusers:\n  - name: app\n    password: changeme\n") },
            [sets("userDataBase64", "password")]],
        ["launch template: base64 user data with a token", TEMPLATE, { userData: base64(script("export NPM_TOKEN=npm-0123456789abcdef")) }, [sets("userData", "NPM_TOKEN")]],
        ["launch template: a password in a URL", TEMPLATE, { userData: base64(script("export DATABASE_URL=postgres://app:hunter22@db.internal/orders")) },
            [`userData contains a password in a URL (foundation no-keys): ${FIX}`]],
        ["launch configuration: a password in userData", CONFIGURATION, { userData: script("echo 'ADMIN_PASSWORD=Winter2026!' > /etc/app.env") }, [sets("userData", "ADMIN_PASSWORD")]],
        ["launch configuration: a key id in userDataBase64", CONFIGURATION, { userDataBase64: base64(script("export AWS_ACCESS_KEY_ID=" + "AKIA" + "IOSFODNN7EXAMPLE")) },
            [`userDataBase64 contains an AWS access key id (foundation no-keys): ${FIX}`]],
        ["launch configuration: user data unknown", CONFIGURATION, { userData: UNKNOWN, userDataBase64: UNKNOWN }, []],
    ];
    for (const [title, type, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(userData.check(type, { ...happy[type]!(), ...change }), expected));
    }
});

/** checkov tests/terraform/checks/resource/aws/example_EC2Credentials, LaunchConfigurationEBSEncryption, AutoScalingGroupWithPublicAccess (inputs only). */
describe("checkov's cases for instances, launch templates and launch configurations", () => {
    const checkovScript = (keyId: string, secret: string) => ["#! /bin/bash", "sudo apt-get update", "sudo apt-get install -y apache2", "export AWS_ACCESS_KEY_ID",
        `export AWS_ACCESS_KEY_ID=${keyId}`, `export AWS_SECRET_ACCESS_KEY=${secret}`, "export AWS_DEFAULT_REGION=us-west-2",
        'echo "<h1>Deployed via Terraform</h1>" | sudo tee /var/www/html/index.html'].join("\n");
    const REAL = checkovScript("AKIA" + "IOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY");
    const mandatory = (type: string, props: Props) => [imds, userData, ebs].flatMap((d) => d.check(type, { ...happy[type]!(), ...props }));

    it("EC2Credentials: the failing instance, template and configuration are flagged; the passing placeholders (FOO, bar) are not", () => {
        assert.strictEqual(userData.check(INSTANCE, { ...happy[INSTANCE]!(), userData: REAL }).length, 2);
        assert.strictEqual(userData.check(TEMPLATE, { ...happy[TEMPLATE]!(), userData: base64(REAL) }).length, 2);
        assert.strictEqual(userData.check(CONFIGURATION, { ...happy[CONFIGURATION]!(), userData: REAL }).length, 2);
        assert.deepStrictEqual(userData.check(INSTANCE, { ...happy[INSTANCE]!(), userData: checkovScript("FOO", "bar") }), []);
    });

    it("LaunchConfigurationEBSEncryption: explicit false is flagged; encrypted, snapshot-based or unset devices get no mandatory finding", () => {
        assert.strictEqual(ebs.check(INSTANCE, { ...happy[INSTANCE]!(), rootBlockDevice: { encrypted: false } }).length, 1);
        assert.strictEqual(ebs.check(INSTANCE, { ...happy[INSTANCE]!(), rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/xvdb", encrypted: false }] }).length, 1);
        assert.strictEqual(ebs.check(CONFIGURATION, { ...happy[CONFIGURATION]!(), rootBlockDevice: { encrypted: false } }).length, 1);
        assert.deepStrictEqual(mandatory(INSTANCE, { rootBlockDevice: { volumeType: "gp2", volumeSize: 20, snapshotId: "snap-1234" } }), []);
        assert.deepStrictEqual(mandatory(CONFIGURATION, { associatePublicIpAddress: false, rootBlockDevice: { encrypted: true },
            ephemeralBlockDevices: [{ deviceName: "somedisk", virtualName: "fred" }], metadataOptions: { httpEndpoint: "enabled", httpTokens: "required" } }), []);
    });

    it("AutoScalingGroupWithPublicAccess: the launch configuration with a public address is flagged (advisory), the one without is not", () => {
        assert.strictEqual(publicIp.check(CONFIGURATION, { imageId: "ami-0c55b24b055c14ff6", instanceType: "t2.micro", associatePublicIpAddress: true }).length, 1);
        assert.deepStrictEqual(publicIp.check(CONFIGURATION, { imageId: "ami-0c55b24b055c14ff6", instanceType: "t2.micro", associatePublicIpAddress: false }), []);
    });
});

describe("policy ec2-vpc-default-security-group-closed (stack)", () => {
    const VPC = "aws:ec2/vpc:Vpc";
    const GROUP = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    const OPEN = "no ec2.DefaultSecurityGroup closes this VPC's default security group (CIS 5.4, FSBP EC2.2): it keeps AWS's default rules, all traffic " +
        "between its members and all outbound traffic, and anything launched without a security group lands in it; add an ec2.DefaultSecurityGroup " +
        "with this VPC's id and no ingress or egress rules";
    const vpc = stackResource(VPC, "main", { cidrBlock: "10.0.0.0/16" });
    it("a VPC whose default group nobody manages is reported on the VPC", () => {
        assert.deepStrictEqual(defaultGroup.check([vpc]), [{ urn: vpc.urn, message: OPEN }]);
        const adopted = stackResource("aws:ec2/defaultVpc:DefaultVpc", "default", {});
        assert.deepStrictEqual(defaultGroup.check([adopted]), [{ urn: adopted.urn, message: OPEN }]);
    });
    it("a managed default group for it (by dependency, by property dependency) closes it; one for another VPC does not", () => {
        assert.deepStrictEqual(defaultGroup.check([vpc, stackResource(GROUP, "main-default", { vpcId: UNKNOWN }, [vpc.urn])]), []);
        const other = stackResource(VPC, "other", {});
        assert.deepStrictEqual(defaultGroup.check([vpc, other, stackResource(GROUP, "other-default", { vpcId: UNKNOWN }, [vpc.urn, other.urn], { vpcId: [other.urn] })]),
            [{ urn: vpc.urn, message: OPEN }]);
    });
    it("a managed group that keeps rules is left to ec2-default-security-group-closed", () => {
        assert.deepStrictEqual(defaultGroup.check([vpc, stackResource(GROUP, "g", { vpcId: UNKNOWN, ingress: [{ protocol: "-1", self: true, fromPort: 0, toPort: 0 }] }, [vpc.urn])]), []);
    });
    it("exemptions apply to the VPC", () => {
        assert.deepStrictEqual(defaultGroup.check([vpc], { exemptions: [{ match: "main", justification: "sandbox VPC, no instances (SEC-7)" }] }), []);
    });
});

describe("policy ec2-instance-no-public-ip-from-subnet (stack)", () => {
    const SUBNET = "aws:ec2/subnet:Subnet";
    const WHY = "it is reachable from the internet as soon as a security group rule allows it";
    const publicSubnet = stackResource(SUBNET, "public-a", { vpcId: "vpc-1", cidrBlock: "10.0.0.0/24", mapPublicIpOnLaunch: true });
    const privateSubnet = stackResource(SUBNET, "private-a", { vpcId: "vpc-1", cidrBlock: "10.0.1.0/24" });
    const instance = (props: Record<string, unknown>, deps: string[], byProperty?: Record<string, string[]>) =>
        stackResource(INSTANCE, "web", { ami: "ami-1", instanceType: "t4g.micro", subnetId: UNKNOWN, ...props }, deps, byProperty);
    const FROM = (subnet: string, where = "") => `the instance gets a public IPv4 address from subnet "${subnet}", whose mapPublicIpOnLaunch is true (FSBP EC2.9): ${WHY}; ` +
        `set associatePublicIpAddress to false${where}, or launch it in a private subnet`;

    it("an instance that leaves the choice to a public subnet is reported; one that says false, or in a private subnet, is not", () => {
        const web = instance({}, [publicSubnet.urn], { subnetId: [publicSubnet.urn] });
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, web]), [{ urn: web.urn, message: FROM("public-a") }]);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, instance({ associatePublicIpAddress: false }, [publicSubnet.urn])]), []);
        assert.deepStrictEqual(fromSubnet.check([privateSubnet, instance({}, [privateSubnet.urn])]), []);
    });
    it("explicit true is ec2-no-public-ip's; unknown choices, an attached interface and subnets outside the stack are not guessed at", () => {
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, instance({ associatePublicIpAddress: true }, [publicSubnet.urn])]), []);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, instance({ associatePublicIpAddress: UNKNOWN }, [publicSubnet.urn])]), []);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, instance({ primaryNetworkInterface: { networkInterfaceId: "eni-1" } }, [publicSubnet.urn])]), []);
        assert.deepStrictEqual(fromSubnet.check([instance({ subnetId: "subnet-0123456789abcdef0" }, [])]), []);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, instance({}, [publicSubnet.urn], { subnetId: [] })]), []);
    });
    it("judges the launch template an instance uses: its interface's choice, and its interface's subnet", () => {
        const template = (nic: Record<string, unknown> | undefined, deps: string[] = []) =>
            stackResource(TEMPLATE, "web-template", { name: "web", imageId: "ami-1", ...(nic !== undefined && { networkInterfaces: [nic] }) }, deps);
        const quiet = template({ deviceIndex: 0, subnetId: UNKNOWN }, [publicSubnet.urn]);
        const fromTemplate = instance({ subnetId: undefined, launchTemplate: { name: "web" } }, []);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, quiet, fromTemplate]), [{ urn: fromTemplate.urn, message: FROM("public-a", " (in its launch template's network interface)") }]);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, template({ deviceIndex: 0, associatePublicIpAddress: "false", subnetId: UNKNOWN }, [publicSubnet.urn]), fromTemplate]), []);
        const inSubnet = instance({ launchTemplate: { name: "web" } }, [publicSubnet.urn]);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, template(undefined), inSubnet]), [{ urn: inSubnet.urn, message: FROM("public-a", " (in its launch template's network interface)") }]);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, inSubnet]), [], "template outside the stack");
    });
    it("judges an Auto Scaling group with its launch configuration or template and its subnets", () => {
        const GROUP = "aws:autoscaling/group:Group";
        const configuration = (props: Record<string, unknown>) => stackResource(CONFIGURATION, "web-lc", { name: "web-lc", imageId: "ami-1", instanceType: "t4g.micro", ...props });
        const group = stackResource(GROUP, "web-asg", { minSize: 1, maxSize: 2, launchConfiguration: "web-lc", vpcZoneIdentifiers: [UNKNOWN, UNKNOWN] }, [publicSubnet.urn, privateSubnet.urn]);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, privateSubnet, configuration({}), group]), [{ urn: group.urn, message:
            `the group's instances get public IPv4 addresses from subnet "public-a", whose mapPublicIpOnLaunch is true (FSBP EC2.9): ${WHY}; ` +
            "set associatePublicIpAddress to false in its launch configuration, or use private subnets" }]);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, configuration({ associatePublicIpAddress: false }), group]), []);
        const byTemplate = stackResource(GROUP, "web-asg", { minSize: 1, maxSize: 2, launchTemplate: { id: UNKNOWN }, vpcZoneIdentifiers: [UNKNOWN] }, [publicSubnet.urn],
            { launchTemplate: ["urn:pulumi:prod::app::aws:ec2/launchTemplate:LaunchTemplate::t"], vpcZoneIdentifiers: [publicSubnet.urn] });
        const template = stackResource(TEMPLATE, "t", { imageId: "ami-1" });
        assert.strictEqual(fromSubnet.check([publicSubnet, template, byTemplate]).length, 1);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, byTemplate]), [], "template outside the stack");
    });
});

configTable(publicIp, "aws:ec2/instance:Instance", [
    ["no public address", {}, []],
    ["a public address", { associatePublicIpAddress: true }, [`associatePublicIpAddress must not be true (FSBP EC2.9): ${IP_WHY}`]],
]);
configTable(publicIp, "aws:ec2/subnet:Subnet", [
    ["private", {}, []],
    ["public on launch", { mapPublicIpOnLaunch: true },
        ["mapPublicIpOnLaunch must not be true (FSBP EC2.15): every instance launched in the subnet gets a public address; assign one only where it is needed"]],
]);
configTable(publicIp, "aws:ec2/launchTemplate:LaunchTemplate", [
    ['a second interface with "true"', { networkInterfaces: [{ deviceIndex: 0 }, { deviceIndex: 1, associatePublicIpAddress: "true" }] },
        [`networkInterfaces[1].associatePublicIpAddress must not be "true" (FSBP EC2.25): ${IP_WHY}`]],
    ["interfaces unknown", { networkInterfaces: UNKNOWN }, []],
]);

const CLOSED = (direction: string) => `${direction} must be empty (CIS 5.4, FSBP EC2.2): anything launched without a security group lands in the default group and gets this traffic; ` +
    "create purpose-built security groups and leave the default one closed";
configTable(defaultSg, "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", [
    ["no rules", {}, []],
    ["empty lists", { ingress: [], egress: [] }, []],
    ["self ingress and all egress (AWS's defaults, written out)", { ingress: [{ protocol: "-1", self: true, fromPort: 0, toPort: 0 }], egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] },
        [CLOSED("ingress"), CLOSED("egress")]],
    ["rules unknown", { ingress: UNKNOWN }, []],
]);
it("policy ec2-default-security-group-closed remediates by removing every rule", () => {
    assert.deepStrictEqual(defaultSg.remediate("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", { vpcId: "v", ingress: [{ protocol: "-1" }] }), { vpcId: "v", ingress: [], egress: [] });
});

const NACL = (where: string, cidrs: string, ports: string) => `${where} allows ${cidrs} to reach port ${ports} (CIS 5.1, Security Hub EC2.21): the subnet's second line ` +
    "of defense lets remote administration in from anywhere; allow those ports only from your networks";
configTable(nacl, "aws:ec2/networkAcl:NetworkAcl", [
    ["HTTPS from the world, SSH from 10/8", {}, []],
    ["all traffic from the world (what a default ACL allows)", { ingress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }] },
        [NACL("ingress[0]", "0.0.0.0/0", "22 and 3389")]],
    ["a deny rule is not a finding", { ingress: [{ ruleNo: 90, action: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" }] }, []],
    ["protocol 6 from ::/0", { ingress: [{ ruleNo: 100, action: "allow", protocol: "6", fromPort: 3389, toPort: 3389, ipv6CidrBlock: "::/0" }] }, [NACL("ingress[0]", "::/0", "3389")]],
]);
configTable(nacl, "aws:ec2/networkAclRule:NetworkAclRule", [
    ["HTTPS from the world", {}, []],
    ["SSH from the world", { fromPort: 22, toPort: 22 }, [NACL("this rule", "0.0.0.0/0", "22")]],
    ["an egress rule", { egress: true, fromPort: 22, toPort: 22 }, []],
    ["egress unknown", { egress: UNKNOWN, fromPort: 22, toPort: 22 }, []],
]);

describe("policy ec2-ami-not-public", () => {
    const T = "aws:ec2/amiLaunchPermission:AmiLaunchPermission";
    it("sharing with an account or organization passes; group all is reported", () => {
        assert.deepStrictEqual(ami.check(T, happy[T]!()), []);
        assert.deepStrictEqual(ami.check(T, { imageId: "ami-1", accountId: "222222222222" }), []);
        assert.deepStrictEqual(ami.check(T, { imageId: "ami-1", group: "All" }), [
            'group must not be "all" (foundation least-privilege): the AMI becomes public, and anyone can launch it and read every file in it, ' +
                "secrets baked into the image included; share it with an accountId, organizationArn or organizationalUnitArn instead",
        ]);
        assert.deepStrictEqual(ami.check(T, { imageId: "ami-1", group: UNKNOWN }), []);
    });
});

describe("policy ec2-vpc-flow-logs", () => {
    const vpc = stackResource("aws:ec2/vpc:Vpc", "main", { cidrBlock: "10.0.0.0/16" });
    it("a VPC with a flow log passes, one without is reported", () => {
        assert.deepStrictEqual(flowLogs.check([vpc, stackResource("aws:ec2/flowLog:FlowLog", "f", { vpcId: UNKNOWN, trafficType: "ALL" }, [vpc.urn])]), []);
        assert.deepStrictEqual(flowLogs.check([vpc]), [{ urn: vpc.urn, message: "no ec2.FlowLog records this VPC's traffic (FSBP EC2.6): an investigation cannot tell " +
            'which addresses talked to what; add a flow log with trafficType "REJECT" or "ALL" to CloudWatch Logs or S3' }]);
    });
});

describe("policy ec2-imdsv2-required on launch configurations", () => {
    it("optional tokens are reported and remediated", () => {
        const T = "aws:ec2/launchConfiguration:LaunchConfiguration";
        assert.deepStrictEqual(imds.check(T, { imageId: "ami-1", metadataOptions: { httpTokens: "optional" } }), ['metadataOptions.httpTokens must be "required" ' +
            "(FSBP AutoScaling.3, CIS 5.6), got \"optional\": with IMDSv1 a server-side request forgery in any application on the instance can read its role's credentials"]);
        assert.deepStrictEqual(imds.remediate(T, { imageId: "ami-1" }), { imageId: "ami-1", metadataOptions: { httpTokens: "required" } });
    });
});

describe("policy ec2-block-public-sharing", () => {
    const SNAPSHOTS = "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess";
    const IMAGES = "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess";
    it("blocked passes; unblocked is reported and remediated", () => {
        assert.deepStrictEqual(sharing.check(SNAPSHOTS, happy[SNAPSHOTS]!()), []);
        assert.deepStrictEqual(sharing.check(SNAPSHOTS, { state: "unblocked" }),
            ['state must not be "unblocked" (foundation least-privilege): EBS snapshots in this account and region could be shared with everyone, data and all']);
        assert.deepStrictEqual(sharing.check(IMAGES, { state: "unblocked" }),
            ['state must not be "unblocked" (foundation least-privilege): AMIs in this account and region could be shared with everyone, data and all']);
        assert.deepStrictEqual(sharing.remediate(SNAPSHOTS, { state: "unblocked" }), { state: "block-all-sharing" });
        assert.deepStrictEqual(sharing.remediate(IMAGES, { state: "unblocked" }), { state: "block-new-sharing" });
    });
});
const DEFAULTS = "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults";
const instance = (got: string) => `metadataOptions.httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got ${got}: ${WHY}`;
const template = (got: string) => `metadataOptions.httpTokens must be "required" (FSBP EC2.170, CIS 5.6), got ${got}: ${WHY}`;
const NOT_SET = "not set (the AMI or account default applies, often optional)";

describe("policy ec2-imdsv2-required", () => {
    const cases: Array<[string, string, Props, string[]]> = [
        ["instance requiring tokens", INSTANCE, {}, []],
        ["instance with optional tokens", INSTANCE, { metadataOptions: { httpTokens: "optional" } }, [instance('"optional"')]],
        ["instance without metadataOptions", INSTANCE, { metadataOptions: undefined }, [instance(NOT_SET)]],
        ["instance with metadataOptions but no httpTokens", INSTANCE, { metadataOptions: { httpEndpoint: "enabled" } }, [instance(NOT_SET)]],
        ['"Required" in another case', INSTANCE, { metadataOptions: { httpTokens: " Required " } }, []],
        ["metadata endpoint disabled: nothing to protect", INSTANCE, { metadataOptions: { httpEndpoint: "disabled", httpTokens: "optional" } }, []],
        ["metadataOptions unknown", INSTANCE, { metadataOptions: UNKNOWN }, []],
        ["httpTokens unknown", INSTANCE, { metadataOptions: { httpTokens: UNKNOWN } }, []],
        ["httpEndpoint unknown", INSTANCE, { metadataOptions: { httpEndpoint: UNKNOWN, httpTokens: "optional" } }, []],
        ["launch template with optional tokens", TEMPLATE, { metadataOptions: { httpTokens: "optional" } }, [template('"optional"')]],
        ["launch template without metadataOptions", TEMPLATE, { metadataOptions: undefined }, [template(NOT_SET)]],
        ["account defaults requiring tokens", DEFAULTS, {}, []],
        ["account defaults with no preference", DEFAULTS, { httpTokens: "no-preference" }, [
            `httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got "no-preference": new instances in this account and region would accept IMDSv1, and ${WHY}`,
        ]],
        ["account defaults without httpTokens", DEFAULTS, { httpTokens: undefined }, [
            `httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got not set (no preference: each AMI decides): new instances in this account and region would accept IMDSv1, and ${WHY}`,
        ]],
    ];
    for (const [title, type, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(imds.check(type, { ...happy[type]!(), ...change }), expected));
    }

    describe("remediation", () => {
        it("requires tokens, keeping the other metadata options", () => {
            assert.deepStrictEqual(imds.remediate(INSTANCE, { ami: "ami-1", metadataOptions: { httpTokens: "optional", httpPutResponseHopLimit: 2 } }),
                { ami: "ami-1", metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 2 } });
            assert.deepStrictEqual(imds.remediate(TEMPLATE, { imageId: "ami-1" }), { imageId: "ami-1", metadataOptions: { httpTokens: "required" } });
            assert.deepStrictEqual(imds.remediate(DEFAULTS, { httpTokens: "optional" }), { httpTokens: "required" });
        });
        it("leaves compliant instances and unknown options alone", () => {
            assert.strictEqual(imds.remediate(INSTANCE, happy[INSTANCE]!()), undefined);
            assert.strictEqual(imds.remediate(INSTANCE, { metadataOptions: { httpTokens: "optional", httpEndpoint: UNKNOWN } }), undefined);
        });
    });
});

const SG = "aws:ec2/securityGroup:SecurityGroup";
const RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
const VPC_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
const FIX = "anyone on the internet can try to log in; allow only your administrators' CIDRs, or use SSM Session Manager instead of an open port";

const open = (where: string, cidr: string, what: string, controls: string) => `${where} lets ${cidr} reach ${what} (${controls}): ${FIX}`;

describe("policy ec2-no-public-admin-ports", () => {
    const sg = (ingress: unknown[]): Props => ({ ...happy[SG]!(), ingress });
    const cases: Array<[string, string, Props, string[]]> = [
        ["SSH from 10.20.0.0/16 and HTTPS from the world", SG, {}, []],
        ["SSH from 0.0.0.0/0", SG, sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }]),
            [open("ingress[0]", "0.0.0.0/0", "port 22 (SSH)", "CIS 5.2, Security Hub EC2.53")]],
        ["RDP from ::/0", SG, sg([{ protocol: "tcp", fromPort: 3389, toPort: 3389, ipv6CidrBlocks: ["::/0"] }]),
            [open("ingress[0]", "::/0", "port 3389 (RDP)", "CIS 5.3, Security Hub EC2.54")]],
        ["a range 0-65535 from both worlds", SG, sg([{ protocol: "tcp", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] }]), [
            open("ingress[0]", "0.0.0.0/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53"),
            open("ingress[0]", "::/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.3, Security Hub EC2.54"),
        ]],
        ["all protocols (-1) from the world, second rule", SG, sg([{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }, { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }]),
            [open("ingress[1]", "0.0.0.0/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53")]],
        ['protocol "6" (TCP by number), upper-case "ALL" is all', SG, sg([{ protocol: "6", fromPort: 20, toPort: 25, cidrBlocks: ["0.0.0.0/0"] }, { protocol: "ALL", fromPort: 0, toPort: 0, ipv6CidrBlocks: ["::/0"] }]), [
            open("ingress[0]", "0.0.0.0/0", "port 22 (SSH)", "CIS 5.2, Security Hub EC2.53"),
            open("ingress[1]", "::/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.3, Security Hub EC2.54"),
        ]],
        ["UDP 3389 from the world (RDP uses UDP too; Security Hub checks TCP and UDP)", SG, sg([{ protocol: "udp", fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] }]),
            [open("ingress[0]", "0.0.0.0/0", "port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53")]],
        ["ICMP from the world", SG, sg([{ protocol: "icmp", fromPort: -1, toPort: -1, cidrBlocks: ["0.0.0.0/0"] }]), []],
        ["ports unknown: skipped", SG, sg([{ protocol: "tcp", fromPort: UNKNOWN, toPort: UNKNOWN, cidrBlocks: ["0.0.0.0/0"] }]), []],
        ["CIDR unknown: skipped", SG, sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [UNKNOWN] }]), []],
        ["ingress unknown", SG, { ingress: UNKNOWN }, []],
        ["SecurityGroupRule ingress SSH from the world", RULE, { ...happy[RULE]!(), fromPort: 22, toPort: 22 },
            [open("this rule", "0.0.0.0/0", "port 22 (SSH)", "CIS 5.2, Security Hub EC2.53")]],
        ["SecurityGroupRule egress to 22 is not ingress", RULE, { ...happy[RULE]!(), type: "egress", fromPort: 22, toPort: 22 }, []],
        ["SecurityGroupRule type unknown", RULE, { ...happy[RULE]!(), type: UNKNOWN, fromPort: 22, toPort: 22 }, []],
        ["vpc rule RDP from ::/0", VPC_RULE, { fromPort: 3389, toPort: 3389, cidrIpv4: undefined, cidrIpv6: "::/0" },
            [open("this rule", "::/0", "port 3389 (RDP)", "CIS 5.3, Security Hub EC2.54")]],
        ["vpc rule all traffic (-1, no ports) from the world", VPC_RULE, { ipProtocol: "-1", fromPort: undefined, toPort: undefined },
            [open("this rule", "0.0.0.0/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53")]],
        ["vpc rule TCP without ports covers every port", VPC_RULE, { fromPort: undefined, toPort: undefined },
            [open("this rule", "0.0.0.0/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53")]],
        ["vpc rule from another security group", VPC_RULE, { fromPort: 22, toPort: 22, cidrIpv4: undefined, referencedSecurityGroupId: "sg-2" }, []],
    ];
    for (const [title, type, props, expected] of cases) {
        it(title, () => assert.deepStrictEqual(adminPorts.check(type, { ...happy[type]!(), ...props }), expected));
    }

    describe("config", () => {
        it("adminPorts adds a port to guard", () => {
            const props = { ...happy[RULE]!(), fromPort: 5432, toPort: 5432 };
            assert.deepStrictEqual(adminPorts.check(RULE, props), []);
            assert.deepStrictEqual(adminPorts.check(RULE, props, { adminPorts: [22, 5432] }), [open("this rule", "0.0.0.0/0", "port 5432", "CIS 5.2, Security Hub EC2.53")]);
        });

        it("allowedAdminCidrs limits every source of an admin port, not only the world", () => {
            const props = { ...happy[RULE]!(), fromPort: 22, toPort: 22, cidrBlocks: ["10.20.0.0/16", "192.0.2.0/24"] };
            assert.deepStrictEqual(adminPorts.check(RULE, props, { allowedAdminCidrs: ["192.0.2.0/24"] }), [
                "this rule lets 10.20.0.0/16 reach port 22 (SSH), but only 192.0.2.0/24 may reach administration ports (policy config allowedAdminCidrs)",
            ]);
            assert.deepStrictEqual(adminPorts.check(RULE, props), []);
        });

        it("odd adminPorts fall back to 22 and 3389", () => {
            for (const odd of [[], ["22"], [70000], "22", null]) {
                assert.deepStrictEqual(adminPorts.check(RULE, { ...happy[RULE]!(), fromPort: 3389, toPort: 3389 }, { adminPorts: odd }),
                    [open("this rule", "0.0.0.0/0", "port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53")], JSON.stringify(odd));
            }
        });
    });
});
const risky = (where: string, cidr: string, ports: string) =>
    `${where} lets ${cidr} reach high-risk port${ports.includes(",") ? "s" : ""} ${ports} (FSBP EC2.19): databases, file shares, remote shells and development servers ` +
    "are attacked within minutes of being reachable; put them behind a load balancer, VPN or private subnet";

describe("policy ec2-no-public-high-risk-ports", () => {
    it("accepts HTTPS from the world and SSH from a private range", () => {
        for (const type of [SG, RULE, VPC_RULE]) assert.deepStrictEqual(highRiskPorts.check(type, happy[type]!()), [], type);
    });

    it("PostgreSQL from the world", () => {
        assert.deepStrictEqual(highRiskPorts.check(VPC_RULE, { ...happy[VPC_RULE]!(), fromPort: 5432, toPort: 5432 }), [risky("this rule", "0.0.0.0/0", "5432")]);
    });

    it("a range opens each listed port inside it; UDP counts", () => {
        assert.deepStrictEqual(highRiskPorts.check(RULE, { ...happy[RULE]!(), protocol: "udp", fromPort: 3000, toPort: 5500, cidrBlocks: ["::/0"] }),
            [risky("this rule", "::/0", "3000, 3306, 4333, 5000, 5432, 5500")]);
    });

    it("all traffic from the world opens all 22 ports (SSH and RDP are the admin-ports policy's)", () => {
        assert.deepStrictEqual(highRiskPorts.check(SG, { ...happy[SG]!(), ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] }),
            [risky("ingress[0]", "0.0.0.0/0", "20, 21, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300")]);
    });

    it("a private source, unknown ports or an unknown ingress list are not findings", () => {
        assert.deepStrictEqual(highRiskPorts.check(VPC_RULE, { ...happy[VPC_RULE]!(), fromPort: 5432, toPort: 5432, cidrIpv4: "10.0.0.0/8" }), []);
        assert.deepStrictEqual(highRiskPorts.check(VPC_RULE, { ...happy[VPC_RULE]!(), fromPort: UNKNOWN, toPort: 5432 }), []);
        assert.deepStrictEqual(highRiskPorts.check(SG, { ...happy[SG]!(), ingress: UNKNOWN }), []);
    });

    it("config ports replaces the list", () => {
        const redis = { ...happy[VPC_RULE]!(), fromPort: 6379, toPort: 6379 };
        assert.deepStrictEqual(highRiskPorts.check(VPC_RULE, redis), []);
        assert.deepStrictEqual(highRiskPorts.check(VPC_RULE, redis, { ports: [6379] }), [risky("this rule", "0.0.0.0/0", "6379")]);
        assert.deepStrictEqual(highRiskPorts.check(VPC_RULE, { ...happy[VPC_RULE]!(), fromPort: 8080, toPort: 8080 }, { ports: [6379] }), []);
    });
});

const KEY = (name: string) => `keyName "${name}" installs an SSH key pair (foundation no-keys): whoever holds the private key logs in, with no MFA, no session record ` +
    "and no expiry; use SSM Session Manager, which needs no key and no open port";
typedTable(keyPair, "aws:ec2/instance:Instance", [["a key pair", { keyName: "ops" }, [KEY("ops")]], ["unknown", { keyName: UNKNOWN }, []]]);
typedTable(keyPair, "aws:ec2/launchTemplate:LaunchTemplate", [["a key pair", { keyName: "deploy" }, [KEY("deploy")]]]);

describe("policy ec2-no-secrets-in-user-data", () => {
    const INSTANCE = "aws:ec2/instance:Instance";
    const TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
    const FIX = "user data is readable by anyone who can describe the instance and is kept in the Pulumi state; " +
        "give the instance a role and read the secret from Secrets Manager or SSM Parameter Store at boot";
    const script = (line: string) => `#!/bin/bash\nexport ${line}\n/opt/app/start\n`;

    it("accepts user data without credentials", () => {
        assert.deepStrictEqual(userData.check(INSTANCE, { ...happy[INSTANCE]!(), userData: script("REGION=us-east-1") }), []);
        assert.deepStrictEqual(userData.check(TEMPLATE, { ...happy[TEMPLATE]!(), userData: base64(script("REGION=us-east-1")) }), []);
    });

    it("finds keys in plain userData, without repeating them", () => {
        const messages = userData.check(INSTANCE, { ...happy[INSTANCE]!(), userData: script(`AWS_ACCESS_KEY_ID=${FAKE.accessKeyId}\nexport ${FAKE.secretLine}`) });
        assert.deepStrictEqual(messages, [
            `userData contains an AWS access key id (foundation no-keys): ${FIX}`,
            `userData contains an AWS secret access key (foundation no-keys): ${FIX}`,
        ]);
        assert.ok(messages.every((m) => !m.includes(FAKE.accessKeyId)));
    });

    it("decodes userDataBase64 and launch template user data", () => {
        assert.deepStrictEqual(userData.check(INSTANCE, { ...happy[INSTANCE]!(), userDataBase64: base64(FAKE.privateKey) }),
            [`userDataBase64 contains a private key (foundation no-keys): ${FIX}`]);
        assert.deepStrictEqual(userData.check(TEMPLATE, { ...happy[TEMPLATE]!(), userData: base64(script(`TOKEN=${FAKE.github}`)) }),
            [`userData contains a GitHub token (foundation no-keys): ${FIX}`]);
    });

    it("skips unknown user data", () => {
        assert.deepStrictEqual(userData.check(INSTANCE, { ...happy[INSTANCE]!(), userData: UNKNOWN, userDataBase64: UNKNOWN }), []);
    });
});
