import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";

/*
 * The layering check (.dependency-cruiser.cjs, run by `npm run lint`) on a program that breaks each of
 * its rules once (test/fixtures/layers): every rule must fire where it should, and only there. A rule
 * that silently matches nothing (an excluded path, a misspelt folder) would let the layering decay.
 */
const ROOT = path.join(__dirname, "..");
const FIXTURE = path.join(__dirname, "fixtures", "layers");

describe("the layering check (dependency-cruiser)", () => {
    it("reports each forbidden import of the fixture program with its rule, and nothing else", function () {
        this.timeout(60_000);
        const run = spawnSync(process.execPath, [
            path.join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruiser.mjs"),
            "--config", path.join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "json",
            "catalog", "config", "components", "functions", "tools", "index.ts",
        ], { cwd: FIXTURE, encoding: "utf8" });
        assert.strictEqual(run.error, undefined);
        const result = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
        const violations = result.summary.violations
            .map(v => `${v.rule.name}: ${v.from} -> ${v.to.replace(/^(\.\.\/)+node_modules\//, "node_modules/").replace(/(node_modules\/@[^/]+\/[^/]+)\/.*$/, "$1")}`)
            .sort();
        assert.deepStrictEqual(violations, [
            "catalog-is-the-ground-floor: catalog/uses-config.ts -> config/uses-components.ts",
            "catalog-is-the-ground-floor: catalog/uses-pulumi.ts -> node_modules/@pulumi/pulumi",
            "components-sit-on-config: components/uses-tools.ts -> tools/report.ts",
            "config-sits-on-catalog: config/uses-components.ts -> components/uses-tools.ts",
            "functions-stand-alone: functions/uses-catalog.ts -> catalog/uses-config.ts",
            "no-cycles: tools/cycle-a.ts -> tools/cycle-b.ts",
            "shipped-code-imports-no-agpl: tools/uses-agpl.ts -> node_modules/@cloud-copilot/iam-simulate",
            "the-program-does-not-import-tools: index.ts -> tools/report.ts",
        ]);
        assert.strictEqual(run.stderr, "");
    });
});
