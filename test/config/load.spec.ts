import * as assert from "assert";
import { ConfigError, parseFoundationConfig } from "../../config";
import { exampleValues } from "../example-stack";
import { warningsOf } from "./warnings-of";

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

describe("stack config: loading every area", () => {
    it("ignores other namespaces (aws:, pulumi:)", () => {
        assert.doesNotThrow(() => parseFoundationConfig({ ...exampleValues(), "aws:profile": "x", "pulumi:tags": "{}" }));
    });

    it("reports shape and meaning problems at once, numbered, in one message", () => {
        const values = exampleValues(doc => {
            doc["foundation:accounts"][2].email = "x";
            doc["foundation:accounts"][4].ou = "Workloads/Dev";
            doc["foundation:organization"].homeRegion = "mars-1";
            doc["foundation:organization"].nmae = "acme";
        });
        try {
            parseFoundationConfig(values);
            assert.fail("expected a ConfigError");
        } catch (e) {
            assert.strictEqual((e as Error).message, [
                "Invalid stack config (4 problems):",
                '  1. foundation:organization.homeRegion: "mars-1" is not an AWS region code of the aws partition (e.g. us-east-1)',
                '  2. foundation:organization.nmae: unknown key (did you mean "name"?)',
                '  3. foundation:accounts[2].email: "x" is not an email',
                '  4. foundation:accounts[4].ou: "Workloads/Dev" is not an OU path declared in foundation:organizationalUnits (known: Security, Infrastructure, Workloads, Workloads/Prod, Workloads/NonProd, Sandbox, Suspended)',
            ].join("\n"));
        }
    });

    it("reports the warnings of several areas at once, area by area in the order of config/areas.ts", () => {
        assert.deepStrictEqual(warningsOf(d => {
            d["foundation:guardrails"].centralizedRootAccess = false;
            d["foundation:pipelines"].workloads[1].deployPolicies = ["arn:aws:iam::aws:policy/AdministratorAccess"];
            d["foundation:identity"].permissionSets = [{ name: "AdministratorAccess", sessionDuration: "PT8H" }];
            d["foundation:detection"].guardDuty.exportFindings = false;
            d["foundation:logging"].archive.objectLock.enabled = false;
        }), [
            "foundation:logging.archive.objectLock.enabled: set to false, so new CloudTrail logs and GuardDuty findings get no Object Lock retention; anyone who may change the bucket policy can delete them",
            "foundation:detection.guardDuty.exportFindings: set to false, so findings are not exported to the log archive and are gone after GuardDuty's 90 days",
            "foundation:identity.permissionSets: sets AdministratorAccess's sessionDuration to PT8H: an administrator's session, or a stolen one, stays valid longer than 1 hour",
            "foundation:pipelines.workloads[1].deployPolicies[0]: gives pipeline app-staging full administrator access to account staging, IAM included",
            "foundation:guardrails.centralizedRootAccess: set to false, so every member account keeps root credentials that someone must secure with MFA, and deny-root-user blocks the root tasks AWS reserves for root",
        ]);
    });
});
