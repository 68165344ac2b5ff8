import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { parseFoundationConfig } from "../../config";
import { syntheticConfig } from "../../tools/bench/main";

const ROOT = path.join(__dirname, "..", "..");

describe("npm run bench (smoke run: it must keep working as the config grows)", () => {
    it("builds valid synthetic stacks from the example stack", () => {
        const config = parseFoundationConfig(syntheticConfig(5, 3));
        assert.deepStrictEqual(config.accounts.map(a => [a.key, a.ou]), [
            ["log-archive", "Security"], ["audit", "Security"],
            ["workload-1", "Infrastructure"], ["workload-2", "Workloads/Prod"], ["workload-3", "Workloads/NonProd"],
        ]);
        assert.deepStrictEqual(config.organization.allowedRegions, ["us-east-1", "eu-west-1", "eu-central-1"]);
        assert.strictEqual(config.logging.trail.name, "acme-organization-trail");
    });

    it("prints a row per size with a floor, and the resources each added account and region cost", () => {
        const run = spawnSync("npm", ["run", "-s", "bench", "--", "--accounts", "2,3", "--regions", "1,2", "--skip-preview"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
        assert.strictEqual(run.status, 0, run.stderr);
        const lines = run.stdout.trim().split("\n");
        assert.match(lines[0], /^policy pack start: \d+ ms, floor \d+ ms \(\d+\.\d\dx\)$/);
        assert.deepStrictEqual(lines[1].trim().split(/\s{2,}/),
            ["accounts", "regions", "resources", "validate ms", "program ms", "floor ms", "analyze ms", "floor analyze ms",
                "pack cpu ms", "floor pack cpu ms", "ms/resource", "violations"]);
        const rows = lines.slice(2, 5).map(l => l.trim().split(/\s+/));
        assert.deepStrictEqual(rows.map(r => [r[0], r[1], r[2], r[11]]), [["2", "1", "289", "0"], ["2", "2", "325", "0"], ["3", "2", "360", "0"]]);
        for (const r of rows) {
            assert.match(r[8], /^\d+$/, "the pack's CPU time is measured on Linux");
            assert.match(r[9], /^\d+$/);
            assert.ok(Number(r[8]) > 0, `pack cpu ${r[8]} ms`);
        }
        assert.deepStrictEqual(lines.slice(5), [
            "floor: the mock runtime registering as many bare resources, without the program",
            "floor analyze, floor pack start: a bare one-policy JavaScript pack (tools/bench/floor-pack) on the same @pulumi/policy",
            "pack cpu: CPU time the pack's process spent on the analysis (Linux; unlike wall time, not inflated by other work on the machine)",
            "per added account: 35.0 resources (2 -> 3 accounts)",
            "per added region: 36.0 resources (1 -> 2 regions)",
        ]);
    });

    it("refuses sizes it cannot build", () => {
        const run = spawnSync("npm", ["run", "-s", "bench", "--", "--accounts", "1", "--skip-preview"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
        assert.strictEqual(run.status, 1);
        assert.strictEqual(run.stderr.trim(), "--accounts takes whole numbers >= 2, --regions whole numbers 1-5");
    });
});
