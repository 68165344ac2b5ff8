import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { parseFoundationConfig } from "../../../config";
import * as aws from "@pulumi/aws";
import * as pulumiservice from "@pulumi/pulumiservice";
import * as time from "@pulumiverse/time";
import { resourceClass } from "../../../tools/bench/case";
import { median } from "../../../tools/bench/cli-startup";
import { syntheticConfig } from "../../../tools/bench/main";

const ROOT = path.join(__dirname, "..", "..", "..");

const HEADER = ["accounts", "regions", "resources", "aws providers", "validate ms", "program ms", "program cpu ms", "floor ms", "floor cpu ms",
    "shape cpu ms", "analyze ms", "floor analyze ms", "pack cpu ms", "floor pack cpu ms", "wide floor pack cpu ms", "pack cpu x wide floor",
    "ms/resource", "floor ms/resource", "x floor", "cpu x floor",
    "cpu x shape", "program peak MiB", "pack peak MiB", "violations"];
const column = (name: string) => HEADER.indexOf(name);

function bench(args: string[]) {
    const run = spawnSync("npm", ["run", "-s", "bench", "--", ...args, "--skip-preview"], { cwd: ROOT, encoding: "utf8", timeout: 240_000 });
    assert.strictEqual(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split("\n");
    assert.match(lines[0], /^policy pack start: \d+ ms, floor \d+ ms \(\d+\.\d\dx\), wide floor \d+ ms \(\d+\.\d\dx\)$/);
    assert.deepStrictEqual(lines[1].trim().split(/\s{2,}/), HEADER);
    return lines;
}

/** A row's cells, checking the measured ones are numbers (and the pack's CPU time and the peaks measured, on Linux). */
function cells(line: string): string[] {
    const row = line.trim().split(/\s+/);
    assert.strictEqual(row.length, HEADER.length, line);
    for (const name of ["pack cpu ms", "floor pack cpu ms", "wide floor pack cpu ms", "program peak MiB", "pack peak MiB"]) {
        assert.match(row[column(name)], /^\d+$/, `${name} is measured on Linux: ${line}`);
        assert.ok(Number(row[column(name)]) > 0, `${name}: ${line}`);
    }
    assert.match(row[column("shape cpu ms")], /^\d+$/, line);
    for (const name of ["pack cpu x wide floor", "ms/resource", "floor ms/resource", "x floor", "cpu x floor", "cpu x shape"]) assert.match(row[column(name)], /^\d+\.\d\d$/, `${name}: ${line}`);
    return row;
}

const counts = (row: string[]) => ["accounts", "regions", "resources", "aws providers", "violations"].map(name => row[column(name)]);

const FOOTER = [
    "floor: the mock runtime registering as many bare resources, without the program",
    "floor analyze, floor pack start: a bare one-policy JavaScript pack (tools/bench/floor-pack) on the same @pulumi/policy",
    "wide floor: the same pack with as many trivial policies as the real pack (BENCH_FLOOR_POLICIES); pack cpu x wide floor: the real pack's analysis CPU over it",
    "pack cpu: CPU time the pack's process spent on the analysis (Linux; unlike wall time, not inflated by other work on the machine)",
    "program cpu, floor cpu: the bench process's CPU time during the run (all its threads, garbage collection included)",
    "ms/resource: (program + analyze) / resources; floor ms/resource: (floor + floor analyze) / resources; x floor: their ratio; cpu x floor: (program cpu + pack cpu) / (floor cpu + floor pack cpu)",
    "shape cpu: the same resources (classes, names, inputs) registered again without the program (no component logic, no outputs passed between resources, no parents, providers or dependencies); cpu x shape: (program cpu + pack cpu) / (shape cpu + floor pack cpu)",
];

describe("npm run bench (smoke run: it must keep working as the config grows)", function () {
    this.timeout(300_000);

    it("builds valid synthetic stacks from the example stack", () => {
        const config = parseFoundationConfig(syntheticConfig(5, 3));
        assert.deepStrictEqual(config.accounts.map(a => [a.key, a.ou]), [
            ["log-archive", "Security"], ["audit", "Security"],
            ["workload-1", "Infrastructure"], ["workload-2", "Workloads/Prod"], ["workload-3", "Workloads/NonProd"],
        ]);
        assert.deepStrictEqual(config.organization.allowedRegions, ["us-east-1", "eu-west-1", "eu-central-1"]);
        assert.strictEqual(config.logging.trail.name, "acme-organization-trail");
    });

    it("prints a row per accounts x regions case with its floor, one AWS provider per account, and what each added account and region cost", () => {
        const lines = bench(["--one-process", "--accounts", "2,3", "--regions", "1,2"]);
        const rows = lines.slice(2, 6).map(cells);
        // Resources include the 8 area components (one per area: organization, baseline, guardrails, logging,
        // detection, alerting, identity, pipelines), whatever the size.
        assert.deepStrictEqual(rows.map(counts), [
            ["2", "1", "299", "3", "0"],
            ["3", "1", "330", "4", "0"],
            ["2", "2", "335", "3", "0"],
            ["3", "2", "370", "4", "0"],
        ]);
        assert.deepStrictEqual(lines.slice(6, 13), FOOTER);
        assert.strictEqual(lines[13], "peak MiB: VmHWM so far, every case in the bench process (--one-process): a row's peak includes the earlier rows'; program: the bench process at the end of the program run; pack: the pack's process");
        assert.match(lines[14], /^each case: median of 1 run; not in program ms: bundling the alerting functions \(esbuild, once per process, before the run\): \d+ ms$/);
        assert.match(lines[15], /^wall time of each case, start to end \(s\): 2x1 \d+\.\d, 3x1 \d+\.\d, 2x2 \d+\.\d, 3x2 \d+\.\d$/);
        assert.strictEqual(lines[16], "aws providers: member accounts + 1 (the management account) in every row: one per member account, whatever the region count");
        assert.match(lines[17], /^program peak at the largest size \(3 accounts x 2 regions\): \d+ MiB, under the 2 GiB budget$/);
        assert.deepStrictEqual(lines.slice(18), [
            "per added account: 31.0 resources (2 -> 3 accounts, 1 region)",
            "per added account: 35.0 resources (2 -> 3 accounts, 2 regions)",
            "per added region: 36.0 resources (1 -> 2 regions, 2 accounts)",
            "per added region: 40.0 resources (1 -> 2 regions, 3 accounts)",
        ]);
    });

    it("runs each case in a process of its own by default, so that its peak memory is its own, with the Node.js options given", () => {
        const lines = bench(["--accounts", "2", "--regions", "1", "--repeat", "1", "--node-args=--max-old-space-size=3000 --heap-growing-percent=50"]);
        assert.deepStrictEqual(lines.slice(2, 3).map(cells).map(counts), [["2", "1", "299", "3", "0"]]);
        assert.deepStrictEqual(lines.slice(3, 10), FOOTER);
        assert.strictEqual(lines[10], "peak MiB: VmHWM, each case in a process of its own; program: the bench process at the end of the program run (modules, config, program); pack: the pack's process (start and analysis)");
        assert.strictEqual(lines[11], "node arguments of each case's process: --max-old-space-size=3000 --heap-growing-percent=50");
        assert.match(lines[12], /^each case: median of 1 run; not in program ms: bundling the alerting functions \(esbuild, once per process, before the run\): \d+ ms$/);
        assert.match(lines[13], /^wall time of each case, start to end \(s\): 2x1 \d+\.\d$/);
        assert.strictEqual(lines[14], "aws providers: member accounts + 1 (the management account) in every row: one per member account, whatever the region count");
        assert.match(lines[15], /^program peak at the largest size \(2 accounts x 1 region\): \d+ MiB, under the 2 GiB budget$/);
        assert.strictEqual(lines.length, 16, "one case: no marginal line");
    });

    it("gives --node-args to the case's process (an option Node.js refuses fails the case) and refuses them with --one-process", () => {
        const refused = spawnSync("npm", ["run", "-s", "bench", "--", "--accounts", "2", "--regions", "1", "--node-args=--no-such-node-option", "--skip-preview"],
            { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
        assert.strictEqual(refused.status, 1);
        assert.match(refused.stderr, /bad option: --no-such-node-option/);
        assert.match(refused.stderr, /bench case 2 accounts x 1 regions failed \(exit 9\)/);
        const oneProcess = spawnSync("npm", ["run", "-s", "bench", "--", "--one-process", "--node-args=--max-old-space-size=3000", "--skip-preview"],
            { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
        assert.strictEqual(oneProcess.status, 1);
        assert.strictEqual(oneProcess.stderr.trim(), "--node-args applies to the case processes: not with --one-process");
    });

    it("replays each resource through its own class for the shape floor", () => {
        assert.strictEqual(resourceClass("aws:iam/role:Role"), aws.iam.Role);
        assert.strictEqual(resourceClass("aws:cloudwatch/eventRule:EventRule"), aws.cloudwatch.EventRule);
        assert.strictEqual(resourceClass("pulumi:providers:aws"), aws.Provider);
        assert.strictEqual(resourceClass("time:index/sleep:Sleep"), time.Sleep);
        assert.strictEqual(resourceClass("pulumiservice:index:DeploymentSettings"), pulumiservice.DeploymentSettings);
        assert.strictEqual(resourceClass("foundation:index:Foundation"), undefined);
        assert.strictEqual(resourceClass("aws:iam/role:NoSuchThing"), undefined);
        assert.strictEqual(resourceClass("aws:nosuchmodule/thing:Thing"), undefined);
    });

    it("reports the median of repeated runs", () => {
        assert.strictEqual(median([3]), 3);
        assert.strictEqual(median([30, 10, 20]), 20);
        assert.strictEqual(median([40, 10, 30, 20]), 25);
    });

    it("refuses sizes it cannot build", () => {
        const run = spawnSync("npm", ["run", "-s", "bench", "--", "--accounts", "1", "--skip-preview"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
        assert.strictEqual(run.status, 1);
        assert.strictEqual(run.stderr.trim(), "--accounts takes whole numbers >= 2, --regions whole numbers 1-5");
        const repeat = spawnSync("npm", ["run", "-s", "bench", "--", "--repeat", "0", "--skip-preview"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
        assert.strictEqual(repeat.status, 1);
        assert.strictEqual(repeat.stderr.trim(), "--repeat takes a whole number >= 1");
    });
});
