import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { REMOTE_REASON, type ScanResult } from "../../../tools/scan/scan";
import { verdict } from "../../../tools/scan/report";

const ROOT = path.join(__dirname, "..", "..", "..");
const PROGRAM = path.join(ROOT, "test", "fixtures", "scan-programs", "workload");

interface Run { readonly status: number | null; readonly stdout: string; readonly stderr: string }
const runs = new Map<string, Run>();

/** `npm run scan -- ARGS` (the script runs tools/scan/main.ts with ts-node), once per argument list. */
function scan(...args: string[]): Run {
    const key = JSON.stringify(args);
    let run = runs.get(key);
    if (!run) {
        const result = spawnSync(process.execPath, [require.resolve("ts-node/dist/bin"), "--transpile-only", "tools/scan/main.ts", ...args], {
            cwd: ROOT, encoding: "utf8", timeout: 240_000,
        });
        run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
        runs.set(key, run);
    }
    return run;
}

/**
 * A copy of the fixture program in a temporary directory, with `edit` applied to its index.ts;
 * node_modules linked to this repository's unless `withoutDependencies`.
 */
function copyOfProgram(edit: (source: string) => string, withoutDependencies = false): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scan-program-"));
    for (const file of fs.readdirSync(PROGRAM)) fs.copyFileSync(path.join(PROGRAM, file), path.join(dir, file));
    fs.writeFileSync(path.join(dir, "index.ts"), edit(fs.readFileSync(path.join(PROGRAM, "index.ts"), "utf8")));
    if (!withoutDependencies) fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    return dir;
}

interface Report {
    stack: string;
    project: string;
    resources: { urn: string; type: string; name: string; inputs: Record<string, unknown> }[];
    violations: { policy: string; level: string; urn: string; message: string }[];
    summary: { resources: number; mandatory: number; advisory: number; warnings: number };
    program: {
        dir: string; main: string; configFile: string | null; packages: Record<string, string>; typescript: { typescript: string; typeChecked: boolean } | null;
        checked: number; notChecked: { urn: string; type: string; name: string; reason: string }[]; notes: string[]; exitCode: number;
    };
}

describe("npm run scan (tools/scan/main.ts) on a small workload program", function () {
    this.timeout(300_000);

    describe("a clean program, --json", () => {
        let report: Report;
        before(() => {
            const run = scan(PROGRAM, "--stack", "clean", "--json");
            assert.strictEqual(run.status, 0, run.stderr);
            report = JSON.parse(run.stdout);
        });

        it("prints the offline preview's JSON, plus `program`", () => {
            assert.deepStrictEqual(Object.keys(report).filter(k => k !== "outputs"),
                ["stack", "project", "firstPreview", "freshAccount", "resources", "policyPack", "violations", "remediations", "warnings", "summary", "program"]);
            assert.deepStrictEqual([report.stack, report.project], ["clean", "scan-fixture"]);
            assert.deepStrictEqual(report.resources.map(r => r.type), ["pulumi:pulumi:Stack", "aws:kms/key:Key", "aws:sqs/queue:Queue"]);
            assert.strictEqual(report.summary.mandatory, 0);
        });

        it("says where the program came from, what it ran on, and that it was type-checked", () => {
            const program = report.program;
            assert.deepStrictEqual([program.dir, program.main, program.configFile], [PROGRAM, PROGRAM, path.join(PROGRAM, "Pulumi.clean.yaml")]);
            assert.deepStrictEqual(Object.keys(program.packages), ["@pulumi/pulumi", "@pulumi/aws", "typescript"]);
            assert.strictEqual(program.typescript?.typeChecked, true);
            assert.deepStrictEqual([program.checked, program.notChecked, program.notes, program.exitCode], [2, [], [], 0]);
        });

        it("runs the program's invokes on the mocks: the key policy getPolicyDocument built is there for the pack to judge", () => {
            const key = report.resources.find(r => r.type === "aws:kms/key:Key")!;
            assert.deepStrictEqual(JSON.parse(String(key.inputs.policy)), {
                Version: "2012-10-17",
                Statement: [{ Sid: "AccountAdministers", Effect: "Allow", Action: "kms:*", Resource: "*", Principal: { AWS: "arn:aws:iam::123456789012:root" } }],
            });
            const queue = report.resources.find(r => r.type === "aws:sqs/queue:Queue")!;
            assert.match(String(queue.inputs.kmsMasterKeyId), /^arn:aws:kms:eu-west-1:123456789012:key\/[0-9a-f-]{36}$/);
        });
    });

    it("exits 1 on a mandatory violation, with the preview's report", () => {
        const run = scan(PROGRAM, "--stack", "insecure");
        assert.strictEqual(run.status, 1, run.stderr);
        assert.match(run.stdout, /^Offline scan of project "scan-fixture" \(test\/fixtures\/scan-programs\/workload\), stack "insecure" \(test\/fixtures\/scan-programs\/workload\/Pulumi\.insecure\.yaml\): its own @pulumi\/pulumi [\d.]+, @pulumi\/aws [\d.]+, mock AWS, real policy pack\n/);
        assert.match(run.stdout, /\[mandatory\] ec2-no-public-admin-ports: 1 violation\(s\)\n(.*\n)*? {4}✖ aws:ec2:SecurityGroup {2}ssh-from-anywhere {2}\(default AWS provider\)\n/);
        assert.match(run.stdout, /\nBlocked: fix the mandatory violations above\.\n$/);
    });

    describe("components a provider plugin builds", () => {
        it("names each one, says it cannot be checked offline, and passes on what it did check", () => {
            const run = scan(PROGRAM, "--stack", "remote");
            assert.strictEqual(run.status, 0, run.stderr);
            assert.ok(run.stdout.includes(`Not checked (1): components whose resources a provider plugin creates\n  ? awsx:ec2:Vpc "network": ${REMOTE_REASON}\n`), run.stdout);
            assert.ok(run.stdout.endsWith("Passed: no mandatory violation in the 2 resource(s) checked; 1 component(s) not checked (above).\n"), run.stdout);
            assert.strictEqual(REMOTE_REASON, "its resources are created by the provider plugin and cannot be checked offline; run pulumi preview --policy-pack");
        });

        it("lists them in the JSON, and exits 2 with --require-complete", () => {
            const run = scan(PROGRAM, "--stack", "remote", "--json", "--require-complete");
            assert.strictEqual(run.status, 2, run.stderr);
            const report: Report = JSON.parse(run.stdout);
            assert.deepStrictEqual(report.program.notChecked, [{
                urn: "urn:pulumi:remote::scan-fixture::pulumi:pulumi:Stack$awsx:ec2:Vpc::network", type: "awsx:ec2:Vpc", name: "network",
                reason: "its resources are created by the provider plugin and cannot be checked offline; run pulumi preview --policy-pack",
            }]);
            assert.deepStrictEqual([report.program.checked, report.program.exitCode], [2, 2]);
        });

        it("exits 2 when they are all there is: nothing was checked", () => {
            const run = scan(PROGRAM, "--stack", "remote-only");
            assert.strictEqual(run.status, 2, run.stderr);
            assert.ok(run.stdout.endsWith("Not checked: every resource of this program is created by provider plugins (1 component(s) above); " +
                "the offline scan cannot vouch for it: gate it with pulumi preview --policy-pack.\n"), run.stdout);
        });
    });

    describe("exits 2 when the program cannot run, saying why", () => {
        it("an invoke the mocks cannot answer, by its token", () => {
            const run = scan(PROGRAM, "--stack", "unmocked");
            assert.strictEqual(run.status, 2);
            assert.strictEqual(run.stdout, "");
            assert.match(run.stderr, /^scan: the program calls the invoke aws:ec2\/getInstance:getInstance, which the offline scan cannot answer /m);
        });

        it("the program throws", () => {
            const run = scan(PROGRAM, "--stack", "throws");
            assert.strictEqual(run.status, 2);
            assert.match(run.stderr, /^scan: the program failed: the fixture program refuses to run$/m);
        });

        it("TypeScript errors, as the CLI type-checks", () => {
            const dir = copyOfProgram(source => `${source}\nexport const broken: number = "not a number";\n`);
            const run = scan(dir, "--stack", "clean");
            assert.strictEqual(run.status, 2);
            assert.match(run.stderr, /^scan: the program has TypeScript errors \(pulumi preview would stop on them too\):\n.*index\.ts\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'number'\./m);
        });

        it("no dependencies installed: run npm install (or npm ci) in the program's directory", () => {
            const dir = copyOfProgram(source => source, true);
            const run = scan(dir, "--stack", "clean");
            assert.strictEqual(run.status, 2);
            assert.strictEqual(run.stderr, `scan: ${dir}: @pulumi/pulumi is not installed: run \`npm install\` in ${dir} first (the scan runs the program with its own dependencies)\n`);
        });

        it("several stacks and no --stack", () => {
            const run = scan(PROGRAM);
            assert.strictEqual(run.status, 2);
            assert.strictEqual(run.stderr, `scan: ${PROGRAM} has several stacks (clean, insecure, remote, remote-only, throws, unmocked): choose one with --stack\n`);
        });

        it("no program directory, or one without Pulumi.yaml", () => {
            assert.strictEqual(scan().status, 2);
            const run = scan(path.join(ROOT, "docs"));
            assert.strictEqual(run.status, 2);
            assert.strictEqual(run.stderr, `scan: ${path.join(ROOT, "docs")} has no Pulumi.yaml: give the directory of a Pulumi project\n`);
        });
    });
});

describe("scan verdict (tools/scan/report.ts)", () => {
    const result = (fields: { mandatory?: number; checked: number; notChecked?: number }) => ({
        violations: [...Array(fields.mandatory ?? 0)].map(() => ({ policy: "p", level: "mandatory", urn: "u", message: "m", description: "d" })),
        checked: fields.checked,
        notChecked: [...Array(fields.notChecked ?? 0)].map((_, i) => ({ urn: `u${i}`, type: "awsx:ec2:Vpc", name: `n${i}`, reason: "r" })),
    }) as unknown as ScanResult;

    it("1 on a mandatory violation, whatever else", () => {
        assert.deepStrictEqual(verdict(result({ mandatory: 2, checked: 0, notChecked: 3 })), { code: 1, line: "Blocked: fix the mandatory violations above." });
    });

    it("0 when everything was checked and passed", () => {
        assert.deepStrictEqual(verdict(result({ checked: 4 })), { code: 0, line: "Passed: no mandatory violation." });
    });

    it("0 when something was checked and passed, naming how much was not; 2 with requireComplete", () => {
        assert.deepStrictEqual(verdict(result({ checked: 4, notChecked: 2 })),
            { code: 0, line: "Passed: no mandatory violation in the 4 resource(s) checked; 2 component(s) not checked (above)." });
        assert.deepStrictEqual(verdict(result({ checked: 4, notChecked: 2 }), { requireComplete: true }),
            { code: 2, line: "Incomplete: 2 component(s) could not be checked offline (--require-complete)." });
    });

    it("2 when nothing could be checked because plugins build everything", () => {
        assert.strictEqual(verdict(result({ checked: 0, notChecked: 1 })).code, 2);
    });

    it("0 for a program with no resource at all and no plugin component", () => {
        assert.strictEqual(verdict(result({ checked: 0 })).code, 0);
    });
});
