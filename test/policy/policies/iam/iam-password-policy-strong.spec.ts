/** iam-password-policy-strong (policy/policies/iam/iam-password-policy-strong.ts). */
import * as assert from "assert";
import { UNKNOWN } from "../../../../policy/lib";
import { definition as password } from "../../../../policy/policies/iam/iam-password-policy-strong";
import { configTable } from "../../tables";

configTable(password, "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", [
    ["CIS values", {}, []],
    ["AWS defaults", { minimumPasswordLength: undefined, passwordReusePrevention: undefined }, [
        "minimumPasswordLength must be at least 14 (CIS 1.8), got not set (6): short passwords fall to guessing",
        "passwordReusePrevention must be at least 24 (CIS 1.9), got not set (reuse allowed): a leaked old password becomes valid again",
    ]],
    ["12 characters, 5 remembered", { minimumPasswordLength: 12, passwordReusePrevention: 5 }, [
        "minimumPasswordLength must be at least 14 (CIS 1.8), got 12: short passwords fall to guessing",
        "passwordReusePrevention must be at least 24 (CIS 1.9), got 5: a leaked old password becomes valid again",
    ]],
    ["a stricter config", {}, ["minimumPasswordLength must be at least 20 (CIS 1.8), got 14: short passwords fall to guessing"], { minimumPasswordLength: 20 }],
    ["unknown", { minimumPasswordLength: UNKNOWN, passwordReusePrevention: UNKNOWN }, []],
]);
it("policy iam-password-policy-strong remediates to the configured minimums, never lowering a stricter value", () => {
    assert.deepStrictEqual(password.remediate("aws:iam/accountPasswordPolicy:AccountPasswordPolicy", { minimumPasswordLength: 8, passwordReusePrevention: 24, requireSymbols: true }),
        { minimumPasswordLength: 14, passwordReusePrevention: 24, requireSymbols: true });
});
