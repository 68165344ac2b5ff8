/** policy/policies/securityhub/: securityhub-enabled. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as securityHub } from "../../../policy/policies/securityhub/securityhub-enabled";
import { happy } from "../factories";

describe("policy securityhub-enabled", () => {
    const POLICY = "aws:securityhub/configurationPolicy:ConfigurationPolicy";
    const ORG = "aws:securityhub/organizationConfiguration:OrganizationConfiguration";
    it("a configuration policy that turns Security Hub off, or enables no standard, is reported", () => {
        assert.deepStrictEqual(securityHub.check(POLICY, happy[POLICY]!()), []);
        assert.deepStrictEqual(securityHub.check(POLICY, { configurationPolicy: { serviceEnabled: false } }), [
            "configurationPolicy.serviceEnabled must be true (CIS 4.16): Security Hub would be turned off in every account and region the policy is " +
                "associated with, and their findings stop",
        ]);
        assert.deepStrictEqual(securityHub.check(POLICY, { configurationPolicy: { serviceEnabled: true, enabledStandardArns: [] } }), [
            "configurationPolicy.enabledStandardArns must name at least one standard (CIS 4.16): Security Hub would be on but run no checks",
        ]);
        assert.deepStrictEqual(securityHub.check(POLICY, { configurationPolicy: { serviceEnabled: UNKNOWN } }), []);
        assert.deepStrictEqual(securityHub.check(POLICY, { configurationPolicy: { serviceEnabled: true, enabledStandardArns: UNKNOWN } }), []);
    });
    it("the organization configuration: central passes; local must auto-enable", () => {
        const LOCAL = "autoEnable must be true with local configuration (CIS 4.16): accounts that join the organization are left without Security Hub; " +
            'or set organizationConfiguration.configurationType to "CENTRAL" and associate a configuration policy';
        assert.deepStrictEqual(securityHub.check(ORG, happy[ORG]!()), []);
        assert.deepStrictEqual(securityHub.check(ORG, { autoEnable: true }), []);
        assert.deepStrictEqual(securityHub.check(ORG, { autoEnable: false }), [LOCAL]);
        assert.deepStrictEqual(securityHub.check(ORG, { autoEnable: false, organizationConfiguration: { configurationType: "LOCAL" } }), [LOCAL]);
        assert.deepStrictEqual(securityHub.check(ORG, { autoEnable: false, organizationConfiguration: { configurationType: UNKNOWN } }), []);
    });
});
