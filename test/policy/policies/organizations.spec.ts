/** policy/policies/organizations/: organizations-account-no-close-on-deletion, organizations-guardrails-enabled. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { ACCOUNT, AccountCloseConfig, checkAccount, definition, parseConfig } from "../../../policy/policies/organizations/organizations-account-no-close-on-deletion";
import { definition as organization } from "../../../policy/policies/organizations/organizations-guardrails-enabled";
import { Props, happy } from "../factories";
import { configTable } from "../tables";

configTable(organization, "aws:organizations/organization:Organization", [
    ["all features, SCPs on", {}, []],
    ["consolidated billing only", { featureSet: "CONSOLIDATED_BILLING", enabledPolicyTypes: [] }, [
        'featureSet must be "ALL" (foundation guardrails), got "CONSOLIDATED_BILLING": with consolidated billing only, no service control policy applies',
        'enabledPolicyTypes must include "SERVICE_CONTROL_POLICY" (foundation guardrails): without it every service control policy is detached and ignored',
    ]],
    ["SCPs not listed", { enabledPolicyTypes: ["TAG_POLICY"] },
        ['enabledPolicyTypes must include "SERVICE_CONTROL_POLICY" (foundation guardrails): without it every service control policy is detached and ignored']],
    ["policy types unknown", { enabledPolicyTypes: [UNKNOWN] }, []],
]);

const closes = (account: string, allow: string) =>
    `closeOnDeletion must be false: deleting this resource would close ${account}, and a closed account ` +
    `is suspended at once and permanently closed, with everything in it, after 90 days; to allow it, list ${allow} in the policy config allowedAccountNames`;

describe("policy organizations-account-no-close-on-deletion", () => {
    const none: AccountCloseConfig = definition.defaultConfig;
    const sandbox: AccountCloseConfig = { allowedAccountNames: ["Sandbox"] };

    it("defaults allowedAccountNames to []", () => {
        assert.deepStrictEqual(none, { allowedAccountNames: [] });
    });

    const cases: Array<[string, Props, AccountCloseConfig, string[]]> = [
        ["closeOnDeletion false", {}, none, []],
        ["closeOnDeletion missing (provider default false)", { closeOnDeletion: undefined }, none, []],
        ["closeOnDeletion true", { closeOnDeletion: true }, none, [closes('AWS account "Production"', '"Production"')]],
        ['closeOnDeletion "true" (string)', { closeOnDeletion: "true" }, none, [closes('AWS account "Production"', '"Production"')]],
        ["closeOnDeletion true, another account allowed", { closeOnDeletion: true }, sandbox, [closes('AWS account "Production"', '"Production"')]],
        ["closeOnDeletion true, this account allowed", { name: "Sandbox", closeOnDeletion: true }, sandbox, []],
        ["allow-list match is exact (case-sensitive)", { name: "sandbox", closeOnDeletion: true }, sandbox, [closes('AWS account "sandbox"', '"sandbox"')]],
        ["closeOnDeletion unknown", { closeOnDeletion: UNKNOWN }, none, []],
        ["name unknown and nothing allowed: still a violation", { name: UNKNOWN, closeOnDeletion: true }, none, [closes("the AWS account", "the account name")]],
        ["name unknown and some accounts allowed: skipped (the name decides)", { name: UNKNOWN, closeOnDeletion: true }, sandbox, []],
        ["name missing", { name: undefined, closeOnDeletion: true }, sandbox, [closes("the AWS account", "the account name")]],
    ];
    for (const [title, change, config, expected] of cases) {
        it(title, () => {
            assert.deepStrictEqual(checkAccount({ ...happy[ACCOUNT](), ...change }, config), expected);
        });
    }

    it("config through the definition: allowedAccountNames changes the outcome", () => {
        const props = { name: "Staging", email: "aws-staging@example.com", closeOnDeletion: true };
        assert.strictEqual(definition.check(ACCOUNT, props).length, 1);
        assert.deepStrictEqual(definition.check(ACCOUNT, props, { allowedAccountNames: ["Sandbox", "Staging"] }), []);
    });

    it("odd config values are read leniently", () => {
        assert.deepStrictEqual(parseConfig({ allowedAccountNames: "Sandbox" }), { allowedAccountNames: ["Sandbox"] });
        assert.deepStrictEqual(parseConfig({ allowedAccountNames: ["Sandbox", 7, null] }), { allowedAccountNames: ["Sandbox"] });
        assert.deepStrictEqual(parseConfig({ allowedAccountNames: { Sandbox: true } }), { allowedAccountNames: [] });
        assert.deepStrictEqual(parseConfig({}), { allowedAccountNames: [] });
    });
});
