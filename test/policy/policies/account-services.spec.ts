/** ec2-no-public-ip, ec2-default-security-group-closed, ec2-network-acl-no-public-admin-ports, iam-password-policy-strong, iam-no-user-credentials,
 *  iam-user-no-direct-policies, ssoadmin-permission-set-short-session, organizations-guardrails-enabled, guardduty-enabled, config-recorder-complete,
 *  cloudtrail-kms-encrypted, lambda-supported-runtime, cloudwatch-log-group-retained, apigateway-routes-authorized, ecs-task-definition-secure. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as routes } from "../../../policy/policies/apigateway/apigateway-routes-authorized";
import { definition as recorder } from "../../../policy/policies/cfg/config-recorder-complete";
import { definition as trailKms } from "../../../policy/policies/cloudtrail/cloudtrail-kms-encrypted";
import { definition as retention } from "../../../policy/policies/cloudwatch/cloudwatch-log-group-retained";
import { definition as defaultSg } from "../../../policy/policies/ec2/ec2-default-security-group-closed";
import { definition as nacl } from "../../../policy/policies/ec2/ec2-network-acl-no-public-admin-ports";
import { definition as publicIp } from "../../../policy/policies/ec2/ec2-no-public-ip";
import { definition as ecs } from "../../../policy/policies/ecs/ecs-task-definition-secure";
import { definition as guardduty } from "../../../policy/policies/guardduty/guardduty-enabled";
import { definition as guarddutyAutoEnable } from "../../../policy/policies/guardduty/guardduty-organization-auto-enable";
import { definition as credentials } from "../../../policy/policies/iam/iam-no-user-credentials";
import { definition as password } from "../../../policy/policies/iam/iam-password-policy-strong";
import { definition as userPolicies } from "../../../policy/policies/iam/iam-user-no-direct-policies";
import { definition as runtime } from "../../../policy/policies/lambda/lambda-supported-runtime";
import { definition as organization } from "../../../policy/policies/organizations/organizations-guardrails-enabled";
import { definition as session } from "../../../policy/policies/ssoadmin/ssoadmin-permission-set-short-session";
import { Props, happy } from "../factories";

type Case = [title: string, change: Props, expected: string[], config?: Record<string, unknown>];
interface Checked { readonly metadata: { readonly name: string }; check(type: string, props: unknown, config?: Record<string, unknown>): string[] }
function table(definition: Checked, type: string, cases: Case[]) {
    describe(`policy ${definition.metadata.name} (${type.split(":").pop()})`, () => {
        for (const [title, change, expected, config] of cases) {
            it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }, config), expected));
        }
    });
}

const IP_WHY = "the instance is reachable from the internet as soon as a security group rule allows it; reach it through a load balancer, NAT or SSM instead";
table(publicIp, "aws:ec2/instance:Instance", [
    ["no public address", {}, []],
    ["a public address", { associatePublicIpAddress: true }, [`associatePublicIpAddress must not be true (FSBP EC2.9): ${IP_WHY}`]],
]);
table(publicIp, "aws:ec2/subnet:Subnet", [
    ["private", {}, []],
    ["public on launch", { mapPublicIpOnLaunch: true },
        ["mapPublicIpOnLaunch must not be true (FSBP EC2.15): every instance launched in the subnet gets a public address; assign one only where it is needed"]],
]);
table(publicIp, "aws:ec2/launchTemplate:LaunchTemplate", [
    ['a second interface with "true"', { networkInterfaces: [{ deviceIndex: 0 }, { deviceIndex: 1, associatePublicIpAddress: "true" }] },
        [`networkInterfaces[1].associatePublicIpAddress must not be "true" (FSBP EC2.25): ${IP_WHY}`]],
    ["interfaces unknown", { networkInterfaces: UNKNOWN }, []],
]);

const CLOSED = (direction: string) => `${direction} must be empty (CIS 5.4, FSBP EC2.2): anything launched without a security group lands in the default group and gets this traffic; ` +
    "create purpose-built security groups and leave the default one closed";
table(defaultSg, "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", [
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
table(nacl, "aws:ec2/networkAcl:NetworkAcl", [
    ["HTTPS from the world, SSH from 10/8", {}, []],
    ["all traffic from the world (what a default ACL allows)", { ingress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }] },
        [NACL("ingress[0]", "0.0.0.0/0", "22 and 3389")]],
    ["a deny rule is not a finding", { ingress: [{ ruleNo: 90, action: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" }] }, []],
    ["protocol 6 from ::/0", { ingress: [{ ruleNo: 100, action: "allow", protocol: "6", fromPort: 3389, toPort: 3389, ipv6CidrBlock: "::/0" }] }, [NACL("ingress[0]", "::/0", "3389")]],
]);
table(nacl, "aws:ec2/networkAclRule:NetworkAclRule", [
    ["HTTPS from the world", {}, []],
    ["SSH from the world", { fromPort: 22, toPort: 22 }, [NACL("this rule", "0.0.0.0/0", "22")]],
    ["an egress rule", { egress: true, fromPort: 22, toPort: 22 }, []],
    ["egress unknown", { egress: UNKNOWN, fromPort: 22, toPort: 22 }, []],
]);

table(password, "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", [
    ["CIS values", {}, []],
    ["AWS defaults", { minimumPasswordLength: undefined, passwordReusePrevention: undefined }, [
        "minimumPasswordLength must be at least 14 (CIS 1.8), got not set (6): short passwords fall to guessing",
        "passwordReusePrevention must be at least 24 (CIS 1.9), got not set (reuse allowed): a leaked old password becomes valid again",
    ]],
    ["12 characters, 5 remembered", { minimumPasswordLength: 12, passwordReusePrevention: 5 }, [
        "minimumPasswordLength must be at least 14 (CIS 1.8), got 12: short passwords fall to guessing",
        "passwordReusePrevention must be at least 24 (CIS 1.9), got 5: a leaked old password becomes valid again",
    ]],
    ["a stricter config", {}, ["minimumPasswordLength must be at least 20 (CIS 1.8), got 14: short passwords fall to guessing"], { minimumPasswordLength: 20 }],
    ["unknown", { minimumPasswordLength: UNKNOWN, passwordReusePrevention: UNKNOWN }, []],
]);
it("policy iam-password-policy-strong remediates to the configured minimums, never lowering a stricter value", () => {
    assert.deepStrictEqual(password.remediate("aws:iam/accountPasswordPolicy:AccountPasswordPolicy", { minimumPasswordLength: 8, passwordReusePrevention: 24, requireSymbols: true }),
        { minimumPasswordLength: 14, passwordReusePrevention: 24, requireSymbols: true });
});

table(credentials, "aws:iam/accessKey:AccessKey", [["any access key", { user: "ci" }, [
    'this access key gives IAM user "ci" a long-lived secret (foundation no-keys): keys leak through laptops, CI logs and repositories and work until ' +
    "someone deletes them; give workloads a role, and pipelines OIDC (see the README's Pipelines section)",
]], ["user unknown", { user: UNKNOWN }, [
    "this access key gives an IAM user a long-lived secret (foundation no-keys): keys leak through laptops, CI logs and repositories and work until " +
    "someone deletes them; give workloads a role, and pipelines OIDC (see the README's Pipelines section)",
]]]);
table(credentials, "aws:iam/userLoginProfile:UserLoginProfile", [["any login profile", {}, [
    'this login profile gives IAM user "alice" a console password (foundation no-keys): people sign in through IAM Identity Center, with MFA and short sessions',
]]]);

const DIRECT = "(CIS 1.15, FSBP IAM.2): permissions given user by user drift apart and outlive the person's role; attach policies to a group, " +
    "or better, use IAM Identity Center permission sets";
table(userPolicies, "aws:iam/userPolicyAttachment:UserPolicyAttachment", [["attached to a user", {}, [`a policy attached to a user ${DIRECT}`]]]);
table(userPolicies, "aws:iam/userPolicy:UserPolicy", [["inline on a user", {}, [`an inline policy on a user ${DIRECT}`]]]);
table(userPolicies, "aws:iam/policyAttachment:PolicyAttachment", [
    ["groups and roles only", {}, []],
    ["with users", { users: ["alice"] }, [`users must be empty: a policy attached to users ${DIRECT}`]],
    ["users unknown", { users: UNKNOWN }, []],
]);

const LONG = (max: string, got: string) => `sessionDuration must be at most ${max} (foundation short-sessions), got "${got}": ` +
    "a stolen or unattended session stays usable that long; keep sessions short (policy config maxSessionDuration)";
table(session, "aws:ssoadmin/permissionSet:PermissionSet", [
    ["an hour", {}, []],
    ["unset (AWS's default is an hour)", { sessionDuration: undefined }, []],
    ["four hours", { sessionDuration: "PT4H" }, []],
    ["eight hours", { sessionDuration: "PT8H" }, [LONG("PT4H", "PT8H")]],
    ["4 h 30 min", { sessionDuration: "PT4H30M" }, [LONG("PT4H", "PT4H30M")]],
    ["not ISO 8601", { sessionDuration: "8 hours" }, [LONG("PT4H", "8 hours")]],
    ["a 90-minute maximum", { sessionDuration: "PT2H" }, [LONG("PT90M", "PT2H")], { maxSessionDuration: "PT90M" }],
    ["an odd maximum falls back to PT4H", { sessionDuration: "PT5H" }, [LONG("PT4H", "PT5H")], { maxSessionDuration: "P1D" }],
]);

table(organization, "aws:organizations/organization:Organization", [
    ["all features, SCPs on", {}, []],
    ["consolidated billing only", { featureSet: "CONSOLIDATED_BILLING", enabledPolicyTypes: [] }, [
        'featureSet must be "ALL" (foundation guardrails), got "CONSOLIDATED_BILLING": with consolidated billing only, no service control policy applies',
        'enabledPolicyTypes must include "SERVICE_CONTROL_POLICY" (foundation guardrails): without it every service control policy is detached and ignored',
    ]],
    ["SCPs not listed", { enabledPolicyTypes: ["TAG_POLICY"] },
        ['enabledPolicyTypes must include "SERVICE_CONTROL_POLICY" (foundation guardrails): without it every service control policy is detached and ignored']],
    ["policy types unknown", { enabledPolicyTypes: [UNKNOWN] }, []],
]);

table(guardduty, "aws:guardduty/detector:Detector", [
    ["enabled", {}, []],
    ["suspended", { enable: false }, ["enable must not be false (FSBP GuardDuty.1): a suspended detector stops threat detection for the account and region"]],
]);
table(guarddutyAutoEnable, "aws:guardduty/organizationConfiguration:OrganizationConfiguration", [
    ["ALL", {}, []],
    ["NEW only", { autoEnableOrganizationMembers: "NEW" },
        ['autoEnableOrganizationMembers should be "ALL" (FSBP GuardDuty.1), got "NEW": accounts that were members before this setting are not enabled by it; ' +
            "each needs an aws.guardduty.Member, and one forgotten account is a blind spot"]],
]);

table(recorder, "aws:cfg/recorder:Recorder", [
    ["everything", {}, []],
    ["no recording group (everything)", { recordingGroup: undefined }, []],
    ["a list of types", { recordingGroup: { allSupported: false, resourceTypes: ["AWS::S3::Bucket"] } },
        ["recordingGroup.allSupported must not be false (FSBP Config.1): resource types left out have no configuration history or compliance findings"]],
    ["the global IAM types left out of a non-home region (AWS's recommendation)", { recordingGroup: {
        allSupported: false, exclusionByResourceTypes: [{ resourceTypes: ["AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy"] }],
        recordingStrategies: [{ useOnly: "EXCLUSION_BY_RESOURCE_TYPES" }],
    } }, []],
    ["other types left out", { recordingGroup: {
        allSupported: false, exclusionByResourceTypes: [{ resourceTypes: ["AWS::IAM::Role", "AWS::EC2::NetworkInterface"] }, { resourceTypes: ["AWS::EC2::Volume"] }],
    } }, ["recordingGroup.exclusionByResourceTypes leaves out AWS::EC2::NetworkInterface, AWS::EC2::Volume (FSBP Config.1): those resources have no configuration " +
        "history or findings (leaving out only the global IAM types, recorded in one home region, is fine)"]],
    ["exclusions unknown", { recordingGroup: { allSupported: false, exclusionByResourceTypes: UNKNOWN } }, []],
]);
table(recorder, "aws:cfg/recorderStatus:RecorderStatus", [["stopped", { isEnabled: false }, ["isEnabled must be true (FSBP Config.1): a stopped recorder records nothing"]]]);

table(trailKms, "aws:cloudtrail/trail:Trail", [
    ["with a key", {}, []],
    ["without", { kmsKeyId: undefined }, ["kmsKeyId must name a KMS key (FSBP CloudTrail.2): without it the trail is encrypted only with S3-managed keys, and anyone who can read the bucket can read the logs"]],
    ["unknown", { kmsKeyId: UNKNOWN }, []],
]);

const OLD = (r: string, since: string, create: string, update: string, next: string) => `runtime "${r}" is deprecated since ${since} (FSBP Lambda.2): ` +
    `Lambda no longer patches it, and AWS blocks creating functions that use it from ${create} and updating them from ${update}; move to ${next} ` +
    "(AWS's runtime table as read 2026-12-06)";
table(runtime, "aws:lambda/function:Function", [
    ["nodejs24.x", {}, []],
    ["nodejs20.x between its deprecation and its block-create date", { runtime: "nodejs20.x" }, [OLD("nodejs20.x", "2026-04-30", "2026-08-31", "2026-09-30", "nodejs24.x")],
        { today: "2026-05-01" }],
    ["python3.10 on its deprecation day", { runtime: "python3.10" }, [OLD("python3.10", "2026-10-31", "2026-11-30", "2027-01-15", "python3.14")], { today: "2026-10-31" }],
    ["nodejs16.x, creation blocked: lambda-runtime-not-blocked reports it", { runtime: "nodejs16.x" }, []],
    ["a container image (no runtime)", { runtime: undefined, packageType: "Image" }, []],
    ["a configured list, for a runtime the table does not know", { runtime: "provided.al2023" },
        ['runtime "provided.al2023" is listed as deprecated (FSBP Lambda.2, policy config deprecatedRuntimes): it gets no security patches; move to a supported runtime'],
        { deprecatedRuntimes: ["provided.al2023"] }],
]);

const SHORT = (min: number, got: number) => `retentionInDays must be 0 (forever) or at least ${min}, got ${got} (FSBP CloudWatch.16): ` +
    "logs an investigation needs are deleted before anyone asks for them (policy config minimumRetentionInDays)";
table(retention, "aws:cloudwatch/logGroup:LogGroup", [
    ["a year", {}, []],
    ["forever (unset or 0)", { retentionInDays: undefined }, []],
    ["a week", { retentionInDays: 7 }, [SHORT(365, 7)]],
    ["a configured 90-day minimum", { retentionInDays: 30 }, [SHORT(90, 30)], { minimumRetentionInDays: 90 }],
]);

const OPEN = "anyone who finds the URL can call it; use an IAM, JWT, Cognito or Lambda authorizer, or exempt a deliberately public route with a justification";
table(routes, "aws:apigatewayv2/route:Route", [
    ["JWT", {}, []],
    ["NONE", { authorizationType: "NONE" }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got "NONE": ${OPEN}`]],
    ["unset", { authorizationType: undefined }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got not set (NONE): ${OPEN}`]],
    ["CORS preflight", { routeKey: "OPTIONS /orders", authorizationType: "NONE" }, []],
]);
table(routes, "aws:apigateway/method:Method", [
    ["IAM", {}, []],
    ["NONE", { authorization: "NONE" }, [`authorization must not be "NONE" (foundation least-privilege): ${OPEN}`]],
    ["OPTIONS", { authorization: "NONE", httpMethod: "OPTIONS" }, []],
]);

const SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const containers = (...defs: unknown[]) => ({ containerDefinitions: JSON.stringify(defs) });
table(ecs, "aws:ecs/taskDefinition:TaskDefinition", [
    ["secrets from Secrets Manager", {}, []],
    ["privileged", containers({ name: "agent", image: "x", privileged: true }),
        ['containerDefinitions[0] ("agent").privileged must not be true (FSBP ECS.4): a privileged container has root on the host and every other task on it']],
    ["a key in the environment", containers({ name: "api", image: "x" }, { name: "worker", image: "x", environment: [{ name: "AWS_ACCESS_KEY_ID", value: "AKIA" + "IOSFODNN7EXAMPLE" }] }),
        ['containerDefinitions[1] ("worker").environment "AWS_ACCESS_KEY_ID" contains an AWS access key id (FSBP ECS.8): environment values are visible to anyone ' +
            "who can describe the task definition; pass it through the container's secrets from Secrets Manager or SSM Parameter Store"]],
    ["an image not known yet, privileged", containers({ name: "api", image: SENTINEL, privileged: true }),
        ['containerDefinitions[0] ("api").privileged must not be true (FSBP ECS.4): a privileged container has root on the host and every other task on it']],
    ["privileged unknown", containers({ name: "api", image: "x", privileged: SENTINEL }), []],
    ["not JSON", { containerDefinitions: "[" }, []],
]);
