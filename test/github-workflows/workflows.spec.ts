import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as YAML from "yaml";

/*
 * The GitHub Actions workflows (docs/design/people-and-pipelines.md, "Pull requests and deploys from GitHub"), read as data: pinned
 * actions, least permissions, OIDC only, the pack on every Pulumi run, the roles and environment the
 * foundation's trust policies expect. The offline-preview step's script is run for real with a fake
 * `npm`. Expected values are literals here.
 */

const ROOT = path.join(__dirname, "..", "..");
const PULL_REQUEST = ".github/workflows/pull-request.yml";
const DEPLOY = ".github/workflows/deploy.yml";
const DEPENDABOT = ".github/dependabot.yml";

interface Step {
    name?: string;
    uses?: string;
    run?: string;
    shell?: string;
    if?: string;
    with?: Record<string, unknown>;
    env?: Record<string, unknown>;
}
interface Job {
    "runs-on": string;
    "timeout-minutes"?: number;
    if?: string;
    permissions?: Record<string, string>;
    environment?: string | { name: string };
    strategy?: { matrix?: Record<string, unknown>; "max-parallel"?: number };
    concurrency?: { group: string; "cancel-in-progress": boolean };
    env?: Record<string, unknown>;
    steps: Step[];
}
interface Workflow {
    name: string;
    on: Record<string, unknown>;
    permissions?: unknown;
    jobs: Record<string, Job>;
}

function readYaml(file: string): { text: string; data: unknown } {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    const doc = YAML.parseDocument(text, { uniqueKeys: true });
    assert.deepStrictEqual([...doc.errors, ...doc.warnings].map(String), [], `${file} is not clean YAML`);
    return { text, data: doc.toJS() };
}

const pullRequest = readYaml(PULL_REQUEST);
const deploy = readYaml(DEPLOY);
const pr = pullRequest.data as Workflow;
const dep = deploy.data as Workflow;
const WORKFLOWS: readonly [string, { text: string; data: unknown }][] = [[PULL_REQUEST, pullRequest], [DEPLOY, deploy]];

function allSteps(workflow: Workflow): Step[] {
    return Object.values(workflow.jobs).flatMap(job => job.steps);
}
/** `owner/repo` of a `uses:` reference. */
function actionOf(step: Step): string | undefined {
    return step.uses?.split("@")[0];
}
function stepsUsing(job: Job, action: string): Step[] {
    return job.steps.filter(step => actionOf(step) === action);
}
function onlyStep(job: Job, action: string): Step {
    const steps = stepsUsing(job, action);
    assert.strictEqual(steps.length, 1, `one ${action} step`);
    return steps[0];
}
/** A step as a short label: the action it uses, or `run: <command>`. */
function label(step: Step): string {
    return step.uses !== undefined ? actionOf(step)! : `run: ${step.run}`;
}
function environmentName(job: Job): string | undefined {
    return typeof job.environment === "object" ? job.environment.name : job.environment;
}
/** The stacks the repository root holds, as the shell glob `Pulumi.*.yaml` finds them (sorted, as bash sorts). */
function stacksInRoot(): string[] {
    return fs.readdirSync(ROOT)
        .filter(file => /^Pulumi\..*\.yaml$/.test(file))
        .sort()
        .map(file => file.slice("Pulumi.".length, -".yaml".length));
}

/*
 * Inputs each action declares in its action.yml at the pinned commit (checked out of the actions'
 * repositories). A misspelt input is only a warning on GitHub, and the step then runs without it
 * (e.g. `policy-packs:` would preview with no pack at all).
 */
const ACTION_INPUTS: Readonly<Record<string, readonly string[]>> = {
    "actions/checkout": ["repository", "ref", "token", "ssh-key", "ssh-known-hosts", "ssh-strict", "ssh-user", "persist-credentials", "path", "clean", "filter", "sparse-checkout", "sparse-checkout-cone-mode", "fetch-depth", "fetch-tags", "show-progress", "lfs", "submodules", "set-safe-directory", "github-server-url", "allow-unsafe-pr-checkout"],
    "actions/setup-node": ["node-version", "node-version-file", "architecture", "check-latest", "registry-url", "scope", "token", "cache", "package-manager-cache", "cache-dependency-path", "mirror", "mirror-token"],
    "actions/upload-artifact": ["name", "path", "if-no-files-found", "retention-days", "compression-level", "overwrite", "include-hidden-files", "archive"],
    "pulumi/actions": ["command", "stack-name", "pulumi-version", "pulumi-version-file", "work-dir", "comment-on-pr", "comment-on-pr-number", "comment-on-summary", "github-token", "cloud-url", "secrets-provider", "parallel", "message", "config-map", "expect-no-changes", "diff", "replace", "exclude", "exclude-dependents", "target", "target-dependents", "policyPacks", "policyPackConfigs", "refresh", "upsert", "remove", "edit-pr-comment", "color", "exclude-protected", "plan", "suppress-outputs", "suppress-progress", "always-include-summary", "continue-on-error", "log-verbosity", "log-flow", "debug"],
    "pulumi/auth-actions": ["organization", "requested-token-type", "scope", "token-expiration", "export-environment-variables", "cloud-url"],
    // Its key inputs (access key id, secret, session token) are left out on purpose: OIDC only.
    "aws-actions/configure-aws-credentials": ["aws-region", "aws-profile", "overwrite-aws-profile", "role-to-assume", "web-identity-token-file", "role-chaining", "audience", "http-proxy", "no-proxy", "mask-aws-account-id", "role-duration-seconds", "role-external-id", "role-session-name", "role-skip-session-tagging", "transitive-tag-keys", "inline-session-policy", "managed-session-policies", "output-credentials", "output-env-credentials", "unset-current-credentials", "disable-retry", "retry-max-attempts", "special-characters-workaround", "use-existing-credentials", "allowed-account-ids", "force-skip-oidc", "action-timeout-s", "custom-tags", "sts-endpoint"],
};

/** The steps a job that runs the Pulumi CLI takes, in order. */
const PULUMI_JOB_STEPS = [
    "actions/checkout",
    "actions/setup-node",
    "run: npm ci --no-audit --no-fund",
    'run: echo "$GITHUB_WORKSPACE/node_modules/.bin" >> "$GITHUB_PATH"',
    "pulumi/auth-actions",
    "aws-actions/configure-aws-credentials",
    "pulumi/actions",
];

describe("GitHub Actions workflows (.github/workflows)", () => {
    describe("both workflows", () => {
        it("pin every action to a full commit SHA with its release in a trailing comment", () => {
            for (const [file, { text, data }] of WORKFLOWS) {
                const uses = allSteps(data as Workflow).map(step => step.uses).filter((u): u is string => u !== undefined);
                assert.ok(uses.length > 0, file);
                for (const ref of uses) assert.match(ref, /^[a-z0-9-]+\/[a-z0-9._-]+@[0-9a-f]{40}$/, `${file}: ${ref}`);
                // The same references, as written: `uses: owner/repo@<sha> # vX.Y.Z`, one per line.
                const lines = text.split("\n").filter(line => /\buses:/.test(line));
                assert.strictEqual(lines.length, uses.length, `${file}: every uses: on its own line`);
                for (const line of lines) assert.match(line, /^\s+(- )?uses: [a-z0-9-]+\/[a-z0-9._-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/, `${file}: ${line}`);
            }
        });

        it("use one commit and one release per action across both files", () => {
            const pins = new Map<string, Set<string>>();
            for (const [, { text }] of WORKFLOWS) {
                for (const [, action, pin] of text.matchAll(/uses: ([^@\s]+)@([0-9a-f]{40} # v[\d.]+)/g)) {
                    pins.set(action, (pins.get(action) ?? new Set()).add(pin));
                }
            }
            assert.deepStrictEqual([...pins.keys()].sort(), [
                "actions/checkout", "actions/setup-node", "actions/upload-artifact",
                "aws-actions/configure-aws-credentials", "pulumi/actions", "pulumi/auth-actions",
            ]);
            for (const [action, versions] of pins) assert.strictEqual(versions.size, 1, `${action}: ${[...versions].join(", ")}`);
        });

        it("pass actions only the inputs their action.yml declares", () => {
            for (const [file, { data }] of WORKFLOWS) {
                for (const step of allSteps(data as Workflow).filter(s => s.uses !== undefined)) {
                    const known = ACTION_INPUTS[actionOf(step)!];
                    assert.ok(known, `${file}: ${step.uses} has no declared inputs in this test`);
                    for (const input of Object.keys(step.with ?? {})) assert.ok(known.includes(input), `${file}: ${actionOf(step)} has no input ${input}`);
                }
            }
        });

        it("grant nothing at the top level", () => {
            assert.deepStrictEqual(pr.permissions, {});
            assert.deepStrictEqual(dep.permissions, {});
        });

        it("reference no long-lived key and no stored secret", () => {
            for (const [file, { text }] of [...WORKFLOWS, [DEPENDABOT, readYaml(DEPENDABOT)] as const]) {
                assert.doesNotMatch(text, /AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|aws-access-key-id|aws-secret-access-key|PULUMI_ACCESS_TOKEN/, file);
                assert.doesNotMatch(text, /secrets\./, file);
            }
        });

        it("check out without keeping the GitHub token in .git/config", () => {
            for (const [file, { data }] of WORKFLOWS) {
                for (const job of Object.values((data as Workflow).jobs)) {
                    assert.strictEqual(onlyStep(job, "actions/checkout").with?.["persist-credentials"], false, file);
                }
            }
        });

        it("start npm with Node 20 (npm ci brings the project's Node 24); cache dependencies only in the job without cloud access", () => {
            assert.deepStrictEqual(onlyStep(pr.jobs.check, "actions/setup-node").with, { "node-version": 20, cache: "npm" });
            assert.deepStrictEqual(onlyStep(pr.jobs["pulumi-preview"], "actions/setup-node").with, { "node-version": 20, "package-manager-cache": false });
            assert.deepStrictEqual(onlyStep(dep.jobs.up, "actions/setup-node").with, { "node-version": 20, "package-manager-cache": false });
        });

        it("run every Pulumi CLI job as: checkout, setup-node, npm ci, Node 24 on PATH, Pulumi token, AWS role, pulumi/actions", () => {
            assert.deepStrictEqual(pr.jobs["pulumi-preview"].steps.map(label), PULUMI_JOB_STEPS);
            assert.deepStrictEqual(dep.jobs.up.steps.map(label), PULUMI_JOB_STEPS);
        });

        it("get the Pulumi Cloud token by OIDC for the organization in the repository variable", () => {
            for (const job of [pr.jobs["pulumi-preview"], dep.jobs.up]) {
                assert.deepStrictEqual(onlyStep(job, "pulumi/auth-actions").with, {
                    organization: "${{ vars.PULUMI_ORGANIZATION }}",
                    "requested-token-type": "urn:pulumi:token-type:access_token:organization",
                });
            }
        });

        it("run every pulumi/actions step with the policy pack and its config, on the stack of the matrix", () => {
            const steps = [pr, dep].flatMap(w => Object.values(w.jobs).flatMap(job => stepsUsing(job, "pulumi/actions")));
            assert.strictEqual(steps.length, 2);
            for (const step of steps) {
                assert.strictEqual(step.with?.policyPacks, "policy");
                assert.strictEqual(step.with?.policyPackConfigs, "policy/policy-config.example.json");
                assert.strictEqual(step.with?.["stack-name"], "${{ vars.PULUMI_ORGANIZATION }}/${{ matrix.stack }}");
            }
            assert.ok(fs.existsSync(path.join(ROOT, "policy", "PulumiPolicy.yaml")), "policy/ is the pack");
            assert.ok(fs.existsSync(path.join(ROOT, "policy", "policy-config.example.json")));
        });

        it("run Pulumi on the governed stack prod, which has its stack file", () => {
            assert.deepStrictEqual(pr.jobs["pulumi-preview"].strategy?.matrix, { stack: ["prod"] });
            assert.deepStrictEqual(dep.jobs.up.strategy?.matrix, { stack: ["prod"] });
            assert.ok(fs.existsSync(path.join(ROOT, "Pulumi.prod.yaml")));
        });

        it("set a time limit on every job", () => {
            for (const workflow of [pr, dep]) {
                for (const job of Object.values(workflow.jobs)) assert.strictEqual(typeof job["timeout-minutes"], "number");
            }
        });
    });

    describe("pull-request.yml", () => {
        it("runs on pull requests and by hand, never on pull_request_target", () => {
            assert.deepStrictEqual(Object.keys(pr.on).sort(), ["pull_request", "workflow_dispatch"]);
        });

        it("has the jobs check and pulumi-preview, with least permissions each", () => {
            assert.deepStrictEqual(Object.keys(pr.jobs), ["check", "pulumi-preview"]);
            assert.deepStrictEqual(pr.jobs.check.permissions, { contents: "read" });
            assert.deepStrictEqual(pr.jobs["pulumi-preview"].permissions, { contents: "read", "id-token": "write", "pull-requests": "write" });
        });

        describe("check (forks included: no cloud, no secrets)", () => {
            const check = pr.jobs.check;

            it("always runs and uses neither variables nor secrets", () => {
                assert.strictEqual(check.if, undefined);
                assert.doesNotMatch(JSON.stringify(check), /vars\.|secrets\./);
            });

            it("installs, type-checks, lints, tests, previews every stack, then keeps the previews", () => {
                assert.deepStrictEqual(check.steps.map(label).slice(0, 6), [
                    "actions/checkout", "actions/setup-node",
                    "run: npm ci --no-audit --no-fund", "run: npm run typecheck", "run: npm run lint", "run: npm test",
                ]);
                assert.match(check.steps[6].run!, /files=\(Pulumi\.\*\.yaml\)/);
                assert.strictEqual(label(check.steps[7]), "actions/upload-artifact");
                assert.strictEqual(check.steps.length, 8);
                const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
                for (const script of ["typecheck", "lint", "test", "preview"]) assert.ok(scripts[script], `package.json has the ${script} script`);
                // Lint is ESLint and the layering check (dependency-cruiser): both fail the check job.
                assert.strictEqual(scripts.lint, "eslint . && npm run -s deps");
                assert.strictEqual(scripts.deps, "depcruise --config .dependency-cruiser.cjs catalog config components functions tools index.ts pulumi-cloud policy test");
            });

            it("keeps the previews even when one failed, from the directory the preview step writes", () => {
                const upload = check.steps[7];
                assert.strictEqual(upload.if, "${{ !cancelled() }}");
                assert.strictEqual(upload.with?.path, "offline-preview/");
            });

            it("cancels an older run of the same pull request", () => {
                assert.deepStrictEqual(check.concurrency, {
                    group: "pull-request-check-${{ github.event.pull_request.number || github.ref }}",
                    "cancel-in-progress": true,
                });
            });
        });

        describe("the offline preview step, run with a fake npm", () => {
            const step = pr.jobs.check.steps.find(s => s.run?.includes("Pulumi.*.yaml"))!;
            let tmp: string;
            let bin: string;

            before(() => {
                tmp = fs.mkdtempSync(path.join(os.tmpdir(), "workflow-preview-"));
                bin = path.join(tmp, "bin");
                fs.mkdirSync(bin);
                // Records its arguments; prints a preview's last two lines; fails for FAKE_FAIL_STACK.
                fs.writeFileSync(path.join(bin, "npm"), [
                    "#!/usr/bin/env bash",
                    'echo "$*" >> "$FAKE_NPM_LOG"',
                    'stack=""; json=0',
                    'while [ $# -gt 0 ]; do case "$1" in --stack) stack=$2; shift;; --json) json=1;; esac; shift; done',
                    'if [ "$json" = 1 ]; then echo "{\\"stack\\": \\"$stack\\"}"; else echo "Offline preview of stack $stack"; echo "Resources: 7 to create (fake $stack)."; fi',
                    'if [ "$stack" = "${FAKE_FAIL_STACK:-}" ]; then [ "$json" = 1 ] || echo "Blocked: fix the mandatory violations above."; exit 1; fi',
                    '[ "$json" = 1 ] || echo "Passed: no mandatory violation."',
                    "",
                ].join("\n"), { mode: 0o755 });
            });
            after(() => fs.rmSync(tmp, { recursive: true, force: true }));

            /** Runs the step as GitHub runs `shell: bash`, in a directory holding the given stack files. */
            function runStep(name: string, stackFiles: readonly string[], failStack = "") {
                const dir = path.join(tmp, name);
                fs.mkdirSync(dir);
                for (const file of stackFiles) fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
                fs.writeFileSync(path.join(dir, "step.sh"), step.run!);
                const summary = path.join(dir, "summary.md");
                const log = path.join(dir, "npm.log");
                const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "step.sh"], {
                    cwd: dir,
                    encoding: "utf8",
                    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, GITHUB_STEP_SUMMARY: summary, FAKE_NPM_LOG: log, FAKE_FAIL_STACK: failStack },
                });
                const read = (file: string) => fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
                return { status: result.status, stdout: result.stdout, summary: read(summary), calls: read(log).split("\n").filter(Boolean), dir };
            }
            const rootFiles = () => fs.readdirSync(ROOT).filter(file => file.startsWith("Pulumi") && file.endsWith(".yaml"));

            it("is a bash step (GitHub adds -e and pipefail)", () => {
                assert.strictEqual(step.shell, "bash");
            });

            it("finds the stacks prod and adopt in the repository root, and not Pulumi.yaml", () => {
                const stacks = stacksInRoot();
                assert.ok(stacks.includes("prod") && stacks.includes("adopt"), stacks.join(", "));
                assert.ok(rootFiles().includes("Pulumi.yaml"));
            });

            it("previews every Pulumi.*.yaml as an update, as a first preview and as --json; one that creates its organization as a brand-new account; the pulumi-cloud project where foundation:pulumiCloud is set", () => {
                const run = runStep("all-pass", rootFiles());
                assert.strictEqual(run.status, 0, run.stdout);
                const stacks = stacksInRoot();
                assert.deepStrictEqual(run.calls, stacks.flatMap(stack => [
                    `run -s preview -- --stack ${stack}`,
                    `run -s preview -- --stack ${stack} --first-preview`,
                    ...(stack === "adopt" ? [] : [`run -s preview -- --stack ${stack} --fresh-account`]),
                    ...(stack === "prod" ? [`run -s preview -- --stack ${stack} --project pulumi-cloud`] : []),
                    `run -s preview -- --stack ${stack} --json`,
                ]));
                assert.deepStrictEqual(stacks.filter(stack => stack !== "prod" && stack !== "adopt"), [], "the expectation above covers every stack");
                assert.ok(run.calls.includes("run -s preview -- --stack prod --json"));
                assert.ok(run.calls.includes("run -s preview -- --stack adopt --first-preview"));
                assert.strictEqual(fs.readFileSync(path.join(run.dir, "offline-preview", "prod.json"), "utf8"), '{"stack": "prod"}\n');
                assert.match(fs.readFileSync(path.join(run.dir, "offline-preview", "adopt.first-preview.txt"), "utf8"), /Passed: no mandatory violation\./);
            });

            it("writes each preview's summary lines to the step summary", () => {
                const run = runStep("summary", ["Pulumi.yaml", "Pulumi.prod.yaml", "Pulumi.adopt.yaml"]);
                assert.strictEqual(run.status, 0);
                const fence = "```";
                assert.strictEqual(run.summary, [
                    "### Offline preview of `adopt` (update)", fence, "Resources: 7 to create (fake adopt).", "Passed: no mandatory violation.", fence,
                    "### Offline preview of `adopt` (first-preview)", fence, "Resources: 7 to create (fake adopt).", "Passed: no mandatory violation.", fence,
                    "### Offline preview of `prod` (update)", fence, "Resources: 7 to create (fake prod).", "Passed: no mandatory violation.", fence,
                    "### Offline preview of `prod` (first-preview)", fence, "Resources: 7 to create (fake prod).", "Passed: no mandatory violation.", fence,
                    "### Offline preview of `prod` (fresh-account)", fence, "Resources: 7 to create (fake prod).", "Passed: no mandatory violation.", fence,
                    "### Offline preview of `prod` (pulumi-cloud)", fence, "Resources: 7 to create (fake prod).", "Passed: no mandatory violation.", fence,
                    "",
                ].join("\n"));
            });

            it("fails when one stack's preview fails, after previewing the others", () => {
                const run = runStep("one-blocked", ["Pulumi.yaml", "Pulumi.prod.yaml", "Pulumi.adopt.yaml"], "adopt");
                assert.strictEqual(run.status, 1);
                assert.ok(run.calls.includes("run -s preview -- --stack prod --json"), run.calls.join("\n"));
                assert.match(run.summary, /Resources: 7 to create \(fake adopt\)\.\nBlocked: fix the mandatory violations above\.\nexit code 1: see the job log/);
                assert.match(run.stdout, /::error::offline preview of adopt \(update\) exited with 1/);
                assert.match(run.stdout, /::error::offline preview of adopt \(--json\) exited with 1/);
            });

            it("fails when there is no stack file at all", () => {
                const run = runStep("no-stack", ["Pulumi.yaml"]);
                assert.strictEqual(run.status, 1);
                assert.deepStrictEqual(run.calls, []);
                assert.match(run.stdout, /::error::no Pulumi\.\*\.yaml stack file/);
            });
        });

        describe("pulumi-preview (the real organization, read-only)", () => {
            const job = pr.jobs["pulumi-preview"];

            it("runs only for pull requests from this repository, once the repository variables are set", () => {
                assert.strictEqual(job.if, [
                    "github.event_name == 'pull_request'",
                    "&& github.event.pull_request.head.repo.full_name == github.repository",
                    "&& vars.PULUMI_ORGANIZATION != ''",
                    "&& vars.FOUNDATION_PREVIEW_ROLE_ARN != ''",
                ].join(" "));
            });

            it("has no environment, so its token's subject is the pull_request one the preview role trusts", () => {
                assert.strictEqual(job.environment, undefined);
            });

            it("assumes the foundation's preview role for the audience sts.amazonaws.com", () => {
                const aws = onlyStep(job, "aws-actions/configure-aws-credentials").with!;
                assert.strictEqual(aws["role-to-assume"], "${{ vars.FOUNDATION_PREVIEW_ROLE_ARN }}");
                assert.strictEqual(aws.audience, "sts.amazonaws.com");
                assert.ok(aws["aws-region"]);
            });

            it("previews read-only (FOUNDATION_READ_ONLY=true for the whole job)", () => {
                assert.deepStrictEqual(job.env, { FOUNDATION_READ_ONLY: "true" });
            });

            it("runs pulumi preview and comments on the pull request", () => {
                const step = onlyStep(job, "pulumi/actions").with!;
                assert.strictEqual(step.command, "preview");
                assert.strictEqual(step["comment-on-pr"], true);
            });

            it("cancels an older preview of the same pull request and stack", () => {
                assert.deepStrictEqual(job.concurrency, {
                    group: "pulumi-preview-${{ github.event.pull_request.number }}-${{ matrix.stack }}",
                    "cancel-in-progress": true,
                });
            });
        });
    });

    describe("deploy.yml", () => {
        const job = dep.jobs.up;

        it("runs on pushes to main only", () => {
            assert.deepStrictEqual(dep.on, { push: { branches: ["main"] } });
        });

        it("has the job up, with least permissions", () => {
            assert.deepStrictEqual(Object.keys(dep.jobs), ["up"]);
            assert.deepStrictEqual(job.permissions, { contents: "read", "id-token": "write" });
        });

        it("runs once the repository variables are set", () => {
            assert.strictEqual(job.if, "vars.PULUMI_ORGANIZATION != '' && vars.FOUNDATION_DEPLOY_ROLE_ARN != ''");
        });

        it("runs in the environment production, the GitHub environment the example stack's deploy role trusts", () => {
            assert.strictEqual(environmentName(job), "production");
            const config = (YAML.parse(fs.readFileSync(path.join(ROOT, "Pulumi.prod.yaml"), "utf8")) as { config: Record<string, { foundation?: { github?: { environment?: string } } }> }).config;
            assert.strictEqual(config["foundation:pipelines"].foundation?.github?.environment, "production");
        });

        it("assumes the foundation's deploy role for the audience sts.amazonaws.com", () => {
            const aws = onlyStep(job, "aws-actions/configure-aws-credentials").with!;
            assert.strictEqual(aws["role-to-assume"], "${{ vars.FOUNDATION_DEPLOY_ROLE_ARN }}");
            assert.strictEqual(aws.audience, "sts.amazonaws.com");
        });

        it("runs pulumi up, never read-only (the program refuses FOUNDATION_READ_ONLY outside previews)", () => {
            assert.strictEqual(onlyStep(job, "pulumi/actions").with?.command, "up");
            assert.doesNotMatch(deploy.text, /FOUNDATION_READ_ONLY/);
        });

        it("runs one update per stack at a time and never cancels one", () => {
            assert.deepStrictEqual(job.concurrency, { group: "pulumi-deploy-${{ matrix.stack }}", "cancel-in-progress": false });
            assert.strictEqual(job.strategy?.["max-parallel"], 1);
        });
    });

    describe("dependabot.yml", () => {
        it("bumps the pinned actions and the npm dependencies weekly", () => {
            const config = readYaml(DEPENDABOT).data as { version: number; updates: { "package-ecosystem": string; directory: string; schedule: { interval: string } }[] };
            assert.strictEqual(config.version, 2);
            assert.deepStrictEqual(config.updates.map(u => [u["package-ecosystem"], u.directory, u.schedule.interval]), [
                ["github-actions", "/", "weekly"],
                ["npm", "/", "weekly"],
            ]);
        });
    });
});
