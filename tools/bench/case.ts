/*
 * One case of `npm run bench`, in a process of its own so that its peak memory is its own:
 *   node -r ts-node/register/transpile-only tools/bench/case.ts --accounts N --regions N --run I
 * Starts the real pack and the floor pack, validates the synthetic stack's config, runs the program on
 * the mock runtime, sends every resource through both packs over gRPC, runs the floor program, and
 * prints one line: `bench-case {json}` (a CaseResult). tools/bench/main.ts runs it and prints the table
 * (or, with --one-process, calls runCase itself).
 */
import * as pulumi from "@pulumi/pulumi";
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { bundleFunction } from "../../components/alerting/bundle";
import { Foundation } from "../../components";
import { parseFoundationConfig } from "../../config";
import { type PolicyPackSession, startPolicyPack } from "../policy-runner";
import { peakRssKiB } from "../policy-runner/process";
import { analyzeResources } from "../preview/analyze";
import { FoundationMocks } from "../mock-runtime/mocks";
import { type RecordedResource, runProgram } from "../mock-runtime/runtime";
import { CASE_RESULT_PREFIX, elapsedMs as ms, ROOT, syntheticConfig } from "./synthetic";

export const AWS_PROVIDER_TYPE = "pulumi:providers:aws";

/** What one run of a case measured. Times in ms, memory in KiB; `undefined` where Linux's /proc is missing. */
export interface CaseResult {
    accounts: number;
    regions: number;
    resources: number;
    /** `pulumi:providers:aws` resources the program registered. */
    awsProviders: number;
    violations: number;
    packStartMs: number;
    floorPackStartMs: number;
    /** The wide floor: as many trivial policies as the real pack has. */
    wideFloorPackStartMs: number;
    /** Bundling the alerting functions with esbuild, done once before the timed program run. */
    bundleMs: number;
    validateMs: number;
    programMs: number;
    /** CPU time of this process (all its threads, garbage collection included) during the program run. */
    programCpuMs: number;
    /** This process's peak resident set size (VmHWM) at the end of the program run: modules, config, program. */
    programPeakKiB?: number;
    floorMs: number;
    floorCpuMs: number;
    /** The shape floor: the same resources (classes, names, inputs) registered without the program. */
    shapeMs: number;
    shapeCpuMs: number;
    analyzeMs: number;
    floorAnalyzeMs: number;
    analyzeCpuMs?: number;
    floorAnalyzeCpuMs?: number;
    wideFloorAnalyzeMs: number;
    wideFloorAnalyzeCpuMs?: number;
    /** The pack process's peak resident set size: its start and this case's analysis. */
    packPeakKiB?: number;
}

const cpuMs = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
};

/** `work`'s result, wall time and this process's CPU time (all threads, garbage collection included). */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
    const start = process.hrtime.bigint();
    const cpu = cpuMs();
    const result = await work();
    return { result, ms: ms(start), cpuMs: cpuMs() - cpu };
}

class BareResource extends pulumi.CustomResource {
    constructor(name: string) {
        super("bench:index:Bare", name, {});
    }
}

/** A custom resource of any type, for types the shape floor finds no class for. */
class AnyCustomResource extends pulumi.CustomResource {
    constructor(type: string, name: string, inputs: Record<string, unknown>) {
        super(type, name, inputs);
    }
}

/** The floor: the mock runtime registering `count` bare resources, no program logic, no inputs. */
function runFloor(count: number, id: string) {
    return timed(() => runProgram({
        project: "bench", stack: `floor${id}`, config: {}, mocks: new FoundationMocks("111111111111", "bench"),
        program: () => {
            for (let n = 0; n < count; n++) new BareResource(`bare-${n}`);
        },
    }));
}

/** Resource classes by package, for the shape floor. */
const PACKAGES: Record<string, Record<string, unknown>> = {
    aws: require("@pulumi/aws"), time: require("@pulumiverse/time"), pulumiservice: require("@pulumi/pulumiservice"),
};

type ResourceClass = new (name: string, args: Record<string, unknown>) => pulumi.Resource;

/** `aws:iam/role:Role` -> aws.iam.Role, `pulumi:providers:aws` -> aws.Provider; undefined when the package has no such class. */
export function resourceClass(type: string): ResourceClass | undefined {
    const provider = /^pulumi:providers:(.+)$/.exec(type);
    const [pkg, module, name] = provider ? [provider[1], "index", "Provider"] : type.split(":");
    const root = PACKAGES[pkg];
    const scope = module.split("/")[0] === "index" ? root : (root?.[module.split("/")[0]] as Record<string, unknown> | undefined);
    const found = scope?.[name];
    return typeof found === "function" ? (found as ResourceClass) : undefined;
}

/**
 * The shape floor: the mock runtime registering the program's resources again, each through its own
 * class with the inputs it was given (so with the same inputs and the same declared outputs), but
 * without the program: no components' logic, no outputs passed between resources, no parents,
 * providers or dependencies. What is left between it and the program is the program's own work.
 */
function runShapeFloor(resources: readonly RecordedResource[], id: string) {
    return timed(() => runProgram({
        project: "bench", stack: `shape${id}`, config: {}, mocks: new FoundationMocks("111111111111", "bench"),
        program: () => {
            for (const r of resources) {
                if (r.type === "pulumi:pulumi:Stack") continue;
                const Class = r.custom ? resourceClass(r.type) : undefined;
                if (Class) new Class(r.name, r.inputs);
                else if (r.custom) new AnyCustomResource(r.type, r.name, r.inputs);
                else new pulumi.ComponentResource(r.type, r.name);
            }
        },
    }));
}

/** A pack's CPU time across `work`, when Linux reports it. */
async function packCpu<T>(pack: { cpuMs(): number | undefined }, work: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs?: number }> {
    const start = process.hrtime.bigint();
    const before = pack.cpuMs();
    const result = await work();
    const elapsed = ms(start);
    const after = pack.cpuMs();
    return { result, ms: elapsed, cpuMs: before === undefined || after === undefined ? undefined : after - before };
}

/** The real pack and the floor packs (one trivial policy; as many as the pack has), started once, and how long each took to start. */
export interface Packs {
    pack: PolicyPackSession;
    floorPack: PolicyPackSession;
    wideFloorPack: PolicyPackSession;
    packStartMs: number;
    floorPackStartMs: number;
    wideFloorPackStartMs: number;
}

export async function startPacks(): Promise<Packs> {
    let start = process.hrtime.bigint();
    const pack = await startPolicyPack(path.join(ROOT, "policy"));
    const packStartMs = ms(start);
    const started: PolicyPackSession[] = [pack];
    try {
        start = process.hrtime.bigint();
        const floorPack = await startPolicyPack(path.join(__dirname, "floor-pack"));
        started.push(floorPack);
        const floorPackStartMs = ms(start);
        process.env.BENCH_FLOOR_POLICIES = String(pack.policies.length);
        start = process.hrtime.bigint();
        const wideFloorPack = await startPolicyPack(path.join(__dirname, "floor-pack")).finally(() => { delete process.env.BENCH_FLOOR_POLICIES; });
        return { pack, floorPack, wideFloorPack, packStartMs, floorPackStartMs, wideFloorPackStartMs: ms(start) };
    } catch (e) {
        await Promise.all(started.map(p => p.close()));
        throw e;
    }
}

/**
 * One case: validate, program, analysis by both packs, floor. Starts its own packs (and closes them)
 * unless given some (`npm run bench -- --one-process` shares them across cases).
 */
export async function runCase(accounts: number, regions: number, run: number, shared?: Packs): Promise<CaseResult> {
    const packs = shared ?? await startPacks();
    const { pack, floorPack, wideFloorPack } = packs;
    try {
        // A real run bundles each function once per process; done here so that it does not count as program time.
        let start = process.hrtime.bigint();
        for (const name of fs.readdirSync(path.join(ROOT, "functions"))) {
            if (fs.existsSync(path.join(ROOT, "functions", name, "index.ts"))) bundleFunction(name);
        }
        const bundleMs = ms(start);

        const configValues = syntheticConfig(accounts, regions);
        start = process.hrtime.bigint();
        const config = parseFoundationConfig(configValues);
        const validateMs = ms(start);

        const { result: program, ms: programMs, cpuMs: programCpuMs } = await timed(() => runProgram({
            project: "bench", stack: `bench${accounts}x${regions}r${run}`, config: configValues,
            mocks: new FoundationMocks(config.organization.managementAccount.id, config.organization.name),
            program: () => Foundation.create("foundation", { config }),
        }));
        const programPeakKiB = peakRssKiB("self");

        const analysis = await packCpu(pack, () => analyzeResources(pack, program.resources));
        const floorAnalysis = await packCpu(floorPack, () => analyzeResources(floorPack, program.resources));
        const wideFloorAnalysis = await packCpu(wideFloorPack, () => analyzeResources(wideFloorPack, program.resources));
        const packPeakKiB = pack.peakRssKiB();
        const floor = await runFloor(program.resources.length, `${accounts}x${regions}r${run}`);
        const shape = await runShapeFloor(program.resources, `${accounts}x${regions}r${run}`);
        return {
            accounts, regions, resources: program.resources.length,
            awsProviders: program.resources.filter(r => r.type === AWS_PROVIDER_TYPE).length,
            violations: analysis.result.length,
            packStartMs: packs.packStartMs, floorPackStartMs: packs.floorPackStartMs, wideFloorPackStartMs: packs.wideFloorPackStartMs,
            bundleMs, validateMs, programMs, programCpuMs, programPeakKiB,
            floorMs: floor.ms, floorCpuMs: floor.cpuMs, shapeMs: shape.ms, shapeCpuMs: shape.cpuMs,
            analyzeMs: analysis.ms, floorAnalyzeMs: floorAnalysis.ms, analyzeCpuMs: analysis.cpuMs, floorAnalyzeCpuMs: floorAnalysis.cpuMs,
            wideFloorAnalyzeMs: wideFloorAnalysis.ms, wideFloorAnalyzeCpuMs: wideFloorAnalysis.cpuMs,
            packPeakKiB,
        };
    } finally {
        if (shared === undefined) {
            await Promise.all([pack.close(), floorPack.close(), wideFloorPack.close()]);
        }
    }
}

if (require.main === module) {
    const { values } = parseArgs({ options: { accounts: { type: "string" }, regions: { type: "string" }, run: { type: "string", default: "0" } } });
    runCase(Number(values.accounts), Number(values.regions), Number(values.run))
        .then(result => {
            process.stdout.write(`${CASE_RESULT_PREFIX}${JSON.stringify(result)}\n`);
            process.exit(0);
        })
        .catch(e => {
            console.error(e instanceof Error ? e.stack ?? e.message : e);
            process.exit(1);
        });
}
