/*
 * Offline preview: runs the real program on Pulumi's mock runtime and sends every resource through
 * the real policy pack over the Analyzer gRPC protocol, as `pulumi preview --policy-pack` does.
 *
 *   npm run preview -- [--stack prod] [--config-file FILE] [--json] [--first-preview]
 *                      [--view grouped|summary|tree] [--policy-pack DIR] [--policy-pack-config FILE]
 *
 * --first-preview runs as `pulumi preview` on a stack never deployed: ids and computed outputs unknown.
 * --view picks the human report's resource section: per AWS account, each account's summary and
 * resources (grouped, the default); the per-account summaries only (summary); or the whole
 * resource tree (tree). Violations are listed by policy in every view.
 *
 * stdout holds the report only. While the pack starts, the program runs and the pack analyses, a
 * progress line is redrawn on stderr, only when stderr is a terminal, without --json, and after 1 s.
 *
 * Exit codes: 0 no mandatory violation, 1 mandatory violations, 2 bad config or usage,
 * 3 the preview itself failed (the program or the policy pack crashed).
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import * as YAML from "yaml";
import { ConfigError, parseFoundationConfig } from "../../config";
import { PolicyPackInputError, type PolicyPackSession, type PolicyViolation, startPolicyPack } from "../policy-runner";
import { type AppliedRemediation, analyzeResources } from "./analyze";
import { FoundationMocks } from "./mocks";
import { Progress } from "./progress";
import { groupByAccount, renderAccounts, renderRemediations, renderTree, renderViolations, renderWarnings } from "./render";
import { type ProgramRun, type RecordedResource, runProgram } from "./runtime";
import { readStackConfigFile, UsageError } from "./stack-config";

const ROOT = path.resolve(__dirname, "..", "..");
const USAGE = "usage: npm run preview -- [--stack NAME] [--config-file FILE] [--json] [--first-preview] [--view grouped|summary|tree] [--policy-pack DIR] [--policy-pack-config FILE]";
const VIEWS = ["grouped", "summary", "tree"] as const;

function parseCommandLine(argv: string[]) {
    try {
        return parseArgs({
            args: argv,
            options: {
                stack: { type: "string", default: "prod" },
                "config-file": { type: "string" },
                json: { type: "boolean", default: false },
                "first-preview": { type: "boolean", default: false },
                view: { type: "string", default: "grouped" },
                "policy-pack": { type: "string", default: path.join(ROOT, "policy") },
                "policy-pack-config": { type: "string" },
                help: { type: "boolean", default: false },
            },
            strict: true,
            allowPositionals: false,
        }).values;
    } catch (e) {
        throw new UsageError(`${(e as Error).message}\n${USAGE}`);
    }
}

function readPolicyPackConfig(file: string | undefined): Record<string, unknown> | undefined {
    if (!file) return undefined;
    try {
        return JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new UsageError(`--policy-pack-config ${file}: ${(e as Error).message}`);
    }
}

async function preview(argv: string[]): Promise<number> {
    const options = parseCommandLine(argv);
    if (options.help) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    const view = options.view as typeof VIEWS[number];
    if (!VIEWS.includes(view)) throw new UsageError(`--view ${options.view}: expected one of ${VIEWS.join(", ")}\n${USAGE}`);
    const stack = options.stack;
    const configFile = path.resolve(options["config-file"] ?? path.join(ROOT, `Pulumi.${stack}.yaml`));
    const config = readStackConfigFile(configFile);
    const foundation = parseFoundationConfig(config);
    const packConfig = readPolicyPackConfig(options["policy-pack-config"]);
    const project = YAML.parse(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8")).name as string;
    const org = foundation.organization;
    const firstPreview = options["first-preview"];

    // Progress on stderr, for a person waiting at a terminal: never with --json, never into a pipe.
    const progress = new Progress(process.stderr, { enabled: !options.json });
    const recorded: RecordedResource[] = [];
    let packReady = false;
    let programDone = false;
    progress.set(() => `${packReady ? "policy pack started" : "starting the policy pack"}, ` +
        `${programDone ? `program done (${recorded.length} resources)` : `running the program (${recorded.length} resources so far)`}…`);

    let run: ProgramRun;
    let pack: PolicyPackSession;
    let violations: PolicyViolation[];
    const remediations: AppliedRemediation[] = [];
    // Keep stdout for the report: anything the program logs goes to stderr.
    const log = console.log;
    console.log = console.error;
    try {
        [run, pack] = await Promise.all([
            runProgram({
                project,
                stack,
                config,
                // An adopted organization is mocked as config says it is: with the services and policy types it declares in use.
                mocks: new FoundationMocks(org.managementAccount.id, org.name, {
                    firstPreview,
                    ...(org.importId !== undefined && { liveOrganization: org.existing }),
                }),
                dryRun: firstPreview,
                program: () => require(path.join(ROOT, "index.ts")),
                recorded,
            }).finally(() => { programDone = true; }),
            startPolicyPack(path.resolve(options["policy-pack"]), { config: packConfig }).finally(() => { packReady = true; }),
        ]).finally(() => { console.log = log; });

        let analysed = 0;
        progress.set(() => analysed < run.resources.length
            ? `analysing ${analysed}/${run.resources.length} resources…`
            : `analysing the stack (${run.resources.length} resources)…`);
        try {
            violations = await analyzeResources(pack, run.resources, remediations, count => { analysed = count; });
        } finally {
            await pack.close();
        }
    } finally {
        progress.stop();
    }
    const mandatory = violations.filter(v => v.level === "mandatory").length;
    const advisory = violations.filter(v => v.level === "advisory").length;

    if (options.json) {
        process.stdout.write(`${JSON.stringify({
            stack,
            firstPreview,
            resources: run.resources.map(r => ({
                urn: r.urn, type: r.type, name: r.name, parent: r.parent, provider: r.provider,
                inputs: r.inputs, options: r.options,
            })),
            outputs: run.outputs,
            policyPack: { name: pack.name, version: pack.version, policies: pack.policies.length },
            violations: violations.map(v => ({ policy: v.policy, level: v.level, urn: v.urn, message: v.message })),
            remediations,
            warnings: run.warnings,
            summary: { resources: run.resources.length, mandatory, advisory, warnings: run.warnings.length },
        }, null, 2)}\n`);
    } else {
        const groups = groupByAccount(run.resources);
        const lines = [
            `Offline ${firstPreview ? "first preview" : "preview"} of stack "${stack}" (${path.relative(process.cwd(), configFile) || configFile}): mock AWS${firstPreview ? " with every computed value unknown" : ""}, real policy pack`,
            "",
            ...(view === "tree" ? [...renderTree(run.resources, violations), ""] : [
                `Resources by the AWS account their provider acts in (--view ${view === "summary" ? "grouped" : "summary"}: ${view === "summary" ? "with each account's resources" : "the summaries only"}; --view tree: one resource tree):`,
                "",
                ...renderAccounts(run.resources, violations, { summary: view === "summary", groups }),
            ]),
            ...renderViolations(violations, run.resources, groups),
            "",
            ...renderRemediations(remediations, run.resources),
            ...renderWarnings(run.warnings),
            `Resources: ${run.resources.length} to create. Policy pack ${pack.name}@${pack.version} (${pack.policies.length} policies): ` +
            `${mandatory} mandatory, ${advisory} advisory violation(s); ${run.warnings.length} config warning(s).`,
            mandatory > 0 ? "Blocked: fix the mandatory violations above." : "Passed: no mandatory violation.",
        ];
        process.stdout.write(`${lines.join("\n")}\n`);
    }
    return mandatory > 0 ? 1 : 0;
}

preview(process.argv.slice(2)).then(
    code => process.stdout.write("", () => process.exit(code)),
    (error: unknown) => {
        const expected = error instanceof ConfigError || error instanceof UsageError || error instanceof PolicyPackInputError;
        const message = expected ? error.message : `preview failed: ${error instanceof Error ? error.message : String(error)}`;
        process.stderr.write(`${message}\n`, () => process.exit(expected ? 2 : 3));
    },
);
