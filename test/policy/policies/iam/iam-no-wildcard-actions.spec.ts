/** iam-no-wildcard-actions (policy/policies/iam/iam-no-wildcard-actions.ts). */
import * as assert from "assert";
import { definition as wildcardActions } from "../../../../policy/policies/iam/iam-no-wildcard-actions";
import { happy } from "../../factories";
import { PERMISSION_SET_INLINE, POLICY, ROLE, ROLE_POLICY } from "../../iam-types";
import { SENTINEL, allow, policyJson, withPolicy } from "../../samples";
import { checkEach } from "../../tables";

describe("policy iam-no-wildcard-actions", () => {
    const STAR = (where: string, on = "on the resources it names") => `${where} allows Action "*" (every action of every service) ${on} (foundation least-privilege): ` +
        "on an IAM role that includes passing it and changing its trust, on a bucket deleting it and its policy; list the actions the principal needs";
    const SERVICE = (where: string, actions: string) => `${where} allows ${actions} (FSBP IAM.21): every action of the service, including ones AWS adds later and ` +
        'ones that delete or share data; list the actions the principal needs, or a prefix wildcard such as "ec2:Describe*"';
    const NOT = (where: string, actions: string) => `${where} allows NotAction ${actions} (FSBP IAM.21): every action of every other service on the resources it names; ` +
        "list the actions the principal needs in Action instead";
    checkEach(wildcardActions, POLICY, [
        ['"ec2:*" on every resource (the IAM.21 failing example)', withPolicy(POLICY, policyJson({ Sid: "EC2-Wildcard", ...allow("ec2:*") })),
            [SERVICE('policy.Statement[0] (Sid "EC2-Wildcard")', '"ec2:*"')]],
        ['"ec2:Describe*" (the IAM.21 passing example)', withPolicy(POLICY, policyJson(allow("ec2:Describe*"))), []],
        ["two services on one bucket", withPolicy(POLICY, policyJson(allow(["s3:*", "KMS:*", "s3:GetObject"], "arn:aws:s3:::b/*"))), [SERVICE("policy.Statement[0]", '"s3:*", "KMS:*"')]],
        ['NotAction "iam:*" on one bucket', withPolicy(POLICY, policyJson({ Effect: "Allow", NotAction: ["iam:*"], Resource: "arn:aws:s3:::b" })),
            [NOT("policy.Statement[0]", '"iam:*"')]],
        ["NotAction on every resource: iam-no-wildcard-admin-policy reports it", withPolicy(POLICY, policyJson({ Effect: "Allow", NotAction: "iam:*", Resource: "*" })), []],
        ['"*" on one resource (checkov CKV_AWS_63 test_failure)', withPolicy(POLICY, policyJson(allow(["*"], "abc*"))), [STAR("policy.Statement[0]")]],
        ['"*" on every resource: iam-no-wildcard-admin-policy reports it', withPolicy(POLICY, policyJson(allow("*"))), []],
        ['"*" on every resource but one (NotResource)', withPolicy(POLICY, policyJson({ Effect: "Allow", Action: "*", NotResource: "arn:aws:s3:::x" })),
            [STAR("policy.Statement[0]", "on every resource but those NotResource names")]],
        ['a Deny of "s3:*"', withPolicy(POLICY, policyJson({ Effect: "Deny", Action: "s3:*", Resource: "*" })), []],
        ["Action unknown", withPolicy(POLICY, policyJson(allow(SENTINEL))), []],
        ["Effect unknown", withPolicy(POLICY, policyJson({ ...allow("s3:*"), Effect: SENTINEL })), []],
    ]);
    it('judges "service:*" only in customer managed policies, as IAM.21 does, and "*" on a resource in every document', () => {
        const policy = policyJson(allow(["s3:*"], "arn:aws:s3:::b/*"), allow("*", "arn:aws:iam::111111111111:role/app"));
        assert.deepStrictEqual(wildcardActions.check(ROLE_POLICY, { role: "r", policy }), [STAR("policy.Statement[1]")]);
        assert.deepStrictEqual(wildcardActions.check(ROLE, { ...happy[ROLE]!(), inlinePolicies: [{ name: "x", policy }] }), [STAR("inlinePolicies[0].policy.Statement[1]")]);
        assert.deepStrictEqual(wildcardActions.check(PERMISSION_SET_INLINE, { ...happy[PERMISSION_SET_INLINE]!(), inlinePolicy: policy }), [STAR("inlinePolicy.Statement[1]")]);
    });
});
