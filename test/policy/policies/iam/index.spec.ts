/** the service's policies together (policy/policies/iam/index.ts). */
import * as assert from "assert";
import { UNKNOWN } from "../../../../policy/lib";
import { definition as managedEscalation } from "../../../../policy/policies/iam/iam-managed-policy-no-escalation";
import { definition as adminAttached } from "../../../../policy/policies/iam/iam-no-admin-policy-attached";
import { definition as escalation } from "../../../../policy/policies/iam/iam-no-privilege-escalation";
import { definition as wildcardActions } from "../../../../policy/policies/iam/iam-no-wildcard-actions";
import { definition as wildcardAdmin } from "../../../../policy/policies/iam/iam-no-wildcard-admin-policy";
import { happy } from "../../factories";
import { GROUP_ATTACHMENT, GROUP_EXCLUSIVE, PERMISSION_SET_INLINE, POLICY, POLICY_ATTACHMENT, ROLE, ROLE_ATTACHMENT, ROLE_EXCLUSIVE, ROLE_POLICY, USER_ATTACHMENT, USER_EXCLUSIVE } from "../../iam-types";
import { MANAGED, allow } from "../../samples";

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
