/*
 * Benchmark: how the offline preview scales with accounts and regions.
 *   npm run bench -- [--accounts 10,50,200,500] [--regions 2,4] [--repeat N] [--one-process] [--skip-preview]
 *                    [--node-args="--heap-growing-percent=25"]
 *   npm run bench -- --cli-startup [--repeat N]
 * Runs every accounts x regions case in a process of its own (tools/bench/case.ts), so that each
 * case's peak memory is its own, and prints figures next to a floor measured in the same process (the
 * mock runtime registering as many bare resources; a bare one-policy pack), and the shape floor (the
 * same resources registered through their classes without the program); asserts nothing (timed
 * assertions do not belong in tests). With --repeat N each case runs N times and the medians are printed.
 * --one-process runs every case in the bench process with the packs started once: faster (the smoke
 * test uses it), but a row's peak memory then includes the earlier rows'. --node-args passes Node.js and
 * V8 options to each case's process (e.g. a heap-growing factor, to see what it does to peak memory).
 * --cli-startup instead times the Pulumi CLI's start of the program with and without type-checking
 * (tools/bench/cli-startup.ts).
 */
import { spawn, spawnSync } from "child_process";
import * as path from "path";
import { parseArgs } from "util";
import type { CaseResult } from "./case";
import { cliStartup, median } from "./cli-startup";
import { CASE_RESULT_PREFIX, elapsedMs as ms, REGIONS, ROOT } from "./synthetic";

export { syntheticConfig } from "./synthetic";

const numbers = (list: string) => list.split(",").map(Number);
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
const MIB = 1024;
/** The program's memory budget at the largest size. */
const PROGRAM_PEAK_LIMIT_MIB = 2048;

/** Runs one case in a fresh process; its stdout lines other than the result go to stderr. */
function runCaseProcess(accounts: number, regions: number, run: number, nodeArgs: string[]): Promise<CaseResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [...nodeArgs, "-r", "ts-node/register/transpile-only", path.join(__dirname, "case.ts"),
            "--accounts", String(accounts), "--regions", String(regions), "--run", String(run)], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
        let stdout = "";
        child.stdout.setEncoding("utf8");
        child.stdout.on("data", (chunk: string) => (stdout += chunk));
        child.on("error", reject);
        child.on("close", (code, signal) => {
            const lines = stdout.split("\n");
            const result = lines.find(l => l.startsWith(CASE_RESULT_PREFIX));
            lines.filter(l => l !== "" && l !== result).forEach(l => process.stderr.write(`${l}\n`));
            if (code !== 0 || result === undefined) {
                reject(new Error(`bench case ${accounts} accounts x ${regions} regions failed (${signal ?? `exit ${code}`})`));
            } else {
                resolve(JSON.parse(result.slice(CASE_RESULT_PREFIX.length)));
            }
        });
    });
}

type Row = CaseResult;

/** The median of each measurement over a case's runs (counts are the same in every run). */
function medianRow(runs: CaseResult[]): Row {
    const row = { ...runs[0] } as Record<string, number | undefined>;
    for (const key of Object.keys(row)) {
        const values = runs.map(r => (r as unknown as Record<string, number | undefined>)[key]);
        row[key] = values.some(v => v === undefined) ? undefined : median(values as number[]);
    }
    return row as unknown as Row;
}

async function main() {
    const { values } = parseArgs({
        options: {
            accounts: { type: "string", default: "10,50,200,500" },
            regions: { type: "string", default: "2,4" },
            repeat: { type: "string", default: "1" },
            "skip-preview": { type: "boolean", default: false },
            "cli-startup": { type: "boolean", default: false },
            "one-process": { type: "boolean", default: false },
            "node-args": { type: "string", default: "" },
        },
    });
    const nodeArgs = values["node-args"].split(" ").filter(Boolean);
    if (nodeArgs.length > 0 && values["one-process"]) throw new Error("--node-args applies to the case processes: not with --one-process");
    const accountSizes = numbers(values.accounts);
    const regionSizes = numbers(values.regions);
    const repeat = Number(values.repeat);
    const bad = [...accountSizes, ...regionSizes].filter(n => !Number.isInteger(n) || n < 1);
    if (bad.length > 0 || accountSizes.some(n => n < 2) || regionSizes.some(n => n > REGIONS.length)) {
        throw new Error(`--accounts takes whole numbers >= 2, --regions whole numbers 1-${REGIONS.length}`);
    }
    if (!Number.isInteger(repeat) || repeat < 1) throw new Error("--repeat takes a whole number >= 1");

    if (values["cli-startup"]) {
        cliStartup(repeat).forEach(l => console.log(l));
        return;
    }

    const cases = [...new Set(regionSizes)].sort((a, b) => a - b)
        .flatMap(regions => [...new Set(accountSizes)].sort((a, b) => a - b).map(accounts => ({ accounts, regions })));
    const oneProcess = values["one-process"];
    const runs: CaseResult[][] = cases.map(() => []);
    const caseMs: number[][] = cases.map(() => []);
    // --one-process (the smoke test's mode: faster): every case in this process, the packs started once.
    const inProcess = oneProcess ? await import("./case") : undefined;
    const packs = inProcess ? await inProcess.startPacks() : undefined;
    try {
        // Run after run over the whole matrix, so that a change in the machine's load spreads over every case.
        for (let run = 0; run < repeat; run++) {
            for (const [i, { accounts, regions }] of cases.entries()) {
                const start = process.hrtime.bigint();
                runs[i].push(inProcess ? await inProcess.runCase(accounts, regions, run, packs) : await runCaseProcess(accounts, regions, run, nodeArgs));
                caseMs[i].push(ms(start));
            }
        }
    } finally {
        await Promise.all([packs?.pack.close(), packs?.floorPack.close(), packs?.wideFloorPack.close()]);
    }
    const rows = runs.map(medianRow);
    const all = runs.flat();

    const header = ["accounts", "regions", "resources", "aws providers", "validate ms", "program ms", "program cpu ms", "floor ms", "floor cpu ms",
        "shape cpu ms", "analyze ms", "floor analyze ms", "pack cpu ms", "floor pack cpu ms", "wide floor pack cpu ms", "pack cpu x wide floor", "ms/resource", "floor ms/resource", "x floor", "cpu x floor",
        "cpu x shape", "program peak MiB", "pack peak MiB", "violations"];
    const optional = (n: number | undefined, digits = 0) => (n === undefined ? "-" : n.toFixed(digits));
    const cpuRatio = (r: Row) => (r.analyzeCpuMs === undefined || r.floorAnalyzeCpuMs === undefined ? undefined
        : (r.programCpuMs + r.analyzeCpuMs) / (r.floorCpuMs + r.floorAnalyzeCpuMs));
    const shapeRatio = (r: Row) => (r.analyzeCpuMs === undefined || r.floorAnalyzeCpuMs === undefined ? undefined
        : (r.programCpuMs + r.analyzeCpuMs) / (r.shapeCpuMs + r.floorAnalyzeCpuMs));
    const cells = rows.map(r => [r.accounts, r.regions, r.resources, r.awsProviders, r.validateMs.toFixed(1), r.programMs.toFixed(0),
        r.programCpuMs.toFixed(0), r.floorMs.toFixed(0), r.floorCpuMs.toFixed(0), r.shapeCpuMs.toFixed(0), r.analyzeMs.toFixed(0), r.floorAnalyzeMs.toFixed(0),
        optional(r.analyzeCpuMs), optional(r.floorAnalyzeCpuMs), optional(r.wideFloorAnalyzeCpuMs),
        optional(r.analyzeCpuMs === undefined || !r.wideFloorAnalyzeCpuMs ? undefined : r.analyzeCpuMs / r.wideFloorAnalyzeCpuMs, 2),
        ((r.programMs + r.analyzeMs) / r.resources).toFixed(2),
        ((r.floorMs + r.floorAnalyzeMs) / r.resources).toFixed(2), ((r.programMs + r.analyzeMs) / (r.floorMs + r.floorAnalyzeMs)).toFixed(2),
        optional(cpuRatio(r), 2), optional(shapeRatio(r), 2), optional(r.programPeakKiB === undefined ? undefined : r.programPeakKiB / MIB),
        optional(r.packPeakKiB === undefined ? undefined : r.packPeakKiB / MIB), r.violations].map(String));
    const widths = header.map((h, c) => Math.max(h.length, ...cells.map(r => r[c].length)));
    const line = (row: string[]) => row.map((cell, c) => cell.padStart(widths[c])).join("  ");
    const packStartMs = median(all.map(r => r.packStartMs));
    const floorPackStartMs = median(all.map(r => r.floorPackStartMs));
    const wideFloorPackStartMs = median(all.map(r => r.wideFloorPackStartMs));
    console.log(`policy pack start: ${packStartMs.toFixed(0)} ms, floor ${floorPackStartMs.toFixed(0)} ms (${(packStartMs / floorPackStartMs).toFixed(2)}x), ` +
        `wide floor ${wideFloorPackStartMs.toFixed(0)} ms (${(packStartMs / wideFloorPackStartMs).toFixed(2)}x)`);
    console.log(line(header));
    cells.forEach(r => console.log(line(r)));
    console.log("floor: the mock runtime registering as many bare resources, without the program");
    console.log("floor analyze, floor pack start: a bare one-policy JavaScript pack (tools/bench/floor-pack) on the same @pulumi/policy");
    console.log("wide floor: the same pack with as many trivial policies as the real pack (BENCH_FLOOR_POLICIES); pack cpu x wide floor: the real pack's analysis CPU over it");
    console.log("pack cpu: CPU time the pack's process spent on the analysis (Linux; unlike wall time, not inflated by other work on the machine)");
    console.log("program cpu, floor cpu: the bench process's CPU time during the run (all its threads, garbage collection included)");
    console.log("ms/resource: (program + analyze) / resources; floor ms/resource: (floor + floor analyze) / resources; x floor: their ratio; cpu x floor: (program cpu + pack cpu) / (floor cpu + floor pack cpu)");
    console.log("shape cpu: the same resources (classes, names, inputs) registered again without the program (no component logic, no outputs passed between resources, no parents, providers or dependencies); cpu x shape: (program cpu + pack cpu) / (shape cpu + floor pack cpu)");
    console.log(oneProcess
        ? "peak MiB: VmHWM so far, every case in the bench process (--one-process): a row's peak includes the earlier rows'; program: the bench process at the end of the program run; pack: the pack's process"
        : "peak MiB: VmHWM, each case in a process of its own; program: the bench process at the end of the program run (modules, config, program); pack: the pack's process (start and analysis)");
    const bundleMs = oneProcess ? all.reduce((sum, r) => sum + r.bundleMs, 0) : median(all.map(r => r.bundleMs));
    if (nodeArgs.length > 0) console.log(`node arguments of each case's process: ${nodeArgs.join(" ")}`);
    console.log(`each case: median of ${repeat} run${repeat === 1 ? "" : "s"}; not in program ms: bundling the alerting functions (esbuild, once per process, before the run): ${bundleMs.toFixed(0)} ms`);
    console.log(`wall time of each case, start to end (s): ${cases.map(({ accounts, regions }, i) => `${accounts}x${regions} ${(median(caseMs[i]) / 1000).toFixed(1)}`).join(", ")}`);
    console.log(providerLine(rows));
    const peaks = rows.filter(r => r.programPeakKiB !== undefined);
    if (peaks.length > 0) {
        const largest = peaks.reduce((a, b) => (b.resources > a.resources ? b : a));
        const mib = largest.programPeakKiB! / MIB;
        console.log(`program peak at the largest size (${largest.accounts} accounts x ${plural(largest.regions, "region")}): ${mib.toFixed(0)} MiB, ` +
            `${mib < PROGRAM_PEAK_LIMIT_MIB ? "under" : "over"} the ${PROGRAM_PEAK_LIMIT_MIB / 1024} GiB budget`);
    }
    marginals(rows).forEach(l => console.log(l));

    if (!values["skip-preview"]) {
        const start = process.hrtime.bigint();
        const preview = spawnSync("npm", ["run", "-s", "preview", "--", "--stack", "prod", "--json"], { cwd: ROOT, encoding: "utf8" });
        console.log(`npm run preview -- --stack prod --json, end to end: ${ms(start).toFixed(0)} ms (exit ${preview.status})`);
    }
}

/** Whether every row has exactly one AWS provider per member account plus the management account's. */
function providerLine(rows: readonly Row[]): string {
    const off = rows.filter(r => r.awsProviders !== r.accounts + 1);
    return off.length === 0
        ? "aws providers: member accounts + 1 (the management account) in every row: one per member account, whatever the region count"
        : `aws providers: not member accounts + 1 in ${off.map(r => `${r.accounts} accounts x ${r.regions} regions (${r.awsProviders})`).join(", ")}`;
}

/** Resources each added account and each added region cost, from rows that differ in one of them only. */
function marginals(rows: readonly Row[]): string[] {
    const lines: string[] = [];
    const per = (what: string, other: string, pick: (r: Row) => number, fixed: (r: Row) => number) => {
        for (const a of rows) {
            const b = rows.filter(r => fixed(r) === fixed(a) && pick(r) > pick(a)).sort((x, y) => pick(x) - pick(y))[0];
            if (b) {
                lines.push(`per added ${what}: ${((b.resources - a.resources) / (pick(b) - pick(a))).toFixed(1)} resources ` +
                    `(${pick(a)} -> ${pick(b)} ${what}s, ${plural(fixed(a), other)})`);
            }
        }
    };
    per("account", "region", r => r.accounts, r => r.regions);
    per("region", "account", r => r.regions, r => r.accounts);
    return lines;
}

if (require.main === module) {
    main().catch(e => {
        console.error(e instanceof Error ? e.message : e);
        process.exit(1);
    });
}
