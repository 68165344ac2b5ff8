import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { entryPoint, readProject, readStackConfig, ScanSetupError } from "../../../tools/scan/project";

/** A project directory with these files (relative path -> content). */
function project(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scan-project-"));
    for (const [file, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), content);
    }
    return dir;
}

describe("scan: the program's project and stack config (tools/scan/project.ts)", () => {
    it("reads the name, runtime options, main and project-level config defaults of Pulumi.yaml", () => {
        const dir = project({
            "Pulumi.yaml": [
                "name: shop", "runtime:", "  name: nodejs", "  options:", "    typescript: false", "    tsconfig: tsconfig.build.json",
                "main: src/", "config:", "  instanceType: t3.micro", "  replicas:", "    type: integer", "    default: 2", "  aws:region:", "    value: eu-west-2",
            ].join("\n"),
        });
        const p = readProject(dir);
        assert.deepStrictEqual({ ...p, dir: undefined }, {
            dir: undefined, name: "shop", typescript: false, tsconfig: "tsconfig.build.json", main: "src/", stackConfigDir: dir,
            configDefaults: { "shop:instanceType": "t3.micro", "shop:replicas": 2, "aws:region": "eu-west-2" },
        });
        assert.strictEqual(entryPoint(p), path.join(dir, "src"));
    });

    it("refuses a directory with no Pulumi.yaml, and a program that is not Node.js", () => {
        assert.throws(() => readProject(project({ "index.ts": "" })), (e: Error) => e instanceof ScanSetupError && /has no Pulumi\.yaml: give the directory of a Pulumi project$/.test(e.message));
        assert.throws(() => readProject(project({ "Pulumi.yaml": "name: p\nruntime: python\n" })),
            (e: Error) => e instanceof ScanSetupError && /runtime is "python"; the scan runs Node\.js programs \(TypeScript or JavaScript\) only$/.test(e.message));
    });

    it("reads the only stack's config, namespacing keys by the project; a secret reads as a placeholder the notes name", () => {
        const dir = project({
            "Pulumi.yaml": "name: shop\nruntime: nodejs\n",
            "Pulumi.dev.yaml": ["config:", "  aws:region: eu-west-1", "  shop:size: 3", "  tags:", "    team: web", "  dbPassword:", "    secure: v1:abc"].join("\n"),
        });
        const config = readStackConfig(readProject(dir), {});
        assert.deepStrictEqual(config, {
            stack: "dev",
            file: path.join(dir, "Pulumi.dev.yaml"),
            values: { "aws:region": "eu-west-1", "shop:size": "3", "shop:tags": "{\"team\":\"web\"}", "shop:dbPassword": "offline-scan-secret" },
            secretKeys: ["shop:dbPassword"],
            notes: ["shop:dbPassword is a secret: the scan cannot decrypt it and uses \"offline-scan-secret\""],
        });
    });

    it("with no stack file, runs stack \"dev\" on the project defaults, in us-east-1, and says so", () => {
        const config = readStackConfig(readProject(project({ "Pulumi.yaml": "name: shop\nruntime: nodejs\n" })), {});
        assert.deepStrictEqual({ ...config }, {
            stack: "dev",
            values: { "aws:region": "us-east-1" },
            secretKeys: [],
            notes: ["no Pulumi.dev.yaml: the program gets the project's config defaults only", "aws:region is not set: the scan assumes us-east-1"],
        });
    });

    it("asks for --stack when several stacks have config files, and refuses a --stack with none", () => {
        const dir = project({ "Pulumi.yaml": "name: shop\nruntime: nodejs\n", "Pulumi.dev.yaml": "config: {}\n", "Pulumi.prod.yaml": "config: {}\n" });
        assert.throws(() => readStackConfig(readProject(dir), {}), { message: `${dir} has several stacks (dev, prod): choose one with --stack` });
        assert.strictEqual(readStackConfig(readProject(dir), { stack: "prod" }).file, path.join(dir, "Pulumi.prod.yaml"));
        assert.throws(() => readStackConfig(readProject(dir), { stack: "qa" }), { message: `stack "qa" has no config file: ${path.join(dir, "Pulumi.qa.yaml")} does not exist` });
    });

    it("reads --config-file instead of the stack's file, and stack files from stackConfigDir", () => {
        const dir = project({
            "Pulumi.yaml": "name: shop\nruntime: nodejs\nstackConfigDir: stacks\n",
            "stacks/Pulumi.ci.yaml": "config:\n  aws:region: ap-southeast-2\n",
            "elsewhere.yaml": "config:\n  aws:region: ca-central-1\n",
        });
        assert.strictEqual(readStackConfig(readProject(dir), {}).values["aws:region"], "ap-southeast-2");
        assert.strictEqual(readStackConfig(readProject(dir), { configFile: path.join(dir, "elsewhere.yaml") }).values["aws:region"], "ca-central-1");
        assert.throws(() => readStackConfig(readProject(dir), { configFile: path.join(dir, "nope.yaml") }), { message: `--config-file ${path.join(dir, "nope.yaml")} does not exist` });
    });

    it("runs what the CLI runs: package.json's main when that file exists, else the directory", () => {
        const withMain = project({ "Pulumi.yaml": "name: p\nruntime: nodejs\n", "package.json": "{\"main\": \"src/app.ts\"}", "src/app.ts": "" });
        assert.strictEqual(entryPoint(readProject(withMain)), path.join(withMain, "src/app.ts"));
        const unbuilt = project({ "Pulumi.yaml": "name: p\nruntime: nodejs\n", "package.json": "{\"main\": \"bin/index.js\"}" });
        assert.strictEqual(entryPoint(readProject(unbuilt)), unbuilt);
    });
});
