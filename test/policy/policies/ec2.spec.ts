/**
 * ec2 (issue 22): instances launched from launch templates, launch configurations, secrets by name in
 * user data, and the stack policies ec2-vpc-default-security-group-closed and
 * ec2-instance-no-public-ip-from-subnet; checkov's cases for these resource types, as inputs.
 */
import * as assert from "assert";
import { StackResource, UNKNOWN, isLiteralSecret, isSecretName, plainSecretKinds, secretAssignments } from "../../../policy/lib";
import { definition as launchTemplates } from "../../../policy/policies/autoscaling/autoscaling-group-launch-template";
import { definition as ebs } from "../../../policy/policies/ebs/ebs-encryption-enabled";
import { definition as imds } from "../../../policy/policies/ec2/ec2-imdsv2-required";
import { definition as fromSubnet } from "../../../policy/policies/ec2/ec2-instance-no-public-ip-from-subnet";
import { definition as publicIp } from "../../../policy/policies/ec2/ec2-no-public-ip";
import { definition as userData } from "../../../policy/policies/ec2/ec2-no-secrets-in-user-data";
import { definition as defaultGroup } from "../../../policy/policies/ec2/ec2-vpc-default-security-group-closed";
import { Props, happy } from "../factories";

const INSTANCE = "aws:ec2/instance:Instance";
const TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";
const base64 = (text: string) => Buffer.from(text).toString("base64");

interface Checked { check(type: string, props: unknown, config?: Record<string, unknown>): string[] }
function table(title: string, definition: Checked, type: string, cases: Array<[string, Props, string[]]>) {
    describe(title, () => {
        for (const [name, change, expected] of cases) {
            it(name, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }), expected));
        }
    });
}

const WHY = "with IMDSv1 a server-side request forgery in any application on the instance can read its role's credentials";
table("policy ec2-imdsv2-required: an instance launched from a launch template is judged by the template", imds, INSTANCE, [
    ["template, no metadata options of its own", { metadataOptions: undefined, launchTemplate: { id: "lt-0123456789abcdef0", version: "$Latest" } }, []],
    ["template not known yet", { metadataOptions: undefined, launchTemplate: UNKNOWN }, []],
    ["template, but options of its own that override it with optional tokens", { metadataOptions: { httpTokens: "optional" }, launchTemplate: { name: "web" } },
        [`metadataOptions.httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got "optional": ${WHY}`]],
    ["no template and no options: the AMI or account default decides", { metadataOptions: undefined, launchTemplate: null },
        [`metadataOptions.httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got not set (the AMI or account default applies, often optional): ${WHY}`]],
]);

const IP_WHY = "the instance is reachable from the internet as soon as a security group rule allows it; reach it through a load balancer, NAT or SSM instead";
table("policy ec2-no-public-ip on launch configurations (AutoScaling.5)", publicIp, CONFIGURATION, [
    ["no public address", {}, []],
    ["associatePublicIpAddress false", { associatePublicIpAddress: false }, []],
    ["associatePublicIpAddress true", { associatePublicIpAddress: true },
        [`associatePublicIpAddress must not be true (FSBP AutoScaling.5): every instance the Auto Scaling group launches gets a public address; ${IP_WHY}`]],
    ['associatePublicIpAddress "true"', { associatePublicIpAddress: "true" },
        [`associatePublicIpAddress must not be true (FSBP AutoScaling.5): every instance the Auto Scaling group launches gets a public address; ${IP_WHY}`]],
    ["unknown", { associatePublicIpAddress: UNKNOWN }, []],
]);

const OFF = (path: string) => `${path} must not be false (FSBP EC2.3): the volume's data, snapshots and traffic to the instance would be unencrypted; remove it or set it to true`;
table("policy ebs-encryption-enabled on launch configurations", ebs, CONFIGURATION, [
    ["encrypted root and data volumes", { rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }] }, []],
    ["root volume unencrypted", { rootBlockDevice: { encrypted: false } }, [OFF("rootBlockDevice.encrypted")]],
    ["second data volume unencrypted", { ebsBlockDevices: [{ deviceName: "/dev/sdf" }, { deviceName: "/dev/sdg", encrypted: "false" }] }, [OFF("ebsBlockDevices[1].encrypted")]],
    ["devices unknown", { rootBlockDevice: UNKNOWN, ebsBlockDevices: UNKNOWN }, []],
]);

describe("secrets by name", () => {
    it("a name is a secret's when its last word says so; names that point at or describe a secret are not", () => {
        const secret = ["DB_PASSWORD", "dbPassword", "db-passwd", "DB_PASS", "JWT_SECRET", "GITHUB_TOKEN", "AWS_SESSION_TOKEN", "STRIPE_API_KEY", "APIKEY", "SECRET_KEY",
            "SECRET_KEY_BASE", "AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "ECS_ENGINE_AUTH_DATA", "PRIVATE_KEY", "password", "client.secret", "DB_PWD", "SSH_PASSPHRASE"];
        const notSecret = ["DB_PASSWORD_ARN", "SECRET_NAME", "SECRET_ARN", "TOKEN_URL", "PASSWORD_POLICY", "PASSWORD_MIN_LENGTH", "API_KEY_SECRET_ARN", "PASSWORD_FILE",
            "NEXT_PUBLIC_API_KEY", "STRIPE_PUBLISHABLE_KEY", "PWD", "KEY", "BYPASS", "GOOGLE_APPLICATION_CREDENTIALS", "TABLE_NAME", "", "_"];
        assert.deepStrictEqual(secret.filter((n) => !isSecretName(n)), []);
        assert.deepStrictEqual(notSecret.filter((n) => isSecretName(n)), []);
    });

    it("a value is the secret itself unless it is a reference, a placeholder or a switch", () => {
        const literal = ["hunter22", "changeme", "'s3cr3t-value'", "\"correct horse\"", "123456"];
        const reference = ["", "     ", "$DB_PASSWORD", "${DB_PASSWORD}", "$(aws ssm get-parameter --name /db)", "`cat /run/secrets/db`", "{{resolve:secretsmanager:db}}",
            "%DB_PASSWORD%", "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf", "alias/orders-data", "/prod/db/password", "<password>", "true", "Disabled", "foo", "'bar'", "|", ">-"];
        assert.deepStrictEqual(literal.filter((v) => !isLiteralSecret(v)), []);
        assert.deepStrictEqual(reference.filter((v) => isLiteralSecret(v)), []);
    });

    it("finds assignments in shell, PowerShell, cloud-init YAML and JSON, and --password flags; skips comments, references and recognized formats", () => {
        const script = [
            "#!/bin/bash",
            "# DB_PASSWORD=not-this-one-a-comment",
            "export DB_PASSWORD=hunter22",
            'echo "API_KEY=abcdef123456" >> /etc/environment',
            "docker run -e REGION=us-east-1 -e JWT_SECRET='s3cr3t-value' app",
            "export DB_PASSWORD=second-time-same-name",
            "export GITHUB_TOKEN=$(aws ssm get-parameter --name /ci/token --with-decryption --query Parameter.Value --output text)",
            "export AWS_ACCESS_KEY_ID=" + "AKIA" + "IOSFODNN7EXAMPLE",
            'if [ "$DB_PASSWORD" = "" ]; then exit 1; fi',
            "docker login -u ci --password registry-pass1 registry.example.com",
            "docker login -u ci --password-stdin registry.example.com",
            '$env:ADMIN_PASSWORD = "Winter2026!"',
            '{"db": {"password": "json-secret-1", "user": "app"}}',
            "users:",
            "  - name: app",
            "    passwd: $6$rounds=4096$saltsalt$hash",
            "    password: yaml-secret-1",
            "ssh_pwauth: false",
        ].join("\n");
        assert.deepStrictEqual(secretAssignments(script), ["DB_PASSWORD", "API_KEY", "JWT_SECRET", "--password", "ADMIN_PASSWORD", "password"]);
        assert.deepStrictEqual(secretAssignments(""), []);
    });

    it("recognizes a password written into a URL, not a variable or a user without password", () => {
        assert.deepStrictEqual(plainSecretKinds("DATABASE_URL=postgres://app:hunter22@db.internal:5432/orders"), ["a password in a URL"]);
        for (const harmless of ["postgres://app:${DB_PASSWORD}@db:5432/x", "postgres://app:$PASS@db/x", "https://user@example.com/", "https://example.com:8443/path",
            "mysql://app:<password>@db/x", "redis://:****@cache:6379"]) {
            assert.deepStrictEqual(plainSecretKinds(harmless), [], harmless);
        }
    });
});

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

const GROUP = "aws:autoscaling/group:Group";
const LC = "launchConfiguration should be replaced by a launch template (FSBP AutoScaling.9): AWS adds no new EC2 features or instance types to launch " +
    "configurations; set launchTemplate (or mixedInstancesPolicy) instead";
table("policy autoscaling-group-launch-template", launchTemplates, GROUP, [
    ["a launch template", {}, []],
    ["a mixed instances policy", { launchTemplate: undefined, mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateId: "lt-1" } } } }, []],
    ["a launch configuration (checkov AutoScalingLaunchTemplate's fail case)", { launchTemplate: undefined, launchConfiguration: "foobar" }, [LC]],
    ["launch configuration not known yet", { launchTemplate: undefined, launchConfiguration: UNKNOWN }, []],
    ["an empty launch configuration name", { launchConfiguration: " " }, []],
]);

const res = (type: string, name: string, props: Record<string, unknown> = {}, dependencies: string[] = [], propertyDependencies?: Record<string, string[]>): StackResource => ({
    urn: `urn:pulumi:prod::app::${type}::${name}`, type, name, props, dependencies, ...(propertyDependencies !== undefined && { propertyDependencies }),
});

describe("policy ec2-vpc-default-security-group-closed (stack)", () => {
    const VPC = "aws:ec2/vpc:Vpc";
    const GROUP = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    const OPEN = "no ec2.DefaultSecurityGroup closes this VPC's default security group (CIS 5.4, FSBP EC2.2): it keeps AWS's default rules, all traffic " +
        "between its members and all outbound traffic, and anything launched without a security group lands in it; add an ec2.DefaultSecurityGroup " +
        "with this VPC's id and no ingress or egress rules";
    const vpc = res(VPC, "main", { cidrBlock: "10.0.0.0/16" });
    it("a VPC whose default group nobody manages is reported on the VPC", () => {
        assert.deepStrictEqual(defaultGroup.check([vpc]), [{ urn: vpc.urn, message: OPEN }]);
        const adopted = res("aws:ec2/defaultVpc:DefaultVpc", "default", {});
        assert.deepStrictEqual(defaultGroup.check([adopted]), [{ urn: adopted.urn, message: OPEN }]);
    });
    it("a managed default group for it (by dependency, by property dependency) closes it; one for another VPC does not", () => {
        assert.deepStrictEqual(defaultGroup.check([vpc, res(GROUP, "main-default", { vpcId: UNKNOWN }, [vpc.urn])]), []);
        const other = res(VPC, "other", {});
        assert.deepStrictEqual(defaultGroup.check([vpc, other, res(GROUP, "other-default", { vpcId: UNKNOWN }, [vpc.urn, other.urn], { vpcId: [other.urn] })]),
            [{ urn: vpc.urn, message: OPEN }]);
    });
    it("a managed group that keeps rules is left to ec2-default-security-group-closed", () => {
        assert.deepStrictEqual(defaultGroup.check([vpc, res(GROUP, "g", { vpcId: UNKNOWN, ingress: [{ protocol: "-1", self: true, fromPort: 0, toPort: 0 }] }, [vpc.urn])]), []);
    });
    it("exemptions apply to the VPC", () => {
        assert.deepStrictEqual(defaultGroup.check([vpc], { exemptions: [{ match: "main", justification: "sandbox VPC, no instances (SEC-7)" }] }), []);
    });
});

describe("policy ec2-instance-no-public-ip-from-subnet (stack)", () => {
    const SUBNET = "aws:ec2/subnet:Subnet";
    const WHY = "it is reachable from the internet as soon as a security group rule allows it";
    const publicSubnet = res(SUBNET, "public-a", { vpcId: "vpc-1", cidrBlock: "10.0.0.0/24", mapPublicIpOnLaunch: true });
    const privateSubnet = res(SUBNET, "private-a", { vpcId: "vpc-1", cidrBlock: "10.0.1.0/24" });
    const instance = (props: Record<string, unknown>, deps: string[], byProperty?: Record<string, string[]>) =>
        res(INSTANCE, "web", { ami: "ami-1", instanceType: "t4g.micro", subnetId: UNKNOWN, ...props }, deps, byProperty);
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
            res(TEMPLATE, "web-template", { name: "web", imageId: "ami-1", ...(nic !== undefined && { networkInterfaces: [nic] }) }, deps);
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
        const configuration = (props: Record<string, unknown>) => res(CONFIGURATION, "web-lc", { name: "web-lc", imageId: "ami-1", instanceType: "t4g.micro", ...props });
        const group = res(GROUP, "web-asg", { minSize: 1, maxSize: 2, launchConfiguration: "web-lc", vpcZoneIdentifiers: [UNKNOWN, UNKNOWN] }, [publicSubnet.urn, privateSubnet.urn]);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, privateSubnet, configuration({}), group]), [{ urn: group.urn, message:
            `the group's instances get public IPv4 addresses from subnet "public-a", whose mapPublicIpOnLaunch is true (FSBP EC2.9): ${WHY}; ` +
            "set associatePublicIpAddress to false in its launch configuration, or use private subnets" }]);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, configuration({ associatePublicIpAddress: false }), group]), []);
        const byTemplate = res(GROUP, "web-asg", { minSize: 1, maxSize: 2, launchTemplate: { id: UNKNOWN }, vpcZoneIdentifiers: [UNKNOWN] }, [publicSubnet.urn],
            { launchTemplate: ["urn:pulumi:prod::app::aws:ec2/launchTemplate:LaunchTemplate::t"], vpcZoneIdentifiers: [publicSubnet.urn] });
        const template = res(TEMPLATE, "t", { imageId: "ami-1" });
        assert.strictEqual(fromSubnet.check([publicSubnet, template, byTemplate]).length, 1);
        assert.deepStrictEqual(fromSubnet.check([publicSubnet, byTemplate]), [], "template outside the stack");
    });
});
