import * as assert from "assert";
import { configWarnings, parseFoundationConfig } from "../../../config";
import { type ConfigDoc, exampleValues } from "../../example-stack";
import { problemsOf } from "../problems-of";

const ORG = "foundation:organization";

describe("stack config: adopting an organization", () => {
    it("reads what the organization already uses and what config turns off; both default to nothing", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d[ORG].existing = { trustedServices: ["ram.amazonaws.com"], policyTypes: ["TAG_POLICY"] };
            d[ORG].disable = { policyTypes: ["BACKUP_POLICY"] };
        }));
        assert.deepStrictEqual(config.organization.existing, { trustedServices: ["ram.amazonaws.com"], policyTypes: ["TAG_POLICY"] });
        assert.deepStrictEqual(config.organization.disable, { trustedServices: [], policyTypes: ["BACKUP_POLICY"] });
        const plain = parseFoundationConfig(exampleValues()).organization;
        assert.deepStrictEqual([plain.controlTower, plain.existing, plain.disable], [false, { trustedServices: [], policyTypes: [] }, { trustedServices: [], policyTypes: [] }]);
    });

    const refusal = "the foundation does not run on an organization AWS Control Tower manages: both would own the organization trail, AWS Config recorders, SCPs and account baselines, and Control Tower reports the foundation's changes as drift. Decommission Control Tower first (docs/first-run.md, \"Adopting an existing organization or accounts\")";
    const cases: [string, (d: ConfigDoc) => void, string[]][] = [
        ["an organization declared as Control Tower's", d => { d[ORG].controlTower = true; }, [`foundation:organization.controlTower: ${refusal}`]],
        ["Control Tower's trusted access listed as in use", d => { d[ORG].existing = { trustedServices: ["controltower.amazonaws.com"] }; }, [`foundation:organization.existing.trustedServices[0]: ${refusal}`]],
        ["disabling what the foundation needs", d => { d[ORG].disable = { trustedServices: ["sso.amazonaws.com"], policyTypes: ["SERVICE_CONTROL_POLICY"] }; }, [
            'foundation:organization.disable.trustedServices[0]: "sso.amazonaws.com" is one the foundation needs; it cannot be disabled',
            'foundation:organization.disable.policyTypes[0]: "SERVICE_CONTROL_POLICY" is one the foundation needs; it cannot be disabled',
        ]],
        ["keeping and disabling the same service", d => {
            d[ORG].existing = { trustedServices: ["ram.amazonaws.com"] };
            d[ORG].disable = { trustedServices: ["ram.amazonaws.com"] };
        }, ['foundation:organization.disable.trustedServices[0]: "ram.amazonaws.com" is also listed in foundation:organization.existing.trustedServices: keep it or disable it, not both']],
        ["values AWS does not have", d => { d[ORG].existing = { trustedServices: ["ram"], policyTypes: ["TAGS_POLICY"] }; }, [
            'foundation:organization.existing.trustedServices[0]: "ram" is not an AWS service principal (e.g. ram.amazonaws.com)',
            'foundation:organization.existing.policyTypes[0]: "TAGS_POLICY" Invalid option: expected one of "AISERVICES_OPT_OUT_POLICY"|"BACKUP_POLICY"|"BEDROCK_POLICY"|"CHATBOT_POLICY"|"DECLARATIVE_POLICY_EC2"|"INSPECTOR_POLICY"|"RESOURCE_CONTROL_POLICY"|"S3_POLICY"|"SECURITYHUB_POLICY"|"SERVICE_CONTROL_POLICY"|"TAG_POLICY"|"UPGRADE_ROLLOUT_POLICY"',
        ]],
        ["a deferral for an account that does not exist, and a setting deferred twice", d => {
            d["foundation:baseline"].defer = [
                { account: "legacy", settings: ["s3PublicAccessBlock"], reason: "x" },
                { account: "management", settings: ["ebsEncryptionByDefault"], reason: "x" },
                { account: "management", settings: ["ebsEncryptionByDefault"], reason: "y" },
            ];
        }, [
            'foundation:baseline.defer[0].account: "legacy" is not "management" or an account key declared in foundation:accounts',
            'foundation:baseline.defer[2].settings[0]: "ebsEncryptionByDefault" is already deferred for management',
        ]],
        ["a deferral without a reason", d => { d["foundation:baseline"].defer = [{ account: "management", settings: ["s3PublicAccessBlock"], reason: "" }]; }, [
            'foundation:baseline.defer[0].reason: "" is empty: say why',
        ]],
    ];
    for (const [what, mutate, expected] of cases) {
        it(`rejects ${what}`, () => assert.deepStrictEqual(problemsOf(mutate), expected));
    }

    it("warns about every service or policy type turned off and every deferred setting", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d[ORG].disable = { trustedServices: ["ram.amazonaws.com"], policyTypes: ["TAG_POLICY"] };
            d["foundation:baseline"].defer = [{ account: "management", settings: ["s3PublicAccessBlock", "ebsEncryptionByDefault"], reason: "website bucket" }];
        }));
        assert.deepStrictEqual(configWarnings(config).filter(w => !w.path.startsWith("foundation:identity")).map(w => `${w.path}: ${w.message}`), [
            "foundation:organization.disable.trustedServices[0]: turns off trusted access for ram.amazonaws.com: what that service does across the organization stops",
            "foundation:organization.disable.policyTypes[0]: disables TAG_POLICY: AWS detaches every policy of that type from the root, OUs and accounts",
            "foundation:baseline.defer[0]: defers s3PublicAccessBlock in management (website bucket): a bucket policy or ACL can still make a bucket public",
            "foundation:baseline.defer[0]: defers ebsEncryptionByDefault in management (website bucket): new EBS volumes and snapshot copies are not encrypted unless each asks for it",
        ]);
    });
});
