import * as assert from "assert";
import { exampleValues } from "../../components/harness";
import { modelOf, type Decision, type OrganizationModel, type Request } from "./organization-model";

/*
 * Proofs: requests evaluated by iam-simulate against the policies the program attaches to the example
 * organization (Pulumi.prod.yaml), through the OU path of the account that makes them. Every principal
 * has AdministratorAccess, so a denial can only come from a guardrail.
 */

const ADMIN = "role/AWSReservedSSO_AdministratorAccess_0123456789abcdef";
const ACCESS_ROLE = "role/OrganizationAccountAccessRole";
const PREVIEW_ROLE = "role/acme-foundation-preview";
const DENIED: Decision = "ExplicitlyDenied";
const ALLOWED: Decision = "Allowed";

type Case = [what: string, request: Request | ((model: OrganizationModel) => Request), expected: Decision];

function table(model: () => OrganizationModel, cases: Case[]) {
    for (const [what, request, expected] of cases) {
        it(`${expected === ALLOWED ? "allows" : "denies"} ${what}`, async () => {
            const m = model();
            assert.strictEqual(await m.decide(typeof request === "function" ? request(m) : request), expected);
        });
    }
}

describe("guardrails, proven by simulation on the example organization", function () {
    this.timeout(120000);
    let model: OrganizationModel;
    before(async () => { model = await modelOf(exampleValues()); });

    describe("organization-wide (Root)", () => {
        table(() => model, [
            ["an administrator leaving the organization", { account: "prod", principal: ADMIN, action: "organizations:LeaveOrganization" }, DENIED],
            ["the account access role, the foundation's way in, leaving it", { account: "prod", principal: ACCESS_ROLE, action: "organizations:LeaveOrganization" }, ALLOWED],
            ["a role named like the access role under another path", { account: "prod", principal: "role/x/OrganizationAccountAccessRole", action: "organizations:LeaveOrganization" }, DENIED],
            ["a role whose name only starts like the access role's", { account: "prod", principal: "role/OrganizationAccountAccessRole2", action: "organizations:LeaveOrganization" }, DENIED],
            ["a member account's root user anything", { account: "prod", principal: "root", action: "s3:ListAllMyBuckets" }, DENIED],
            ["a root session started from the management account (centralized root access) unlocking a bucket policy", { account: "prod", principal: "root", action: "s3:DeleteBucketPolicy", resource: "arn:aws:s3:::acme-app", context: { "aws:AssumedRoot": "true" } }, ALLOWED],
            ["stopping CloudTrail", { account: "prod", principal: ADMIN, action: "cloudtrail:StopLogging", resource: "arn:aws:cloudtrail:us-east-1:111111111111:trail/acme-organization-trail" }, DENIED],
            ["reading CloudTrail events", { account: "prod", principal: ADMIN, action: "cloudtrail:LookupEvents" }, ALLOWED],
            ["stopping the AWS Config recorder", { account: "staging", principal: ADMIN, action: "config:StopConfigurationRecorder", resource: "arn:aws:config:us-east-1:*:configuration-recorder/default/abcdefghijklmnop" }, DENIED],
            ["deleting the GuardDuty detector", { account: "audit", principal: ADMIN, action: "guardduty:DeleteDetector", resource: "arn:aws:guardduty:us-east-1:*:detector/abc" }, DENIED],
            ["hiding GuardDuty findings with a filter", { account: "audit", principal: ADMIN, action: "guardduty:CreateFilter", resource: "arn:aws:guardduty:us-east-1:*:detector/abc/filter/archive-all" }, DENIED],
            ["the audit account's administrator turning GuardDuty off for the organization", { account: "audit", principal: ADMIN, action: "guardduty:UpdateOrganizationConfiguration" }, DENIED],
            ["the audit account's administrator hiding findings behind a trusted IP list", { account: "audit", principal: ADMIN, action: "guardduty:CreateIPSet" }, DENIED],
            ["the audit account's administrator changing the organization's Security Hub configuration policy", { account: "audit", principal: ADMIN, action: "securityhub:UpdateConfigurationPolicy", resource: "arn:aws:securityhub:us-east-1:*:configuration-policy/0b3a1c52-8f0e-4d3e-9a57-3f1f0c2b9d11" }, DENIED],
            ["the audit account's administrator suppressing findings with an automation rule", { account: "audit", principal: ADMIN, action: "securityhub:CreateAutomationRule" }, DENIED],
            ["the foundation, through the audit account's access role, changing the configuration policy", { account: "audit", principal: ACCESS_ROLE, action: "securityhub:UpdateConfigurationPolicy", resource: "arn:aws:securityhub:us-east-1:*:configuration-policy/0b3a1c52-8f0e-4d3e-9a57-3f1f0c2b9d11" }, ALLOWED],
            ["disabling Security Hub", { account: "audit", principal: ADMIN, action: "securityhub:DisableSecurityHub", resource: "arn:aws:securityhub:us-east-1:*:hub/default" }, DENIED],
            ["deleting an Access Analyzer analyzer", { account: "audit", principal: ADMIN, action: "access-analyzer:DeleteAnalyzer", resource: "arn:aws:access-analyzer:us-east-1:*:analyzer/acme" }, DENIED],
            ["turning off EBS encryption by default", { account: "prod", principal: ADMIN, action: "ec2:DisableEbsEncryptionByDefault" }, DENIED],
            ["lifting the S3 account public access block", { account: "prod", principal: ADMIN, action: "s3:PutAccountPublicAccessBlock" }, DENIED],
            ["weakening the IAM password policy", { account: "prod", principal: ADMIN, action: "iam:UpdateAccountPasswordPolicy" }, DENIED],
            ["changing an alternate contact from inside the account", { account: "prod", principal: ADMIN, action: "account:PutAlternateContact", resource: "arn:aws:account::*:account" }, DENIED],
            ["a regional action outside the allowed regions", { account: "prod", principal: ADMIN, action: "ec2:DescribeInstances", region: "ap-southeast-2" }, DENIED],
            ["a regional action in an allowed region", { account: "prod", principal: ADMIN, action: "ec2:DescribeInstances", region: "eu-west-1" }, ALLOWED],
            ["the foundation's preview role reading a region outside them (its IAM policy allows reads only)", { account: "prod", principal: PREVIEW_ROLE, action: "ec2:DescribeInstances", region: "ap-southeast-2" }, ALLOWED],
            ["a global service (IAM) whatever region the call names", { account: "prod", principal: ADMIN, action: "iam:ListRoles", region: "ap-southeast-2" }, ALLOWED],
            ["enabling an opt-in region", { account: "prod", principal: ADMIN, action: "account:EnableRegion", resource: "arn:aws:account::*:account" }, DENIED],
            ["creating an IAM user", { account: "sandbox", principal: ADMIN, action: "iam:CreateUser", resource: "arn:aws:iam::*:user/bob" }, DENIED],
            ["creating an access key", { account: "sandbox", principal: ADMIN, action: "iam:CreateAccessKey", resource: "arn:aws:iam::*:user/bob" }, DENIED],
            ["deleting a log archive bucket", m => ({ account: "log-archive", principal: ADMIN, action: "s3:DeleteBucket", resource: `arn:aws:s3:::acme-logs-${m.accountId("log-archive")}` }), DENIED],
            ["replacing the Config bucket's policy", m => ({ account: "log-archive", principal: ADMIN, action: "s3:PutBucketPolicy", resource: `arn:aws:s3:::acme-config-${m.accountId("log-archive")}` }), DENIED],
            ["deleting another bucket of the log-archive account", { account: "log-archive", principal: ADMIN, action: "s3:DeleteBucket", resource: "arn:aws:s3:::acme-logs-reports" }, ALLOWED],
            ["scheduling the deletion of a foundation KMS key", { account: "log-archive", principal: ADMIN, action: "kms:ScheduleKeyDeletion", resource: "arn:aws:kms:us-east-1:*:key/0b3a1c52-8f0e-4d3e-9a57-3f1f0c2b9d11", context: { "kms:ResourceAliases": ["alias/acme/log-archive"] } }, DENIED],
            ["replacing a foundation key's policy", { account: "log-archive", principal: ADMIN, action: "kms:PutKeyPolicy", resource: "arn:aws:kms:us-east-1:*:key/0b3a1c52-8f0e-4d3e-9a57-3f1f0c2b9d11", context: { "kms:ResourceAliases": ["alias/acme/log-archive"] } }, DENIED],
            ["deleting a foundation key's alias", { account: "log-archive", principal: ADMIN, action: "kms:DeleteAlias", resource: "arn:aws:kms:us-east-1:*:alias/acme/log-archive" }, DENIED],
            ["scheduling the deletion of an application's key", m => ({
                account: "log-archive", principal: ADMIN, action: "kms:ScheduleKeyDeletion", resource: "arn:aws:kms:us-east-1:*:key/0b3a1c52-8f0e-4d3e-9a57-3f1f0c2b9d11", context: { "kms:ResourceAliases": ["alias/app"] },
                resourcePolicy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${m.accountId("log-archive")}:root` }, Action: "kms:*", Resource: "*" }] },
            }), ALLOWED],
            ["changing who may assume the account access role", m => ({ account: "prod", principal: ADMIN, action: "iam:UpdateAssumeRolePolicy", resource: `arn:aws:iam::${m.accountId("prod")}:role/OrganizationAccountAccessRole` }), DENIED],
            ["creating a role with the access role's name, in an account that lacks one", m => ({ account: "prod", principal: ADMIN, action: "iam:CreateRole", resource: `arn:aws:iam::${m.accountId("prod")}:role/OrganizationAccountAccessRole` }), DENIED],
            ["changing the foundation's read-only preview role", m => ({ account: "prod", principal: ADMIN, action: "iam:AttachRolePolicy", resource: `arn:aws:iam::${m.accountId("prod")}:role/acme-foundation-preview` }), DENIED],
            ["widening a workload pipeline's deploy role", m => ({ account: "prod", principal: ADMIN, action: "iam:AttachRolePolicy", resource: `arn:aws:iam::${m.accountId("prod")}:role/acme-app-deploy` }), DENIED],
            ["deleting the GitHub OIDC provider pipelines trust", m => ({ account: "prod", principal: ADMIN, action: "iam:DeleteOpenIDConnectProvider", resource: `arn:aws:iam::${m.accountId("prod")}:oidc-provider/token.actions.githubusercontent.com` }), DENIED],
            ["changing an application's own role", m => ({ account: "prod", principal: ADMIN, action: "iam:PutRolePolicy", resource: `arn:aws:iam::${m.accountId("prod")}:role/app-lambda` }), ALLOWED],
        ]);
    });

    describe("workloads (Workloads and Sandbox), and the layers above them", () => {
        const run = (account: string, tokens: string): Request => ({
            account, principal: ADMIN, action: "ec2:RunInstances", resource: "arn:aws:ec2:us-east-1:*:instance/i-0123456789abcdef0", context: { "ec2:MetadataHttpTokens": tokens },
        });
        table(() => model, [
            ["an instance without IMDSv2 in Workloads/Prod", run("prod", "optional"), DENIED],
            ["an instance with IMDSv2 in Workloads/Prod", run("prod", "required"), ALLOWED],
            ["an instance without IMDSv2 in Sandbox", run("sandbox", "optional"), DENIED],
            ["an instance without IMDSv2 in Infrastructure, which has no workload guardrails", run("shared-services", "optional"), ALLOWED],
            ["changing metadata options of a running instance", { account: "staging", principal: ADMIN, action: "ec2:ModifyInstanceMetadataOptions", resource: "arn:aws:ec2:us-east-1:*:instance/i-0123456789abcdef0" }, DENIED],
            ["credentials an IMDSv1 instance got", { account: "prod", principal: "role/app-instance", action: "s3:ListAllMyBuckets", context: { "ec2:RoleDelivery": "1.0" } }, DENIED],
            ["credentials an IMDSv2 instance got", { account: "prod", principal: "role/app-instance", action: "s3:ListAllMyBuckets", context: { "ec2:RoleDelivery": "2.0" } }, ALLOWED],
            ["creating a default VPC in Sandbox", { account: "sandbox", principal: ADMIN, action: "ec2:CreateDefaultVpc" }, DENIED],
            ["creating a default VPC in Infrastructure", { account: "shared-services", principal: ADMIN, action: "ec2:CreateDefaultVpc" }, ALLOWED],
        ]);
    });

    describe("the management account, which no SCP or RCP restricts", () => {
        table(() => model, [
            ["stopping CloudTrail there", { account: "management", principal: ADMIN, action: "cloudtrail:StopLogging", resource: "arn:aws:cloudtrail:us-east-1:111111111111:trail/acme-organization-trail" }, ALLOWED],
            ["its root user", { account: "management", principal: "root", action: "s3:ListAllMyBuckets" }, ALLOWED],
            ["a request without TLS to its buckets", { account: "management", principal: ADMIN, action: "s3:GetObject", resource: "arn:aws:s3:::acme-reports/a", context: { "aws:SecureTransport": "false" } }, ALLOWED],
        ]);
    });

    describe("the data perimeter (resource control policy)", () => {
        table(() => model, [
            ["a request without TLS to a member account's bucket, even by the access role", { account: "prod", principal: ACCESS_ROLE, action: "s3:GetObject", resource: "arn:aws:s3:::acme-app/a", context: { "aws:SecureTransport": "false" } }, DENIED],
            ["a request without TLS to a Secrets Manager secret", { account: "prod", principal: ADMIN, action: "secretsmanager:GetSecretValue", resource: "arn:aws:secretsmanager:us-east-1:*:secret:db-AbCdEf", context: { "aws:SecureTransport": "false" } }, DENIED],
            ["a request with TLS", { account: "prod", principal: ADMIN, action: "s3:GetObject", resource: "arn:aws:s3:::acme-app/a" }, ALLOWED],
            ["a principal outside the organization that a bucket policy lets in (organizationOnly is off by default)", {
                account: "prod", principal: "arn:aws:iam::999999999999:role/partner", action: "s3:GetObject", resource: "arn:aws:s3:::acme-app/a",
                resourcePolicy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::999999999999:role/partner" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::acme-app/*" }] },
            }, ALLOWED],
        ]);
    });
});

describe("guardrails, proven by simulation on variants of the example", function () {
    this.timeout(120000);

    describe("an account moved to the Suspended OU", () => {
        let model: OrganizationModel;
        before(async () => { model = await modelOf(exampleValues(doc => { doc["foundation:accounts"].find((a: { key: string }) => a.key === "sandbox").ou = "Suspended"; })); });
        table(() => model, [
            ["its administrator anything", { account: "sandbox", principal: ADMIN, action: "s3:ListAllMyBuckets" }, DENIED],
            ["its administrator even reading IAM", { account: "sandbox", principal: ADMIN, action: "iam:ListRoles" }, DENIED],
            ["the access role, so the foundation can still manage and close it", { account: "sandbox", principal: ACCESS_ROLE, action: "ec2:DescribeInstances" }, ALLOWED],
            ["the foundation's preview role reading it, so a read-only preview still works", { account: "sandbox", principal: PREVIEW_ROLE, action: "ec2:DescribeInstances" }, ALLOWED],
            ["an administrator of an account in Workloads, which Suspended does not reach", { account: "prod", principal: ADMIN, action: "s3:ListAllMyBuckets" }, ALLOWED],
        ]);
    });

    describe("a break-glass permission set exempted in config", () => {
        let model: OrganizationModel;
        const breakGlass = "role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_BreakGlass_0123456789abcdef";
        before(async () => {
            model = await modelOf(exampleValues(doc => {
                doc["foundation:guardrails"].exemptRoles = ["arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_BreakGlass_*"];
            }));
        });
        table(() => model, [
            ["its sessions stopping CloudTrail", { account: "prod", principal: breakGlass, action: "cloudtrail:StopLogging", resource: "arn:aws:cloudtrail:us-east-1:111111111111:trail/acme-organization-trail" }, ALLOWED],
            ["another permission set's sessions doing so", { account: "prod", principal: ADMIN, action: "cloudtrail:StopLogging", resource: "arn:aws:cloudtrail:us-east-1:111111111111:trail/acme-organization-trail" }, DENIED],
        ]);
    });

    describe("allowed regions that exclude us-east-1", () => {
        let model: OrganizationModel;
        before(async () => {
            model = await modelOf(exampleValues(doc => {
                doc["foundation:organization"].homeRegion = "eu-west-1";
                doc["foundation:organization"].allowedRegions = ["eu-west-1"];
            }));
        });
        table(() => model, [
            ["a global service call, which AWS makes in us-east-1", { account: "prod", principal: ADMIN, action: "iam:CreateRole", resource: "arn:aws:iam::*:role/app", region: "us-east-1" }, ALLOWED],
            ["reading the S3 account public access block from us-east-1", { account: "prod", principal: ADMIN, action: "s3:GetAccountPublicAccessBlock", region: "us-east-1" }, ALLOWED],
            ["the account's alternate contacts page, served from us-east-1", m => ({ account: "prod", principal: ADMIN, action: "account:GetAlternateContact", resource: `arn:aws:account::${m.accountId("prod")}:account`, region: "us-east-1" }), ALLOWED],
            ["a regional call in us-east-1", { account: "prod", principal: ADMIN, action: "ec2:DescribeInstances", region: "us-east-1" }, DENIED],
            ["a regional call in eu-west-1", { account: "prod", principal: ADMIN, action: "ec2:DescribeInstances", region: "eu-west-1" }, ALLOWED],
        ]);
    });

    describe("organizationOnly on, with a trusted vendor account", () => {
        let model: OrganizationModel;
        before(async () => {
            model = await modelOf(exampleValues(doc => {
                doc["foundation:guardrails"].resourceControlPolicies = { secureTransport: true, organizationOnly: true, trustedAccounts: ["888888888888"] };
            }));
        });
        const openBucket = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::acme-app/*" }] };
        const get = (principal: string): Request => ({ account: "prod", principal, action: "s3:GetObject", resource: "arn:aws:s3:::acme-app/a", resourcePolicy: openBucket });
        table(() => model, [
            ["a principal outside the organization, whatever the bucket policy says", get("arn:aws:iam::999999999999:role/partner"), DENIED],
            ["the trusted vendor account", get("arn:aws:iam::888888888888:role/vendor"), ALLOWED],
            ["a principal of another account of the organization", m => ({ ...get(`arn:aws:iam::${m.accountId("staging")}:role/app`), principal: "role/app", account: "staging", resourceAccount: "prod" }), ALLOWED],
            ["CloudTrail delivering logs to a bucket of the organization", {
                account: "log-archive", principal: "cloudtrail.amazonaws.com", action: "s3:PutObject", resource: "arn:aws:s3:::acme-trail/AWSLogs/o-example/a.json.gz",
                resourcePolicy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:PutObject", Resource: "arn:aws:s3:::acme-trail/*" }] },
            }, ALLOWED],
            ["CloudTrail delivering logs without TLS", {
                account: "log-archive", principal: "cloudtrail.amazonaws.com", action: "s3:PutObject", resource: "arn:aws:s3:::acme-trail/AWSLogs/o-example/a.json.gz",
                context: { "aws:SecureTransport": "false" },
                resourcePolicy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:PutObject", Resource: "arn:aws:s3:::acme-trail/*" }] },
            }, DENIED],
        ]);
    });
});
