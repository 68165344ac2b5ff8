/*
 * `npm run bench -- --cli-startup [--repeat N]`: how long the Pulumi CLI's Node.js runtime takes to
 * start this program, with the tsconfig Pulumi.yaml names (no type-check) and with tsconfig.json (what
 * the CLI used before Pulumi.yaml named one: ts-node type-checks every file it loads).
 * Each run is a fresh `node tools/bench/cli-startup-child.js`, which goes through @pulumi/pulumi's own
 * cmd/run entry point (see that file) up to the program's first resource registration.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { readStackConfigFile } from "../../config";
import { ROOT } from "./synthetic";

export const CLI_STARTUP_PREFIX = "cli-startup-result ";

/** Pulumi.yaml's Node.js runtime options (`runtime: { name: nodejs, options: {...} }`). */
export function pulumiRuntimeOptions(root = ROOT): { typescript?: boolean; tsconfig?: string } {
    const project = YAML.parse(fs.readFileSync(path.join(root, "Pulumi.yaml"), "utf8")) as { runtime?: unknown };
    const runtime = project.runtime;
    if (typeof runtime === "object" && runtime !== null && "options" in runtime) {
        return (runtime as { options?: { typescript?: boolean; tsconfig?: string } }).options ?? {};
    }
    return {};
}

export interface StartupRun {
    /** Since the node process started, to the first resource registration. */
    ms: number;
    cpuMs: number;
    peakRssKiB?: number;
    /** The same when index.ts's imports had loaded (compiled, and type-checked unless transpile-only). */
    importsMs: number;
    importsCpuMs: number;
    importsPeakRssKiB?: number;
    /** What ts-node was registered with (read back from the registered instance). */
    typeCheck?: boolean;
}

/** One cold start; `tsconfig` undefined: no PULUMI_NODEJS_TSCONFIG_PATH, as without Pulumi.yaml's option. */
export function startOnce(tsconfig: string | undefined, stackConfig: Record<string, string>): StartupRun {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
        // Nothing of the caller's ts-node or Pulumi settings: only what the language host would set.
        if (!key.startsWith("TS_NODE_") && !key.startsWith("PULUMI_NODEJS_") && !key.startsWith("PULUMI_CONFIG")) env[key] = value;
    }
    const options = pulumiRuntimeOptions();
    env.PULUMI_NODEJS_TYPESCRIPT = String(options.typescript !== false);
    if (tsconfig !== undefined) env.PULUMI_NODEJS_TSCONFIG_PATH = tsconfig;
    env.PULUMI_CONFIG = JSON.stringify(stackConfig);
    const child = spawnSync(process.execPath, [path.join(__dirname, "cli-startup-child.js"), ROOT, "aws-secure-foundation", "prod"], {
        cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
    });
    const line = child.stdout.split("\n").find(l => l.startsWith(CLI_STARTUP_PREFIX));
    if (child.status !== 0 || line === undefined) {
        throw new Error(`cli start-up run (${tsconfig ?? "tsconfig.json by default"}) failed with ${child.status ?? child.signal}:\n${child.stderr}`);
    }
    return JSON.parse(line.slice(CLI_STARTUP_PREFIX.length));
}

export const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The lines `npm run bench -- --cli-startup` prints. */
export function cliStartup(repeat: number): string[] {
    const configured = pulumiRuntimeOptions().tsconfig;
    const stackConfig = readStackConfigFile(path.join(ROOT, "Pulumi.prod.yaml"));
    const variants: { label: string; tsconfig: string | undefined; runs: StartupRun[] }[] = [
        { label: "tsconfig.json", tsconfig: undefined, runs: [] },
        { label: configured ?? "(Pulumi.yaml names none)", tsconfig: configured, runs: [] },
    ];
    for (let i = 0; i < repeat; i++) {
        // Alternating, so that a change in the machine's load affects both alike.
        for (const variant of i % 2 === 0 ? variants : [...variants].reverse()) variant.runs.push(startOnce(variant.tsconfig, stackConfig));
    }
    const header = ["tsconfig", "type-check", "imports ms", "imports cpu ms", "imports peak MiB", "first resource ms", "cpu ms", "peak MiB"];
    const mib = (values: (number | undefined)[]) => (values.some(v => v === undefined) ? "-" : (median(values as number[]) / 1024).toFixed(0));
    const rows = variants.map(v => [
        v.label,
        v.runs.every(r => r.typeCheck === true) ? "yes" : v.runs.every(r => r.typeCheck === false) ? "no" : "mixed",
        median(v.runs.map(r => r.importsMs)).toFixed(0),
        median(v.runs.map(r => r.importsCpuMs)).toFixed(0),
        mib(v.runs.map(r => r.importsPeakRssKiB)),
        median(v.runs.map(r => r.ms)).toFixed(0),
        median(v.runs.map(r => r.cpuMs)).toFixed(0),
        mib(v.runs.map(r => r.peakRssKiB)),
    ]);
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map(r => r[c].length)));
    const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
    return [
        `cli start-up: @pulumi/pulumi cmd/run, stack prod (median of ${repeat} run${repeat === 1 ? "" : "s"})`,
        line(header),
        ...rows.map(line),
        "imports: index.ts's imports loaded (every module compiled, and type-checked unless transpile-only)",
        "first resource: the mock monitor sees the first registration once the program's synchronous part has run (config validated, every resource constructed, the alerting functions bundled)",
        "ms: since node started; cpu ms: the process's CPU time (not inflated by other work on the machine); peak MiB: VmHWM",
        "tsconfig.json: what the CLI uses when Pulumi.yaml names no tsconfig (ts-node type-checks every file it loads)",
    ];
}
