/** policy/policies/emr/: emr-block-public-access, emr-public-port-exceptions. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as bpa } from "../../../policy/policies/emr/emr-block-public-access";
import { definition as exceptions } from "../../../policy/policies/emr/emr-public-port-exceptions";
import { happy } from "../factories";

const T = "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration";
const OFF = "blockPublicSecurityGroupRules must be true (FSBP EMR.2): EMR would start clusters whose security groups let anyone on the internet reach them, in this account and region";
const BEYOND = (ports: string) => `permittedPublicSecurityGroupRuleRanges should permit no port other than 22 (FSBP EMR.2), got ${ports}: ` +
    "EMR clusters may then open those ports to the whole internet; reach the cluster's services through the VPC instead";

describe("policy emr-public-port-exceptions", () => {
    it("only port 22, or no exception, passes", () => {
        assert.deepStrictEqual(exceptions.check(T, happy[T]!()), []);
        assert.deepStrictEqual(exceptions.check(T, { blockPublicSecurityGroupRules: true }), []);
    });
    it("other ports and ranges are named; unknown ones are skipped", () => {
        assert.deepStrictEqual(exceptions.check(T, { blockPublicSecurityGroupRules: "true", permittedPublicSecurityGroupRuleRanges: [
            { minRange: 22, maxRange: 22 }, { minRange: 8080, maxRange: 8080 }, { minRange: 100, maxRange: 200 }, { minRange: UNKNOWN, maxRange: 3 }, UNKNOWN,
        ] }), [BEYOND("8080, 100-200")]);
    });
    it("with block public access off, emr-block-public-access's finding says it all", () => {
        assert.deepStrictEqual(exceptions.check(T, { blockPublicSecurityGroupRules: false, permittedPublicSecurityGroupRuleRanges: [{ minRange: 80, maxRange: 80 }] }), []);
    });
    it("checkov CKV_AWS_390: off is blocked; on with extra exceptions is not blocked, but advised against", () => {
        assert.deepStrictEqual(bpa.check(T, { blockPublicSecurityGroupRules: false }), [OFF]);
        const pass = { blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 22, maxRange: 22 }, { minRange: 100, maxRange: 101 }] };
        assert.deepStrictEqual(bpa.check(T, pass), []);
        assert.deepStrictEqual(exceptions.check(T, pass), [BEYOND("100-101")]);
    });
});

describe("policy emr-block-public-access", () => {
    const T = "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration";
    const OFF = "blockPublicSecurityGroupRules must be true (FSBP EMR.2): EMR would start clusters whose security groups let anyone on the internet reach them, in this account and region";
    it("on passes, whatever ports are permitted (emr-public-port-exceptions judges those); off is reported", () => {
        assert.deepStrictEqual(bpa.check(T, happy[T]!()), []);
        assert.deepStrictEqual(bpa.check(T, { blockPublicSecurityGroupRules: true }), []);
        assert.deepStrictEqual(bpa.check(T, { blockPublicSecurityGroupRules: false }), [OFF]);
        assert.deepStrictEqual(bpa.check(T, { blockPublicSecurityGroupRules: "true", permittedPublicSecurityGroupRuleRanges: [
            { minRange: 22, maxRange: 22 }, { minRange: 8080, maxRange: 8080 }, { minRange: 100, maxRange: 200 }, { minRange: UNKNOWN, maxRange: 3 }, UNKNOWN,
        ] }), []);
    });
    it("remediation turns the block on", () => {
        assert.deepStrictEqual(bpa.remediate(T, { blockPublicSecurityGroupRules: false }), { blockPublicSecurityGroupRules: true });
        assert.strictEqual(bpa.remediate(T, { blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 80, maxRange: 80 }] }), undefined);
    });
});
