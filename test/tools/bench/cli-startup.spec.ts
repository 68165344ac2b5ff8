import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { pulumiRuntimeOptions, startOnce } from "../../../tools/bench/cli-startup";
import { readStackConfigFile } from "../../../config";

const ROOT = path.join(__dirname, "..", "..", "..");

/** What @pulumi/pulumi's cmd/run/run.js reads to decide whether ts-node type-checks: the file's own compilerOptions, `extends` not followed. */
const { loadTypeScriptCompilerOptions } = require("@pulumi/pulumi/tsutils") as {
    loadTypeScriptCompilerOptions(tsConfigPath: string): Record<string, unknown>;
};

function parsed(file: string): ts.ParsedCommandLine {
    const { config, error } = ts.readConfigFile(path.join(ROOT, file), ts.sys.readFile);
    assert.strictEqual(error, undefined);
    return ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, path.join(ROOT, file));
}

describe("the Pulumi CLI runs the program without type-checking; the IDE and CI type-check it", () => {
    it("Pulumi.yaml points the Node.js runtime at tsconfig.pulumi.json", () => {
        assert.deepStrictEqual(pulumiRuntimeOptions(), { typescript: true, tsconfig: "tsconfig.pulumi.json" });
        assert.ok(fs.existsSync(path.join(ROOT, "tsconfig.pulumi.json")));
    });

    it("tsconfig.pulumi.json extends tsconfig.json and sets noCheck itself, where cmd/run reads it", () => {
        const own = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.pulumi.json"), "utf8"));
        assert.strictEqual(own.extends, "./tsconfig.json");
        // cmd/run spreads the file's own compilerOptions over its defaults (target ES2020, module and
        // moduleResolution nodenext): these repeat tsconfig.json's so the CLI emits what tsc checks.
        assert.deepStrictEqual(own.compilerOptions, { target: "ES2022", module: "commonjs", moduleResolution: "node", noCheck: true });
        assert.strictEqual(loadTypeScriptCompilerOptions(path.join(ROOT, "tsconfig.pulumi.json")).noCheck, true);
        const base = parsed("tsconfig.json").options;
        const pulumi = parsed("tsconfig.pulumi.json").options;
        assert.deepStrictEqual([pulumi.target, pulumi.module, pulumi.moduleResolution], [base.target, base.module, base.moduleResolution]);
        assert.strictEqual(pulumi.strict, true, "everything else comes from tsconfig.json");
        assert.strictEqual(pulumi.noCheck, true);
    });

    it("tsconfig.json (the IDE's, npm run typecheck's and CI's) still type-checks", () => {
        const own = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8"));
        assert.strictEqual(own.compilerOptions.noCheck, undefined);
        assert.strictEqual(own["ts-node"], undefined);
        assert.strictEqual(loadTypeScriptCompilerOptions(path.join(ROOT, "tsconfig.json")).noCheck, undefined);
        assert.strictEqual(parsed("tsconfig.json").options.noCheck, undefined);
        assert.strictEqual(parsed("tsconfig.json").options.strict, true);
    });

    it("@pulumi/pulumi's own cmd/run starts the program transpile-only with Pulumi.yaml's tsconfig", function () {
        this.timeout(120_000);
        const run = startOnce(pulumiRuntimeOptions().tsconfig, readStackConfigFile(path.join(ROOT, "Pulumi.prod.yaml")));
        assert.strictEqual(run.typeCheck, false);
        assert.ok(run.importsMs > 0 && run.importsMs <= run.ms, `imports ${run.importsMs} ms, first resource ${run.ms} ms`);
        assert.ok(run.importsCpuMs > 0 && run.importsCpuMs <= run.cpuMs);
    });
});
