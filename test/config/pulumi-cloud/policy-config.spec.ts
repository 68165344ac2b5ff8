import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { policyPackToPublish, readPolicyConfig, readPulumiCloudFiles } from "../../../config";

/** A project folder with policy/package.json at `version`. */
function project(version: unknown): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-config-"));
    fs.mkdirSync(path.join(dir, "policy"));
    fs.writeFileSync(path.join(dir, "policy", "package.json"), JSON.stringify({ version }));
    return dir;
}

describe("config: the files foundation:pulumiCloud points at", () => {
    it("publishes the pack under policy/package.json's version, from the folder of the program that publishes it", () => {
        const dir = project("2.3.4-rc.1");
        assert.deepStrictEqual(policyPackToPublish(dir), { name: "aws-secure-foundation", version: "2.3.4-rc.1", sourcePath: "policy" });
        assert.strictEqual(policyPackToPublish(dir, path.join(dir, "pulumi-cloud")).sourcePath, "../policy");
        const latest = project("latest");
        assert.throws(() => policyPackToPublish(latest), {
            message: `foundation:pulumiCloud publishes the policy pack under the version in ${path.join(latest, "policy", "package.json")}, which is "latest", not a semantic version (1.2.3)`,
        });
    });

    it("reads the policy config file as levels or settings by policy, naming the key and file when it is not", () => {
        const dir = project("1.0.0");
        fs.writeFileSync(path.join(dir, "ok.json"), JSON.stringify({ all: "advisory", "kms-key-enabled": { enforcementLevel: "mandatory" } }));
        assert.deepStrictEqual(readPolicyConfig("ok.json", dir), { all: "advisory", "kms-key-enabled": { enforcementLevel: "mandatory" } });
        fs.writeFileSync(path.join(dir, "list.json"), "[]");
        assert.throws(() => readPolicyConfig("list.json", dir), { message: "foundation:pulumiCloud.policies.configFile: list.json must hold a JSON object of policy names to a level or settings" });
        fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ "kms-key-enabled": 3 }));
        assert.throws(() => readPolicyConfig("bad.json", dir), { message: 'foundation:pulumiCloud.policies.configFile: bad.json: "kms-key-enabled" must be an enforcement level or an object, got 3' });
        assert.throws(() => readPolicyConfig("missing.json", dir), (e: Error) => e.message.startsWith("foundation:pulumiCloud.policies.configFile: missing.json cannot be read as JSON: ENOENT"));
    });

    it("reads the policy config only when the settings name one", () => {
        const dir = project("1.2.3");
        fs.writeFileSync(path.join(dir, "levels.json"), JSON.stringify({ all: "mandatory" }));
        assert.deepStrictEqual(readPulumiCloudFiles({ policies: {} }, dir), { policyPack: { name: "aws-secure-foundation", version: "1.2.3", sourcePath: "policy" } });
        assert.deepStrictEqual(readPulumiCloudFiles({ policies: { configFile: "levels.json" } }, dir, path.join(dir, "pulumi-cloud")), {
            policyPack: { name: "aws-secure-foundation", version: "1.2.3", sourcePath: "../policy" },
            policyConfig: { all: "mandatory" },
        });
    });
});
