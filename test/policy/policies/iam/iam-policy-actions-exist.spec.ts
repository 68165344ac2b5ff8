/** iam-policy-actions-exist (policy/policies/iam/iam-policy-actions-exist.ts). */
import * as assert from "assert";
import { definition } from "../../../../policy/policies/iam/iam-policy-actions-exist";
import { POLICY } from "../../iam-types";
import { SENTINEL } from "../../samples";

const check = (...Statement: unknown[]) => definition.check(POLICY, { policy: JSON.stringify({ Version: "2012-10-17", Statement }) });
const noAction = (where: string, pattern: string, service: string) =>
    `policy.${where} names ${JSON.stringify(pattern)}, which matches no ${service} action: the statement does not do what it says; check the spelling`;
const noService = (where: string, pattern: string, service: string) =>
    `policy.${where} names ${JSON.stringify(pattern)}, but AWS has no IAM service prefix ${JSON.stringify(service)}: the statement does not do what it says; check the spelling`;

describe("policy iam-policy-actions-exist", () => {
    it("accepts real actions, wildcards that match, any case, and *", () => {
        assert.deepStrictEqual(check({ Effect: "Allow", Action: ["s3:GetObject", "S3:putobject", "ec2:Describe*", "*", "*:*", "kms:?ncrypt"], Resource: "*" }), []);
    });

    it("names a misspelt action, a pattern that matches nothing, and an unknown service", () => {
        assert.deepStrictEqual(check(
            { Sid: "Read", Effect: "Allow", Action: ["s3:GetObjects", "s3:GetObject"], Resource: "*" },
            { Effect: "Deny", NotAction: ["ec2:Descibe*"], Resource: "*" },
            { Effect: "Allow", Action: ["s4:GetObject", "GetObject"], Resource: "*" },
        ), [
            noAction('Statement[0] (Sid "Read").Action', "s3:GetObjects", "s3"),
            noAction("Statement[1].NotAction", "ec2:Descibe*", "ec2"),
            noService("Statement[2].Action", "s4:GetObject", "s4"),
            'policy.Statement[2].Action names "GetObject", which is not "service:Action": the statement does not do what it says; check the spelling',
        ]);
    });

    it("skips unknown actions", () => {
        assert.deepStrictEqual(check({ Effect: "Allow", Action: [SENTINEL, "s3:GetObject"], Resource: "*" }), []);
        assert.deepStrictEqual(check({ Effect: "Allow", Action: SENTINEL, Resource: "*" }), []);
    });

    it("is advisory: a typo is a bug, not an exposure", () => {
        assert.strictEqual(definition.policy.enforcementLevel, "advisory");
    });
});
