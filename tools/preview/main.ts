/*
 * Offline preview: runs the real program on Pulumi's mock runtime and sends every resource through
 * the real policy pack over the Analyzer gRPC protocol, as `pulumi preview --policy-pack` does.
 *
 *   npm run preview -- [--stack prod] [--config-file FILE] [--json] [--first-preview | --fresh-account]
 *                      [--view grouped|summary|tree] [--policy-pack DIR] [--policy-pack-config FILE]
 *                      [--project foundation|pulumi-cloud]
 *
 * --project pulumi-cloud previews the pulumi-cloud project (pulumi-cloud/), which applies
 * foundation:pulumiCloud of Pulumi.<stack>.yaml to Pulumi Cloud, instead of the foundation's program.
 * --first-preview runs as `pulumi preview` on a stack never deployed: ids and computed outputs unknown.
 * --fresh-account rehearses the first run in a brand-new AWS account: a first preview, and AWS answers
 * as such an account does (no organization, no IAM Identity Center instance, no GuardDuty detector or
 * AWS Config recorder), so identity is skipped with the warning the real run prints.
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
import { ConfigError, parseFoundationConfig, readStackConfigFile, StackFileError } from "../../config";
import { PolicyPackInputError, type PolicyPackSession, type PolicyViolation, readPolicyPackConfigFile, startPolicyPack } from "../policy-runner";
import { type AppliedRemediation, analyzeResources } from "./analyze";
import { FoundationMocks } from "../mock-runtime/mocks";
import { Progress } from "./progress";
import { groupByAccount, previewJson, renderRemediations, renderResourceSection, renderViolations, renderWarnings } from "./render";
import { type ProgramRun, type RecordedResource, runProgram } from "../mock-runtime/runtime";
import { UsageError } from "./stack-config";

const ROOT = path.resolve(__dirname, "..", "..");
const USAGE = "usage: npm run preview -- [--stack NAME] [--config-file FILE] [--json] [--first-preview | --fresh-account] [--view grouped|summary|tree] [--policy-pack DIR] [--policy-pack-config FILE] [--project foundation|pulumi-cloud]";
const PROJECTS = ["foundation", "pulumi-cloud"] as const;
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
                "fresh-account": { type: "boolean", default: false },
                view: { type: "string", default: "grouped" },
                "policy-pack": { type: "string", default: path.join(ROOT, "policy") },
                "policy-pack-config": { type: "string" },
                project: { type: "string", default: "foundation" },
                help: { type: "boolean", default: false },
            },
            strict: true,
            allowPositionals: false,
        }).values;
    } catch (e) {
        throw new UsageError(`${(e as Error).message}\n${USAGE}`);
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
    if (!(PROJECTS as readonly string[]).includes(options.project)) throw new UsageError(`--project ${options.project}: expected one of ${PROJECTS.join(", ")}\n${USAGE}`);
    const pulumiCloud = options.project === "pulumi-cloud";
    if (pulumiCloud && options["config-file"] !== undefined) {
        throw new UsageError(`--project pulumi-cloud reads foundation:pulumiCloud from Pulumi.${stack}.yaml itself: --config-file does not apply`);
    }
    // The pulumi-cloud project has no config of its own: it reads the foundation's stack file.
    const programDir = pulumiCloud ? path.join(ROOT, "pulumi-cloud") : ROOT;
    const configFile = path.resolve(options["config-file"] ?? path.join(ROOT, `Pulumi.${stack}.yaml`));
    const foundationValues = readStackConfigFile(configFile);
    const config = pulumiCloud ? {} : foundationValues;
    const foundation = parseFoundationConfig(foundationValues);
    const packConfig = readPolicyPackConfigFile(options["policy-pack-config"]);
    const project = YAML.parse(fs.readFileSync(path.join(programDir, "Pulumi.yaml"), "utf8")).name as string;
    const org = foundation.organization;
    const freshAccount = options["fresh-account"];
    const firstPreview = options["first-preview"] || freshAccount;
    if (freshAccount && org.importId !== undefined) {
        throw new UsageError(`--fresh-account rehearses a brand-new AWS account, which has no organization: stack "${stack}" adopts ${org.importId} (foundation:organization.importId); preview it without --fresh-account`);
    }

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
                    // A brand-new account: no Identity Center instance (the program queries no detector or recorder).
                    ...(freshAccount && { identityCenter: false }),
                    ...(org.importId !== undefined && { liveOrganization: org.existing }),
                }),
                dryRun: firstPreview,
                program: () => require(path.join(programDir, "index.ts")),
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
        process.stdout.write(`${JSON.stringify(previewJson({ stack, project, firstPreview, freshAccount, run, pack, violations, remediations }), null, 2)}\n`);
    } else {
        const groups = groupByAccount(run.resources);
        const lines = [
            pulumiCloud
                ? `Offline ${firstPreview ? "first preview" : "preview"} of the pulumi-cloud project's stack "${stack}" (foundation:pulumiCloud of ${path.relative(process.cwd(), configFile) || configFile}): ` +
                    `mock Pulumi Cloud${firstPreview ? " with every computed value unknown" : ""}, real policy pack`
                : `Offline ${firstPreview ? "first preview" : "preview"} of stack "${stack}" (${path.relative(process.cwd(), configFile) || configFile}): ` +
                    `mock AWS${freshAccount ? " as a brand-new account (no organization, no Identity Center instance)" : ""}${firstPreview ? " with every computed value unknown" : ""}, real policy pack`,
            "",
            ...renderResourceSection(view, run.resources, violations, groups),
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
        const expected = error instanceof ConfigError || error instanceof UsageError || error instanceof StackFileError || error instanceof PolicyPackInputError;
        const message = expected ? error.message : `preview failed: ${error instanceof Error ? error.message : String(error)}`;
        process.stderr.write(`${message}\n`, () => process.exit(expected ? 2 : 3));
    },
);
