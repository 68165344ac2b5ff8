/**
 * The scan: another project's Pulumi program on the offline preview's mock runtime, every resource
 * through the policy pack (Analyze per resource, AnalyzeStack for the stack), as
 * `pulumi preview --policy-pack` would, with no cloud credentials, no state and no Pulumi CLI.
 */
import * as path from "path";
import { type PolicyPackSession, type PolicyViolation, startPolicyPack } from "../policy-runner";
import { type AppliedRemediation, analyzeResources } from "../preview/analyze";
import { type ProgramRun, type RecordedResource, runProgram } from "../mock-runtime/runtime";
import { ScanMocks, UnansweredInvokeError } from "./mocks";
import { entryPoint, type PulumiProject, readProject, readStackConfig, ScanSetupError, type StackConfig } from "./project";
import { forgetProgramModules, type LoadedSdk, loadProgram, loadProgramSdk, registerCompiler } from "./program";

/** The program could not run: missing dependencies, TypeScript errors, an invoke the mocks cannot answer, a throw. Exit code 2. */
export class ProgramError extends Error {}

/** A component whose resources a provider plugin creates: the scan sees the component, never its resources. */
export interface UncheckedComponent {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly reason: string;
}

export interface ScanOptions {
    /** The directory that holds the program's Pulumi.yaml. */
    readonly dir: string;
    readonly stack?: string;
    readonly configFile?: string;
    readonly policyPack: string;
    readonly policyPackConfig?: Record<string, unknown>;
    /** Told how far the run and the analysis are, for a progress line. */
    readonly onProgress?: (status: { packReady: boolean; programDone: boolean; registered: number; analysed?: number; total?: number }) => void;
}

export interface ScanResult extends ProgramScanRun {
    readonly pack: Pick<PolicyPackSession, "name" | "version" | "policies">;
    readonly violations: PolicyViolation[];
    readonly remediations: AppliedRemediation[];
    readonly notChecked: UncheckedComponent[];
    /** Custom resources the pack judged (providers and components not counted). */
    readonly checked: number;
}

export const REMOTE_REASON = "its resources are created by the provider plugin and cannot be checked offline; run pulumi preview --policy-pack";

/** How a program failure reads, with what to do about it. */
function explain(error: unknown, mocks: ScanMocks, dir: string): ProgramError {
    const e = error as { name?: string; code?: string; message?: string; diagnosticText?: string };
    if (mocks.unanswered.length > 0) {
        return new ProgramError(`the program calls ${mocks.unanswered.map(t => `the invoke ${t}`).join(", ")}, which the offline scan cannot answer ` +
            "(its result depends on your AWS account or another cloud); add an answer to tools/scan/mocks.ts, or gate this program with pulumi preview --policy-pack");
    }
    if (e?.name === "TSError") {
        return new ProgramError(`the program has TypeScript errors (pulumi preview would stop on them too):\n${(e.diagnosticText ?? e.message ?? "").trimEnd()}`);
    }
    const missing = e?.code === "MODULE_NOT_FOUND" ? /Cannot find module '([^']+)'/.exec(e.message ?? "")?.[1] : undefined;
    if (missing !== undefined && !missing.startsWith(".") && !path.isAbsolute(missing)) {
        return new ProgramError(`the program needs the package ${missing}, which is not installed: run \`npm ci\` in ${dir}`);
    }
    const message = error instanceof Error ? error.message : String(error);
    return new ProgramError(`the program failed: ${message}`);
}

/** The program's run, without the pack: what `scanProgram` analyses, and what tools/scan/capture.ts records. */
export interface ProgramScanRun {
    readonly project: string;
    readonly dir: string;
    readonly main: string;
    readonly config: StackConfig;
    readonly packages: Record<string, string>;
    readonly compiler?: { readonly typescript: string; readonly typeChecked: boolean };
    readonly run: ProgramRun;
    readonly notes: string[];
}

/** A program ready to run: its project, stack config, own SDK and entry point, all checked. */
export interface PreparedProgram {
    readonly dir: string;
    readonly project: PulumiProject;
    readonly config: StackConfig;
    readonly sdk: LoadedSdk;
    readonly main: string;
}

/**
 * Everything that can be checked before anything runs, so a wrong directory, stack or missing
 * `npm ci` fails at once (before the policy pack starts). Throws a ScanSetupError saying what to do.
 */
export function prepareProgram(options: Pick<ScanOptions, "dir" | "stack" | "configFile">): PreparedProgram {
    const dir = path.resolve(options.dir);
    const project = readProject(dir);
    const config = readStackConfig(project, { stack: options.stack, configFile: options.configFile });
    return { dir, project, config, sdk: loadProgramSdk(project), main: entryPoint(project) };
}

/**
 * Runs the program with its own dependencies on the mock runtime, as a preview. Throws a
 * ProgramError (it cannot run) saying why.
 */
export async function runScannedProgram(prepared: PreparedProgram, recorded: RecordedResource[] = []): Promise<ProgramScanRun> {
    const { dir, project, config, main } = prepared;
    const mocks = new ScanMocks({ region: config.values["aws:region"] });
    const compiler = registerCompiler(project);
    const cwd = process.cwd();
    let run: ProgramRun;
    try {
        forgetProgramModules(project);
        // Like the CLI: the program runs in its own directory (relative paths, `new pulumi.asset.FileArchive("./app")`).
        process.chdir(dir);
        run = await runProgram({
            project: project.name,
            stack: config.stack,
            config: config.values,
            mocks,
            sdk: prepared.sdk.sdk,
            // A preview: outputs the mocks do not give are unknown, as in `pulumi preview`.
            dryRun: true,
            program: () => loadProgram(main),
            recorded,
        });
    } catch (error) {
        throw explain(error, mocks, dir);
    } finally {
        process.chdir(cwd);
        compiler?.restore();
    }
    // The program caught a failed invoke and went on: what it registered is not what it would register.
    if (mocks.unanswered.length > 0) throw explain(undefined, mocks, dir);
    return {
        project: project.name,
        dir,
        main,
        config,
        packages: prepared.sdk.packages,
        ...(compiler && { compiler: { typescript: compiler.typescript, typeChecked: compiler.typeChecked } }),
        run,
        notes: [...config.notes, ...mocks.notes],
    };
}

export async function scanProgram(options: ScanOptions): Promise<ScanResult> {
    const prepared = prepareProgram(options);
    const recorded: RecordedResource[] = [];
    let packReady = false;
    let programDone = false;
    const progress = (extra: { analysed?: number; total?: number } = {}) =>
        options.onProgress?.({ packReady, programDone, registered: recorded.length, ...extra });
    const timer = options.onProgress ? setInterval(() => progress(), 100) : undefined;
    timer?.unref();

    // The pack starts in its own process while the program runs here.
    const packStarting = startPolicyPack(path.resolve(options.policyPack), { config: options.policyPackConfig }).finally(() => { packReady = true; });
    packStarting.catch(() => undefined);
    let program: ProgramScanRun;
    try {
        program = await runScannedProgram(prepared, recorded);
    } catch (error) {
        // A failed run must not leave the pack's process behind.
        await packStarting.then(p => p.close(), () => undefined);
        throw error;
    } finally {
        programDone = true;
        if (timer) clearInterval(timer);
    }

    const pack = await packStarting;
    const { run } = program;
    const remediations: AppliedRemediation[] = [];
    let violations: PolicyViolation[];
    try {
        violations = await analyzeResources(pack, run.resources, remediations, (analysed, total) => progress({ analysed, total }));
    } finally {
        await pack.close();
    }
    const notChecked = run.resources.filter(r => r.remote === true).map(r => ({ urn: r.urn, type: r.type, name: r.name, reason: REMOTE_REASON }));
    const checked = run.resources.filter(r => r.custom && !r.type.startsWith("pulumi:providers:")).length;
    return {
        ...program,
        pack: { name: pack.name, version: pack.version, policies: pack.policies },
        violations,
        remediations,
        notChecked,
        checked,
    };
}

export { ScanSetupError, UnansweredInvokeError };
