/*
 * Offline scan of another project's Pulumi program: runs it with its own node_modules on the mock
 * runtime of the offline preview and sends every resource through this repository's policy pack, as
 * `pulumi preview --policy-pack` does, with no cloud credentials, no state and no Pulumi CLI. The
 * pull-request gate of a workload repository, forks included (docs/scan.md).
 *
 *   npm run scan -- DIR [--stack NAME] [--config-file FILE] [--json] [--view grouped|summary|tree]
 *                       [--policy-pack DIR] [--policy-pack-config FILE] [--require-complete]
 *
 * DIR holds the program's Pulumi.yaml; its dependencies must be installed (`npm ci` in DIR).
 * Config comes from DIR's Pulumi.<stack>.yaml (or --config-file); the stack defaults to the only one
 * with a config file. stdout holds the report only; anything the program logs goes to stderr.
 *
 * Exit codes: 0 no mandatory violation (components a provider plugin builds are listed as not
 * checked); 1 mandatory violations; 2 the program cannot run or cannot be checked at all (usage,
 * missing dependencies, TypeScript errors, an invoke the mocks cannot answer, the program threw,
 * or every resource is inside plugin components; with --require-complete, any such component);
 * 3 the scan itself failed (the policy pack crashed).
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { PolicyPackInputError, readPolicyPackConfigFile } from "../policy-runner";
import { Progress } from "../preview/progress";
import { renderScanReport, type ScanView, scanJson, verdict } from "./report";
import { ProgramError, scanProgram, ScanSetupError } from "./scan";

const ROOT = path.resolve(__dirname, "..", "..");
const USAGE = "usage: npm run scan -- DIR [--stack NAME] [--config-file FILE] [--json] [--view grouped|summary|tree] [--policy-pack DIR] [--policy-pack-config FILE] [--require-complete]";
const VIEWS = ["grouped", "summary", "tree"] as const;

function parseCommandLine(argv: string[]) {
    try {
        return parseArgs({
            args: argv,
            options: {
                stack: { type: "string" },
                "config-file": { type: "string" },
                json: { type: "boolean", default: false },
                view: { type: "string", default: "grouped" },
                "policy-pack": { type: "string", default: path.join(ROOT, "policy") },
                "policy-pack-config": { type: "string" },
                "require-complete": { type: "boolean", default: false },
                help: { type: "boolean", default: false },
            },
            strict: true,
            allowPositionals: true,
        });
    } catch (e) {
        throw new ScanSetupError(`${(e as Error).message}\n${USAGE}`);
    }
}

async function scan(argv: string[]): Promise<number> {
    const { values: options, positionals } = parseCommandLine(argv);
    if (options.help) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    if (positionals.length !== 1) throw new ScanSetupError(`give exactly one program directory (the one with its Pulumi.yaml)\n${USAGE}`);
    const view = options.view as ScanView;
    if (!(VIEWS as readonly string[]).includes(view)) throw new ScanSetupError(`--view ${options.view}: expected one of ${VIEWS.join(", ")}\n${USAGE}`);
    const dir = path.resolve(positionals[0]);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ScanSetupError(`${positionals[0]} is not a directory`);

    const progress = new Progress(process.stderr, { enabled: !options.json });
    // Keep stdout for the report: anything the program logs goes to stderr.
    const log = console.log;
    console.log = console.error;
    let result;
    try {
        result = await scanProgram({
            dir,
            ...(options.stack !== undefined && { stack: options.stack }),
            ...(options["config-file"] !== undefined && { configFile: path.resolve(options["config-file"]) }),
            policyPack: path.resolve(options["policy-pack"]),
            policyPackConfig: readPolicyPackConfigFile(options["policy-pack-config"]),
            onProgress: status => progress.set(status.total !== undefined
                ? `analysing ${status.analysed}/${status.total} resources…`
                : `${status.packReady ? "policy pack started" : "starting the policy pack"}, ` +
                    `${status.programDone ? `program done (${status.registered} resources)` : `running the program (${status.registered} resources so far)`}…`),
        });
    } finally {
        console.log = log;
        progress.stop();
    }
    const final = verdict(result, { requireComplete: options["require-complete"] });
    process.stdout.write(options.json ? `${JSON.stringify(scanJson(result, final), null, 2)}\n` : renderScanReport(result, view, final));
    return final.code;
}

// A program that waits on a value that never comes (a promise chain an invoke answer broke) leaves
// nothing for Node to do: say so, rather than let the process end with the runtime's exit code.
let finished = false;
process.on("beforeExit", () => {
    if (finished) return;
    process.stderr.write("scan: the program never finished: some of its resources wait on values that never arrive " +
        "(a value the offline scan answers differently from AWS, or a dependency cycle); run it with PULUMI_DEBUG_PROMISE_LEAKS=1 FOUNDATION_STACK_TRACES=1 to see where\n", () => process.exit(2));
});

scan(process.argv.slice(2)).finally(() => { finished = true; }).then(
    code => process.stdout.write("", () => process.exit(code)),
    (error: unknown) => {
        const expected = error instanceof ScanSetupError || error instanceof ProgramError || error instanceof PolicyPackInputError;
        const message = expected ? `scan: ${error.message}` : `scan failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
        process.stderr.write(`${message}\n`, () => process.exit(expected ? 2 : 3));
    },
);
