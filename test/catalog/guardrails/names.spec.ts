import * as assert from "assert";
import { organizationOnlyStatement } from "../../../catalog/guardrails/rcp-library";
import { policyName } from "../../../components/guardrails";

describe("guardrail policy names and the organization-only statement", () => {
    it("keeps a short target's name, and shortens a nested or long one with a hash of the whole target", () => {
        assert.strictEqual(policyName("acme", "Root", 1), "acme-guardrails-Root-1");
        assert.strictEqual(policyName("acme", "B".repeat(64), 2), `acme-guardrails-${"B".repeat(64)}-2`);
        assert.strictEqual(policyName("acme", "A".repeat(65), 1), `acme-guardrails-${"A".repeat(64)}-836203-1`);
        assert.strictEqual(policyName("acme", "Workloads/Prod", 1), "acme-guardrails-Workloads-Prod-f21d1c-1");
    });

    it("names no principal account when there is no trusted account: an empty list would be a condition of its own", () => {
        assert.deepStrictEqual(organizationOnlyStatement("o-exampleorg1", []).Condition, {
            StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-exampleorg1" },
            BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
        });
    });
});
