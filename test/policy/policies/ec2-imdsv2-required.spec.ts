import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition } from "../../../policy/policies/ec2/ec2-imdsv2-required";
import { Props, happy } from "../factories";

const INSTANCE = "aws:ec2/instance:Instance";
const TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const DEFAULTS = "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults";
const WHY = "with IMDSv1 a server-side request forgery in any application on the instance can read its role's credentials";
const instance = (got: string) => `metadataOptions.httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got ${got}: ${WHY}`;
const template = (got: string) => `metadataOptions.httpTokens must be "required" (FSBP EC2.170, CIS 5.6), got ${got}: ${WHY}`;
const NOT_SET = "not set (the AMI or account default applies, often optional)";

describe("policy ec2-imdsv2-required", () => {
    const cases: Array<[string, string, Props, string[]]> = [
        ["instance requiring tokens", INSTANCE, {}, []],
        ["instance with optional tokens", INSTANCE, { metadataOptions: { httpTokens: "optional" } }, [instance('"optional"')]],
        ["instance without metadataOptions", INSTANCE, { metadataOptions: undefined }, [instance(NOT_SET)]],
        ["instance with metadataOptions but no httpTokens", INSTANCE, { metadataOptions: { httpEndpoint: "enabled" } }, [instance(NOT_SET)]],
        ['"Required" in another case', INSTANCE, { metadataOptions: { httpTokens: " Required " } }, []],
        ["metadata endpoint disabled: nothing to protect", INSTANCE, { metadataOptions: { httpEndpoint: "disabled", httpTokens: "optional" } }, []],
        ["metadataOptions unknown", INSTANCE, { metadataOptions: UNKNOWN }, []],
        ["httpTokens unknown", INSTANCE, { metadataOptions: { httpTokens: UNKNOWN } }, []],
        ["httpEndpoint unknown", INSTANCE, { metadataOptions: { httpEndpoint: UNKNOWN, httpTokens: "optional" } }, []],
        ["launch template with optional tokens", TEMPLATE, { metadataOptions: { httpTokens: "optional" } }, [template('"optional"')]],
        ["launch template without metadataOptions", TEMPLATE, { metadataOptions: undefined }, [template(NOT_SET)]],
        ["account defaults requiring tokens", DEFAULTS, {}, []],
        ["account defaults with no preference", DEFAULTS, { httpTokens: "no-preference" }, [
            `httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got "no-preference": new instances in this account and region would accept IMDSv1, and ${WHY}`,
        ]],
        ["account defaults without httpTokens", DEFAULTS, { httpTokens: undefined }, [
            `httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got not set (no preference: each AMI decides): new instances in this account and region would accept IMDSv1, and ${WHY}`,
        ]],
    ];
    for (const [title, type, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }), expected));
    }

    describe("remediation", () => {
        it("requires tokens, keeping the other metadata options", () => {
            assert.deepStrictEqual(definition.remediate(INSTANCE, { ami: "ami-1", metadataOptions: { httpTokens: "optional", httpPutResponseHopLimit: 2 } }),
                { ami: "ami-1", metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 2 } });
            assert.deepStrictEqual(definition.remediate(TEMPLATE, { imageId: "ami-1" }), { imageId: "ami-1", metadataOptions: { httpTokens: "required" } });
            assert.deepStrictEqual(definition.remediate(DEFAULTS, { httpTokens: "optional" }), { httpTokens: "required" });
        });
        it("leaves compliant instances and unknown options alone", () => {
            assert.strictEqual(definition.remediate(INSTANCE, happy[INSTANCE]!()), undefined);
            assert.strictEqual(definition.remediate(INSTANCE, { metadataOptions: { httpTokens: "optional", httpEndpoint: UNKNOWN } }), undefined);
        });
    });
});
