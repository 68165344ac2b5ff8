import * as assert from "assert";
import { runSimulation } from "@cloud-copilot/iam-simulate";
import { evaluateTrust, type Decision } from "./web-identity";

const PROVIDER = "arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com";
const ROLE = "arn:aws:iam::222222222222:role/acme-app-deploy";
const ENV = "token.actions.githubusercontent.com:environment";
const REF = "token.actions.githubusercontent.com:ref";

type Conditions = Record<string, Record<string, string | string[]>>;

const trust = (Condition: Conditions, extra: object[] = []) => ({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Federated: PROVIDER }, Action: "sts:AssumeRoleWithWebIdentity", Condition }, ...extra],
});

async function simulated(document: object, claims: Record<string, string>, provider = PROVIDER, action = "sts:AssumeRoleWithWebIdentity"): Promise<Decision> {
    const result = await runSimulation({
        request: { principal: provider, action, resource: { resource: ROLE, accountId: "222222222222" }, contextVariables: claims },
        identityPolicies: [], serviceControlPolicies: [], resourceControlPolicies: [], resourcePolicy: document,
    }, {});
    assert.strictEqual(result.resultType, "single", JSON.stringify(result));
    if (result.resultType !== "single") throw new Error("unreachable");
    if (action === "sts:AssumeRoleWithWebIdentity") {
        assert.deepStrictEqual(result.result.ignoredContextKeys ?? [], [], "iam-simulate must see every claim");
    }
    return result.result.analysis.result as Decision;
}

/*
 * The evaluator against iam-simulate, on GitHub claims iam-simulate knows (environment, ref): the
 * same decision for exact and pattern matches, value lists, several keys, missing claims, case,
 * explicit denies, another provider and another action.
 */
describe("web-identity trust evaluator agrees with iam-simulate", () => {
    const cases: [string, object, Record<string, string>, string?, string?][] = [
        ["an exact match", trust({ StringEquals: { [ENV]: "production" } }), { [ENV]: "production" }],
        ["another value", trust({ StringEquals: { [ENV]: "production" } }), { [ENV]: "staging" }],
        ["values differing in case", trust({ StringEquals: { [ENV]: "production" } }), { [ENV]: "Production" }],
        ["a value in a list", trust({ StringEquals: { [ENV]: ["staging", "production"] } }), { [ENV]: "production" }],
        ["a missing claim", trust({ StringEquals: { [ENV]: "production" } }), { [REF]: "refs/heads/main" }],
        ["two keys, both matching", trust({ StringEquals: { [ENV]: "production", [REF]: "refs/heads/main" } }), { [ENV]: "production", [REF]: "refs/heads/main" }],
        ["two keys, one matching", trust({ StringEquals: { [ENV]: "production", [REF]: "refs/heads/main" } }), { [ENV]: "production", [REF]: "refs/heads/dev" }],
        ["a pattern", trust({ StringLike: { [REF]: "refs/heads/release-*" } }), { [REF]: "refs/heads/release-1.2" }],
        ["a pattern not matching", trust({ StringLike: { [REF]: "refs/heads/release-?" } }), { [REF]: "refs/heads/release-10" }],
        ["an explicit deny", trust({ StringEquals: { [ENV]: "production" } }, [{ Effect: "Deny", Principal: { Federated: PROVIDER }, Action: "sts:*" }]), { [ENV]: "production" }],
        ["another provider", trust({ StringEquals: { [ENV]: "production" } }), { [ENV]: "production" }, "arn:aws:iam::333333333333:oidc-provider/token.actions.githubusercontent.com"],
        ["another action", trust({ StringEquals: { [ENV]: "production" } }), { [ENV]: "production" }, undefined, "sts:AssumeRole"],
    ];
    for (const [what, document, claims, provider, action] of cases) {
        it(what, async () => {
            const ours = evaluateTrust(document as never, { provider: provider ?? PROVIDER, action, claims });
            assert.strictEqual(ours, await simulated(document, claims, provider, action));
        });
    }

    it("decides both ways over the table (a table of only denials would prove nothing)", () => {
        const decisions = new Set(cases.map(([, document, claims, provider, action]) => evaluateTrust(document as never, { provider: provider ?? PROVIDER, action, claims })));
        assert.deepStrictEqual([...decisions].sort(), ["Allowed", "ExplicitlyDenied", "ImplicitlyDenied"]);
    });
});
