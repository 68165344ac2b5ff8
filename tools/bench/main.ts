/*
 * Benchmark: how the offline preview scales with accounts and regions.
 *   npm run bench -- [--accounts 6,50,200] [--regions 1,2] [--skip-preview]
 * Prints figures next to a floor measured in the same run (the mock runtime registering as many bare
 * resources); asserts nothing (timed assertions do not belong in tests).
 */
import * as pulumi from "@pulumi/pulumi";
import { spawnSync } from "child_process";
import * as path from "path";
import { parseArgs } from "util";
import { Foundation } from "../../components";
import { parseFoundationConfig } from "../../config";
import { startPolicyPack } from "../policy-runner";
import { analyzeResources } from "../preview/analyze";
import { FoundationMocks } from "../preview/mocks";
import { runProgram } from "../preview/runtime";
import { readStackConfigFile } from "../preview/stack-config";

const ROOT = path.resolve(__dirname, "..", "..");
const REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"];

/**
 * The example stack (`Pulumi.prod.yaml`, so every section the schema knows is there) with `accounts`
 * accounts spread over its workload OUs and the first `regions` regions allowed.
 */
export function syntheticConfig(accounts: number, regions: number): Record<string, string> {
    const values = readStackConfigFile(path.join(ROOT, "Pulumi.prod.yaml"));
    const organization = JSON.parse(values["foundation:organization"]);
    const examples: { key: string; ou: string }[] = JSON.parse(values["foundation:accounts"]);
    const security = examples.filter(a => a.key === organization.logArchiveAccount || a.key === organization.auditAccount);
    const ous = [...new Set(examples.filter(a => !security.includes(a)).map(a => a.ou))];
    const workloads = Array.from({ length: Math.max(0, accounts - security.length) }, (_, i) => ({
        key: `workload-${i + 1}`, name: `Workload ${i + 1}`, email: `aws-workload-${i + 1}@example.com`, ou: ous[i % ous.length],
    }));
    const synthetic = [...security, ...workloads];
    // The example's references to its own workload accounts become their OUs (identity, guardrails) or an account there (pipelines).
    const kept = new Set(["management", ...synthetic.map(a => a.key)]);
    const ouOf = new Map(examples.map(a => [a.key, a.ou]));
    const identity = values["foundation:identity"] && JSON.parse(values["foundation:identity"]);
    for (const assignment of identity?.assignments ?? []) {
        assignment.targets = [...new Set((assignment.targets as string[]).map(t => (kept.has(t) || !ouOf.has(t) ? t : ouOf.get(t)!)))];
    }
    const pipelines = values["foundation:pipelines"] && JSON.parse(values["foundation:pipelines"]);
    if (pipelines?.workloads) {
        pipelines.workloads = (pipelines.workloads as { account: string }[])
            .map(w => ({ ...w, account: kept.has(w.account) ? w.account : synthetic.find(a => a.ou === ouOf.get(w.account))?.key }))
            .filter(w => w.account !== undefined);
    }
    const guardrails = values["foundation:guardrails"] && JSON.parse(values["foundation:guardrails"]);
    if (guardrails?.serviceControlPolicies) {
        const remapped: Record<string, string[]> = {};
        for (const [target, names] of Object.entries(guardrails.serviceControlPolicies as Record<string, string[]>)) {
            const to = kept.has(target) || !ouOf.has(target) ? target : ouOf.get(target)!;
            remapped[to] = [...new Set([...(remapped[to] ?? []), ...names])];
        }
        guardrails.serviceControlPolicies = remapped;
    }
    return {
        ...values,
        "foundation:organization": JSON.stringify({ ...organization, homeRegion: REGIONS[0], allowedRegions: REGIONS.slice(0, regions) }),
        "foundation:accounts": JSON.stringify(synthetic),
        ...(identity && { "foundation:identity": JSON.stringify(identity) }),
        ...(pipelines && { "foundation:pipelines": JSON.stringify(pipelines) }),
        ...(guardrails && { "foundation:guardrails": JSON.stringify(guardrails) }),
    };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const cpuSince = (pack: { cpuMs(): number | undefined }, before: number | undefined) => {
    const after = pack.cpuMs();
    return before === undefined || after === undefined ? undefined : after - before;
};
const numbers = (list: string) => list.split(",").map(Number);

class BareResource extends pulumi.CustomResource {
    constructor(name: string) {
        super("bench:index:Bare", name, {});
    }
}

/** The floor: the mock runtime registering `count` bare resources, no program logic, no inputs. */
async function floorMs(count: number, i: number): Promise<number> {
    const start = process.hrtime.bigint();
    await runProgram({
        project: "bench", stack: `floor${i}`, config: {}, mocks: new FoundationMocks("111111111111", "bench"),
        program: () => {
            for (let n = 0; n < count; n++) new BareResource(`bare-${n}`);
        },
    });
    return ms(start);
}

interface Row {
    accounts: number; regions: number; resources: number; validateMs: number; programMs: number; floorMs: number;
    analyzeMs: number; floorAnalyzeMs: number; analyzeCpuMs?: number; floorAnalyzeCpuMs?: number; violations: number;
}

async function main() {
    const { values } = parseArgs({
        options: {
            accounts: { type: "string", default: "6,50,200" },
            regions: { type: "string", default: "1,2" },
            "skip-preview": { type: "boolean", default: false },
        },
    });
    const accountSizes = numbers(values.accounts);
    const regionSizes = numbers(values.regions);
    const bad = [...accountSizes, ...regionSizes].filter(n => !Number.isInteger(n) || n < 1);
    if (bad.length > 0 || accountSizes.some(n => n < 2) || regionSizes.some(n => n > REGIONS.length)) {
        throw new Error(`--accounts takes whole numbers >= 2, --regions whole numbers 1-${REGIONS.length}`);
    }

    let start = process.hrtime.bigint();
    const pack = await startPolicyPack(path.join(ROOT, "policy"));
    const packStartMs = ms(start);
    start = process.hrtime.bigint();
    const floorPack = await startPolicyPack(path.join(__dirname, "floor-pack"));
    const floorPackStartMs = ms(start);

    const rows: Row[] = [];
    const cases = [
        ...accountSizes.map(accounts => ({ accounts, regions: regionSizes[regionSizes.length - 1] })),
        ...regionSizes.slice(0, -1).map(regions => ({ accounts: accountSizes[0], regions })),
    ];
    try {
        for (const [i, { accounts, regions }] of cases.entries()) {
            const configValues = syntheticConfig(accounts, regions);
            start = process.hrtime.bigint();
            const config = parseFoundationConfig(configValues);
            const validateMs = ms(start);

            start = process.hrtime.bigint();
            const run = await runProgram({
                project: "bench", stack: `bench${i}`, config: configValues,
                mocks: new FoundationMocks(config.organization.managementAccount.id, config.organization.name),
                program: () => new Foundation("foundation", { config }),
            });
            const programMs = ms(start);

            start = process.hrtime.bigint();
            let cpu = pack.cpuMs();
            const violations = await analyzeResources(pack, run.resources);
            const analyzeMs = ms(start);
            const analyzeCpuMs = cpuSince(pack, cpu);
            start = process.hrtime.bigint();
            cpu = floorPack.cpuMs();
            await analyzeResources(floorPack, run.resources);
            const floorAnalyzeMs = ms(start);
            const floorAnalyzeCpuMs = cpuSince(floorPack, cpu);
            rows.push({
                accounts, regions, resources: run.resources.length, validateMs, programMs, floorMs: await floorMs(run.resources.length, i),
                analyzeMs, floorAnalyzeMs, analyzeCpuMs, floorAnalyzeCpuMs, violations: violations.length,
            });
        }
    } finally {
        await pack.close();
        await floorPack.close();
    }
    rows.sort((a, b) => a.regions - b.regions || a.accounts - b.accounts);

    const header = ["accounts", "regions", "resources", "validate ms", "program ms", "floor ms", "analyze ms", "floor analyze ms",
        "pack cpu ms", "floor pack cpu ms", "ms/resource", "violations"];
    const optional = (n: number | undefined) => (n === undefined ? "-" : n.toFixed(0));
    const cells = rows.map(r => [r.accounts, r.regions, r.resources, r.validateMs.toFixed(1), r.programMs.toFixed(0), r.floorMs.toFixed(0),
        r.analyzeMs.toFixed(0), r.floorAnalyzeMs.toFixed(0), optional(r.analyzeCpuMs), optional(r.floorAnalyzeCpuMs),
        ((r.programMs + r.analyzeMs) / r.resources).toFixed(2), r.violations].map(String));
    const widths = header.map((h, c) => Math.max(h.length, ...cells.map(r => r[c].length)));
    const line = (row: string[]) => row.map((cell, c) => cell.padStart(widths[c])).join("  ");
    console.log(`policy pack start: ${packStartMs.toFixed(0)} ms, floor ${floorPackStartMs.toFixed(0)} ms (${(packStartMs / floorPackStartMs).toFixed(2)}x)`);
    console.log(line(header));
    cells.forEach(r => console.log(line(r)));
    console.log("floor: the mock runtime registering as many bare resources, without the program");
    console.log("floor analyze, floor pack start: a bare one-policy JavaScript pack (tools/bench/floor-pack) on the same @pulumi/policy");
    console.log("pack cpu: CPU time the pack's process spent on the analysis (Linux; unlike wall time, not inflated by other work on the machine)");
    marginals(rows).forEach(l => console.log(l));

    if (!values["skip-preview"]) {
        start = process.hrtime.bigint();
        const preview = spawnSync("npm", ["run", "-s", "preview", "--", "--stack", "prod", "--json"], { cwd: ROOT, encoding: "utf8" });
        console.log(`npm run preview -- --stack prod --json, end to end: ${ms(start).toFixed(0)} ms (exit ${preview.status})`);
    }
}

/** Resources each added account and each added region cost, from rows that differ in one of them only. */
function marginals(rows: readonly Row[]): string[] {
    const lines: string[] = [];
    const per = (what: string, pick: (r: Row) => number, same: (a: Row, b: Row) => boolean) => {
        for (const a of rows) {
            const b = rows.find(r => same(a, r) && pick(r) > pick(a));
            if (b) lines.push(`per added ${what}: ${((b.resources - a.resources) / (pick(b) - pick(a))).toFixed(1)} resources (${pick(a)} -> ${pick(b)} ${what}s)`);
        }
    };
    per("account", r => r.accounts, (a, b) => a.regions === b.regions);
    per("region", r => r.regions, (a, b) => a.accounts === b.accounts);
    return lines.filter((l, i) => lines.indexOf(l) === i);
}

if (require.main === module) {
    main().catch(e => {
        console.error(e instanceof Error ? e.message : e);
        process.exit(1);
    });
}
