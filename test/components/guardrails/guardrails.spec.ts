import * as assert from "assert";
import { runArea } from "../area-harness";
import { exampleValues, type Run } from "../harness";

const EXEMPT = ["arn:aws:iam::*:role/OrganizationAccountAccessRole", "arn:aws:iam::111111111111:role/acme-foundation-deploy"];
const exemptCondition = { ArnNotLike: { "aws:PrincipalArn": EXEMPT } };
/** deny-all and the region deny also let the foundation's read-only preview role read. */
const exemptOrPreview = { ArnNotLike: { "aws:PrincipalArn": [...EXEMPT, "arn:aws:iam::*:role/acme-foundation-preview"] } };

/** Statements of a policy resource's content, by Sid. */
type Statement = { Sid: string; Resource: string | string[]; NotAction: string[]; Condition: Record<string, Record<string, unknown>> };
const statements = (run: Run, name: string): Record<string, Statement> =>
    Object.fromEntries((run.document(run.named(name), "content").Statement as Statement[]).map(s => [s.Sid, s]));

describe("Guardrails on the example stack", function () {
    this.timeout(60000);
    let run: Run;
    before(async () => { run = await runArea("guardrails", exampleValues()); });

    it("creates each policy in the management account and attaches it where the map says", () => {
        const ouId = (path: string) => run.named(`foundation-organization-ou-${path}`).id;
        const rootId = (run.ofType("aws:organizations/organization:Organization")[0].state.roots as { id: string }[])[0].id;
        const policies = run.ofType("aws:organizations/policy:Policy").map(p => {
            const attachment = run.named(`${p.name}-attachment`);
            assert.strictEqual(attachment.inputs.policyId, p.id);
            assert.strictEqual(run.providerName(p), "foundation-management");
            assert.strictEqual(run.providerName(attachment), "foundation-management");
            return [p.name, p.inputs.type, p.inputs.name, attachment.inputs.targetId];
        });
        assert.deepStrictEqual(policies, [
            ["foundation-guardrails-scp-Root-1", "SERVICE_CONTROL_POLICY", "acme-guardrails-Root-1", rootId],
            ["foundation-guardrails-scp-Root-2", "SERVICE_CONTROL_POLICY", "acme-guardrails-Root-2", rootId],
            ["foundation-guardrails-scp-Workloads-1", "SERVICE_CONTROL_POLICY", "acme-guardrails-Workloads-1", ouId("Workloads")],
            ["foundation-guardrails-scp-Sandbox-1", "SERVICE_CONTROL_POLICY", "acme-guardrails-Sandbox-1", ouId("Sandbox")],
            ["foundation-guardrails-scp-Suspended-1", "SERVICE_CONTROL_POLICY", "acme-guardrails-Suspended-1", ouId("Suspended")],
            ["foundation-guardrails-ec2", "DECLARATIVE_POLICY_EC2", "acme-ec2-settings", rootId],
            ["foundation-guardrails-rcp", "RESOURCE_CONTROL_POLICY", "acme-data-perimeter", rootId],
        ]);
        assert.match(String(rootId), /^r-[a-z0-9]{4}$/);
        assert.strictEqual(run.ofType("aws:organizations/policyAttachment:PolicyAttachment").length, 7);
    });

    it("describes the data perimeter and the EC2 settings by what they hold", () => {
        assert.strictEqual(run.named("foundation-guardrails-rcp").inputs.description, "Data perimeter (acme foundation): TLS only");
        assert.strictEqual(run.named("foundation-guardrails-ec2").inputs.description,
            "EC2 settings of every account and region (acme foundation): instance_metadata_defaults, image_block_public_access, snapshot_block_public_access, serial_console_access");
    });

    it("creates policies only once the organization (and so its policy types) exists", () => {
        const organizationUrn = run.ofType("aws:organizations/organization:Organization")[0].urn;
        for (const policy of run.ofType("aws:organizations/policy:Policy")) {
            assert.ok(policy.dependencies.includes(organizationUrn), policy.name);
        }
    });

    it("packs the root's twelve guardrails into two documents within 5,120 characters, each described", () => {
        const root = ["foundation-guardrails-scp-Root-1", "foundation-guardrails-scp-Root-2"].map(n => run.named(n));
        assert.deepStrictEqual(root.map(p => run.document(p, "content").Statement.map((s: { Sid: string }) => s.Sid)), [
            [
                "DenyLeavingOrganization", "DenyRootUser", "ProtectCloudtrail", "ProtectConfig", "ProtectAccessAnalyzer", "DenyRegionOptIn", "DenyIamUsers",
                "ProtectLogBuckets", "ProtectFoundationKeys", "ProtectFoundationKeyAliases", "ProtectPipelineIdentityProviders",
            ],
            ["ProtectGuardduty", "ProtectSecurityHub", "ProtectAccountBaseline", "DenyUnapprovedRegions", "ProtectFoundationRoles"],
        ]);
        assert.deepStrictEqual(root.map(p => (p.inputs.content as string).length), [4397, 5049]);
        assert.strictEqual(root[1].inputs.description,
            "Denies (acme foundation guardrails): protect-guardduty, protect-security-hub, protect-account-baseline, deny-unapproved-regions, protect-foundation-roles");
    });

    it("exempts exactly the access role and the foundation's deploy role in every SCP deny but the root user's (and the preview role from the two that stop reads)", () => {
        for (const name of ["foundation-guardrails-scp-Root-1", "foundation-guardrails-scp-Root-2", "foundation-guardrails-scp-Workloads-1", "foundation-guardrails-scp-Suspended-1"]) {
            for (const statement of Object.values(statements(run, name))) {
                if (statement.Sid === "DenyRootUser") continue;
                const expected = ["DenyUnapprovedRegions", "DenyAll"].includes(statement.Sid) ? exemptOrPreview : exemptCondition;
                assert.deepStrictEqual(statement.Condition.ArnNotLike, expected.ArnNotLike, `${name} ${statement.Sid}`);
            }
        }
    });

    it("writes the organization-wide denies as AWS documents them", () => {
        const root = { ...statements(run, "foundation-guardrails-scp-Root-1"), ...statements(run, "foundation-guardrails-scp-Root-2") };
        assert.deepStrictEqual(root.DenyRootUser, {
            Sid: "DenyRootUser", Effect: "Deny", Action: "*", Resource: "*",
            Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:root" }, Null: { "aws:AssumedRoot": "true" } },
        });
        assert.deepStrictEqual(root.DenyLeavingOrganization, {
            Sid: "DenyLeavingOrganization", Effect: "Deny", Action: ["organizations:LeaveOrganization"], Resource: "*", Condition: exemptCondition,
        });
        assert.deepStrictEqual(root.DenyUnapprovedRegions.Condition, {
            StringNotEquals: { "aws:RequestedRegion": ["us-east-1", "eu-west-1"] }, ...exemptOrPreview,
        });
        assert.strictEqual(root.DenyUnapprovedRegions.NotAction.length, 86);
        for (const global of ["iam:*", "sts:*", "organizations:*", "account:*", "sso:*", "s3:GetBucketLocation", "cloudfront:*", "route53:*", "support:*"]) {
            assert.ok(root.DenyUnapprovedRegions.NotAction.includes(global), global);
        }
        assert.ok(!root.DenyUnapprovedRegions.NotAction.some(a => a.startsWith("ec2:Run") || a === "s3:*" || a === "ec2:*"));
        assert.deepStrictEqual(root.ProtectLogBuckets.Resource, [
            "arn:aws:s3:::acme-logs-????????????", "arn:aws:s3:::acme-config-????????????", "arn:aws:s3:::acme-access-logs-????????????",
        ]);
        assert.deepStrictEqual(root.ProtectFoundationKeys.Condition, {
            "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/acme/*" }, ...exemptCondition,
        });
        assert.deepStrictEqual(root.ProtectFoundationRoles.Resource, [...EXEMPT, "arn:aws:iam::*:role/acme-*-deploy", "arn:aws:iam::*:role/acme-*-preview"]);
        assert.deepStrictEqual(root.ProtectPipelineIdentityProviders.Resource, [
            "arn:aws:iam::*:oidc-provider/api.pulumi.com/oidc", "arn:aws:iam::*:oidc-provider/token.actions.githubusercontent.com",
        ]);
    });

    it("writes the workload guardrails as AWS's IMDSv2 example, and deny-all for Suspended", () => {
        const workloads = statements(run, "foundation-guardrails-scp-Workloads-1");
        assert.deepStrictEqual(workloads.RequireImdsv2, {
            Sid: "RequireImdsv2", Effect: "Deny", Action: ["ec2:RunInstances"], Resource: "arn:aws:ec2:*:*:instance/*",
            Condition: { StringNotEquals: { "ec2:MetadataHttpTokens": "required" }, ...exemptCondition },
        });
        assert.deepStrictEqual(workloads.LimitImdsHops.Condition.NumericGreaterThan, { "ec2:MetadataHttpPutResponseHopLimit": "2" });
        assert.deepStrictEqual(workloads.DenyImdsv1Credentials.Condition.NumericLessThan, { "ec2:RoleDelivery": "2.0" });
        assert.deepStrictEqual(run.named("foundation-guardrails-scp-Sandbox-1").inputs.content, run.named("foundation-guardrails-scp-Workloads-1").inputs.content);
        assert.deepStrictEqual(run.document(run.named("foundation-guardrails-scp-Suspended-1"), "content"), {
            Version: "2012-10-17",
            Statement: [{ Sid: "DenyAll", Effect: "Deny", Action: ["*"], Resource: "*", Condition: exemptOrPreview }],
        });
    });

    it("sets the TLS-only data perimeter at the root", () => {
        assert.deepStrictEqual(run.document(run.named("foundation-guardrails-rcp"), "content"), {
            Version: "2012-10-17",
            Statement: [{
                Sid: "EnforceSecureTransport", Effect: "Deny", Principal: "*",
                Action: ["s3:*", "sts:*", "kms:*", "sqs:*", "secretsmanager:*", "cognito-identity:*", "cognito-idp:*", "logs:*", "dynamodb:*", "ecr:*", "aoss:*"],
                Resource: "*", Condition: { BoolIfExists: { "aws:SecureTransport": "false" } },
            }],
        });
    });

    it("sets EC2's account attributes through one declarative policy at the root", () => {
        assert.deepStrictEqual(run.document(run.named("foundation-guardrails-ec2"), "content"), {
            ec2_attributes: {
                instance_metadata_defaults: { http_tokens: { "@@assign": "required" }, http_put_response_hop_limit: { "@@assign": "2" } },
                image_block_public_access: { state: { "@@assign": "block_new_sharing" } },
                snapshot_block_public_access: { state: { "@@assign": "block_all_sharing" } },
                serial_console_access: { status: { "@@assign": "disabled" } },
            },
        });
    });

    it("enables the policy types and IAM's trusted access the guardrails need, then centralized root access", () => {
        const organization = run.ofType("aws:organizations/organization:Organization")[0];
        assert.deepStrictEqual(organization.inputs.enabledPolicyTypes, ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "DECLARATIVE_POLICY_EC2"]);
        assert.ok((organization.inputs.awsServiceAccessPrincipals as string[]).includes("iam.amazonaws.com"));
        const features = run.ofType("aws:iam/organizationsFeatures:OrganizationsFeatures");
        assert.deepStrictEqual(features.map(f => [f.name, f.inputs.enabledFeatures, run.providerName(f)]), [
            ["foundation-root-access", ["RootCredentialsManagement", "RootSessions"], "foundation-management"],
        ]);
        assert.ok(features[0].options.dependsOn.includes(organization.urn));
    });
});

describe("Guardrails from config", function () {
    this.timeout(60000);

    it("creates only service control policies when the data perimeter, EC2 settings and root access are off, but keeps their policy types enabled", async () => {
        const run = await runArea("guardrails", exampleValues(d => {
            d["foundation:guardrails"].resourceControlPolicies.secureTransport = false;
            d["foundation:guardrails"].ec2 = { requireImdsv2: false, blockPublicImages: false, blockPublicSnapshots: false, disableSerialConsole: false };
            d["foundation:guardrails"].centralizedRootAccess = false;
        }));
        assert.deepStrictEqual(run.ofType("aws:organizations/organization:Organization")[0].inputs.enabledPolicyTypes, ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "DECLARATIVE_POLICY_EC2"]);
        assert.deepStrictEqual(run.ofType("aws:organizations/policy:Policy").map(p => p.inputs.type), Array(5).fill("SERVICE_CONTROL_POLICY"));
        assert.strictEqual(run.ofType("aws:iam/organizationsFeatures:OrganizationsFeatures").length, 0);
    });

    it("attaches to member accounts, adds the organization-only perimeter with the organization id, and sets VPC block public access", async () => {
        const run = await runArea("guardrails", exampleValues(d => {
            d["foundation:guardrails"].serviceControlPolicies = { Root: ["protect-foundation-roles"], prod: ["deny-iam-users"], "Workloads/Prod": ["deny-default-vpc"] };
            d["foundation:guardrails"].resourceControlPolicies = { organizationOnly: true, secureTransport: false, trustedAccounts: ["888888888888"] };
            d["foundation:guardrails"].ec2 = { vpcBlockPublicAccess: "block-ingress", vpcBlockPublicAccessExclusions: false, exceptionMessage: "Ask #platform for an exception" };
        }));
        const prodAccount = run.named("foundation-prod");
        assert.strictEqual(run.named("foundation-guardrails-scp-prod-1-attachment").inputs.targetId, prodAccount.id);
        assert.strictEqual(run.named("foundation-guardrails-scp-prod-1").inputs.name, "acme-guardrails-prod-1");
        // A nested path keeps a hash of itself in the policy name: `Workloads/Prod` and an OU named `Workloads-Prod` differ.
        assert.strictEqual(run.named("foundation-guardrails-scp-Workloads/Prod-1").inputs.name, "acme-guardrails-Workloads-Prod-f21d1c-1");
        const organizationId = run.ofType("aws:organizations/organization:Organization")[0].id;
        assert.match(organizationId, /^o-[a-z0-9]{10}$/);
        assert.deepStrictEqual(run.document(run.named("foundation-guardrails-rcp"), "content").Statement, [{
            Sid: "EnforceOrgIdentities", Effect: "Deny", Principal: "*",
            Action: [
                "s3:*", "sts:AssumeRole", "sts:DecodeAuthorizationMessage", "sts:GetAccessKeyInfo", "sts:GetFederationToken",
                "sts:GetServiceBearerToken", "sts:GetSessionToken", "sts:SetContext", "kms:*", "sqs:*", "secretsmanager:*",
                "cognito-identity:*", "cognito-idp:*", "logs:*", "dynamodb:*", "ecr:*", "aoss:*",
            ],
            Resource: "*",
            Condition: {
                StringNotEqualsIfExists: { "aws:PrincipalOrgID": organizationId, "aws:PrincipalAccount": ["888888888888"] },
                BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
            },
        }]);
        assert.strictEqual(run.named("foundation-guardrails-rcp").inputs.description, "Data perimeter (acme foundation): organization principals only");
        const both = await runArea("guardrails", exampleValues(d => { d["foundation:guardrails"].resourceControlPolicies = { organizationOnly: true }; }));
        assert.strictEqual(both.named("foundation-guardrails-rcp").inputs.description, "Data perimeter (acme foundation): TLS only, organization principals only");
        const ec2 = run.document(run.named("foundation-guardrails-ec2"), "content").ec2_attributes;
        assert.deepStrictEqual(ec2.vpc_block_public_access, {
            internet_gateway_block: { mode: { "@@assign": "block_ingress" }, exclusions_allowed: { "@@assign": "disabled" } },
        });
        assert.deepStrictEqual(ec2.exception_message, { "@@assign": "Ask #platform for an exception" });
        assert.deepStrictEqual(Object.keys(ec2), [
            "instance_metadata_defaults", "image_block_public_access", "snapshot_block_public_access", "serial_console_access", "vpc_block_public_access", "exception_message",
        ]);
    });
});
