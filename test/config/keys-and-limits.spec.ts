import * as assert from "assert";
import { ConfigError, parseFoundationConfig } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";

function problemsWith(extra: Record<string, string>, project?: string): string[] {
    try {
        parseFoundationConfig({ ...exampleValues(), ...extra }, project);
    } catch (e) {
        assert.ok(e instanceof ConfigError);
        return e.problems.map(p => `${p.path}: ${p.message}`);
    }
    assert.fail("expected the config to be rejected");
}

describe("stack config: keys nobody would read", () => {
    it("refuses a misspelt namespace", () => {
        assert.deepStrictEqual(problemsWith({ "foundaton:accounts": "[]" }), [
            'foundaton:accounts: is not read: this program\'s keys are in the "foundation" namespace; set foundation:accounts instead',
        ]);
    });

    it("refuses keys pulumi config set wrote under the project's name", () => {
        assert.deepStrictEqual(problemsWith({ "aws-secure-foundation:accounts": "[]" }, "aws-secure-foundation"), [
            'aws-secure-foundation:accounts: is not read: this program\'s keys are in the "foundation" namespace (pulumi config set writes the project\'s name when the key has none); set foundation:accounts instead',
        ]);
    });

    it("refuses aws: keys the explicit providers cannot honour, and accepts aws:profile", () => {
        assert.deepStrictEqual(problemsWith({ "aws:region": "eu-west-1", "aws:profile": "acme-management" }), [
            "aws:region: is not honoured: the foundation's providers are explicit, their region is foundation:organization.homeRegion and their credentials come from the environment or aws:profile; remove it",
        ]);
    });

    it("leaves other namespaces to their owners", () => {
        assert.doesNotThrow(() => parseFoundationConfig({ ...exampleValues(), "pulumi:tags": "{}", "time:foo": "x" }, "aws-secure-foundation"));
    });
});

describe("stack config: AWS's limits, before anything is created", () => {
    const cases: [string, (d: ConfigDoc) => void, string[]][] = [
        ["an account email over 64 characters", d => { d["foundation:accounts"][2].email = `${"a".repeat(53)}@example.com`; }, [
            `foundation:accounts[2].email: "${"a".repeat(53)}@example.com" is too long for an AWS account email (at most 64 characters)`,
        ]],
        ["an account name with characters AWS refuses", d => { d["foundation:accounts"][2].name = "Shared — Services"; }, [
            'foundation:accounts[2].name: "Shared — Services" holds characters AWS does not accept in an account name (printable ASCII only)',
        ]],
        ["an opt-in region not declared enabled", d => { d["foundation:organization"].allowedRegions.push("af-south-1"); }, [
            'foundation:organization.allowedRegions[2]: "af-south-1" is an opt-in region: enable it in every account first (AWS Account Management, Regions), then list it in foundation:organization.enabledOptInRegions',
        ]],
        ["a region declared opt-in that is not", d => { d["foundation:organization"].enabledOptInRegions = ["eu-west-1"]; }, [
            'foundation:organization.enabledOptInRegions[0]: "eu-west-1" is not an opt-in region: every account has it enabled',
        ]],
    ];
    for (const [what, mutate, expected] of cases) {
        it(`rejects ${what}`, () => assert.deepStrictEqual(problemsOf(mutate), expected));
    }

    it("accepts an opt-in region declared enabled", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d["foundation:organization"].allowedRegions.push("af-south-1");
            d["foundation:organization"].enabledOptInRegions = ["af-south-1"];
        }));
        assert.deepStrictEqual(config.organization.allowedRegions, ["us-east-1", "eu-west-1", "af-south-1"]);
    });

    it("fills the log-archive and audit defaults when the keys are absent, and checks those accounts exist", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            delete d["foundation:organization"].logArchiveAccount;
            delete d["foundation:organization"].auditAccount;
        }));
        assert.deepStrictEqual([config.organization.logArchiveAccount, config.organization.auditAccount], ["log-archive", "audit"]);
        assert.deepStrictEqual(problemsOf(d => {
            delete d["foundation:organization"].auditAccount;
            d["foundation:accounts"][1].key = "security-tooling";
            d["foundation:identity"].assignments[4].targets = ["security-tooling", "log-archive"];
        }), ['foundation:organization.auditAccount: account "audit" is not declared in foundation:accounts']);
    });
});
