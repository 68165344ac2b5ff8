/** policy/policies/guardduty/: guardduty-enabled, guardduty-organization-auto-enable. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as enabled } from "../../../policy/policies/guardduty/guardduty-enabled";
import { definition as autoEnable } from "../../../policy/policies/guardduty/guardduty-organization-auto-enable";
import { configTable } from "../tables";

const DETECTOR = "aws:guardduty/detector:Detector";
const ORG = "aws:guardduty/organizationConfiguration:OrganizationConfiguration";
const SUSPENDED = "enable must not be false (FSBP GuardDuty.1): a suspended detector stops threat detection for the account and region";
const AUTO = (got: string, gap: string) => `autoEnableOrganizationMembers should be "ALL" (FSBP GuardDuty.1), got ${got}: ${gap}, and one forgotten account is a blind spot`;

describe("policy guardduty-enabled", () => {
    it("checks detectors only: the organization configuration is the advisory policy's", () => {
        assert.deepStrictEqual(enabled.metadata.resourceTypes, [DETECTOR]);
        assert.deepStrictEqual(enabled.check(ORG, { detectorId: "d", autoEnableOrganizationMembers: "NONE" }), []);
    });
    it("checkov CKV_AWS_238: enable false is blocked; true or left out passes", () => {
        assert.deepStrictEqual(enabled.check(DETECTOR, { enable: false }), [SUSPENDED]);
        assert.deepStrictEqual(enabled.check(DETECTOR, { enable: true }), []);
        assert.deepStrictEqual(enabled.check(DETECTOR, {}), []);
    });
    it("remediation re-enables a detector", () => assert.deepStrictEqual(enabled.remediate(DETECTOR, { enable: false }), { enable: true }));
});

describe("policy guardduty-organization-auto-enable", () => {
    const cases: Array<[string, unknown, string[]]> = [
        ["ALL", "ALL", []],
        ["all, in lower case", " all ", []],
        ["NEW", "NEW", [AUTO('"NEW"', "accounts that were members before this setting are not enabled by it; each needs an aws.guardduty.Member")]],
        ["NONE", "NONE", [AUTO('"NONE"', "no account is enabled automatically, not even accounts that join later; each needs an aws.guardduty.Member")]],
        ["left out", undefined, [AUTO("not set", "accounts may be left without threat detection")]],
        ["unknown", UNKNOWN, []],
    ];
    for (const [title, value, expected] of cases) {
        it(title, () => assert.deepStrictEqual(autoEnable.check(ORG, { detectorId: "12abc34d567e8fa901bc2d34e56789f0", autoEnableOrganizationMembers: value }), expected));
    }
});

configTable(enabled, "aws:guardduty/detector:Detector", [
    ["enabled", {}, []],
    ["suspended", { enable: false }, ["enable must not be false (FSBP GuardDuty.1): a suspended detector stops threat detection for the account and region"]],
]);
configTable(autoEnable, "aws:guardduty/organizationConfiguration:OrganizationConfiguration", [
    ["ALL", {}, []],
    ["NEW only", { autoEnableOrganizationMembers: "NEW" },
        ['autoEnableOrganizationMembers should be "ALL" (FSBP GuardDuty.1), got "NEW": accounts that were members before this setting are not enabled by it; ' +
            "each needs an aws.guardduty.Member, and one forgotten account is a blind spot"]],
]);
