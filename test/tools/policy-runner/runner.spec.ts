/**
 * tools/policy-runner against small fixture packs (./fixtures): what reaches the pack over the
 * wire, how violations come back, config reconciliation, and failures (with stderr, no process
 * left behind).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PolicyPackSession, UNKNOWN, UNKNOWN_SENTINEL, startPolicyPack } from "../../../tools/policy-runner";
import { detail, packProcesses, resource } from "../../policy/runner-helpers";

const FIXTURES = path.resolve(__dirname, "fixtures");
const ECHO = path.join(FIXTURES, "echo-pack");

/** Awaits a rejection and returns its message. */
async function rejection(promise: Promise<unknown>): Promise<string> {
    try {
        await promise;
    } catch (e) {
        return e instanceof Error ? e.message : String(e);
    }
    assert.fail("expected a rejection");
}

describe("tools/policy-runner", function () {
    this.timeout(120_000);

    describe("with the echo fixture pack", () => {
        let pack: PolicyPackSession;

        before(async () => {
            pack = await startPolicyPack(ECHO, { config: { "echo-resource": { greeting: "hi" } } });
        });

        after(async () => {
            await pack?.close();
            assert.deepStrictEqual(packProcesses(ECHO), []);
        });

        it("reads name, version (package.json) and policies from GetAnalyzerInfo", () => {
            assert.strictEqual(pack.name, "echo-pack");
            assert.strictEqual(pack.version, "1.2.3");
            assert.deepStrictEqual(pack.policies, [
                { name: "echo-resource", enforcementLevel: "advisory", description: "Reports what Analyze received." },
                { name: "echo-stack", enforcementLevel: "mandatory", description: "Reports what AnalyzeStack received." },
            ]);
        });

        it("Analyze: properties as plain JSON, UNKNOWN as the sentinel, options, provider, config with defaults", async () => {
            const input = resource("test:index:Thing", "thing", {
                flag: true,
                count: 3,
                text: "x",
                none: null,
                pending: UNKNOWN,
                dropped: undefined,
                list: [1, undefined, UNKNOWN, { deep: UNKNOWN }],
                when: new Date("2030-01-02T03:04:05.000Z"),
            }, {
                options: { protect: true, ignoreChanges: ["tags"], deleteBeforeReplace: true, retainOnDelete: true, dependsOn: ["urn:x"] },
                parent: "urn:pulumi:test::foundation::my:component:Thing::parent",
                provider: { urn: "urn:pulumi:test::foundation::pulumi:providers:aws::p", type: "pulumi:providers:aws", name: "p", properties: { region: "eu-west-1", token: UNKNOWN } },
            });
            const violations = await pack.analyze(input);
            assert.strictEqual(violations.length, 1);
            const [v] = violations;
            assert.strictEqual(v!.policy, "echo-resource");
            assert.strictEqual(v!.level, "advisory");
            assert.strictEqual(v!.urn, input.urn, "the analyzed resource's urn when the pack names none");
            assert.strictEqual(v!.description, "Reports what Analyze received.");
            assert.ok(v!.message.startsWith("Reports what Analyze received.\n"));
            assert.deepStrictEqual(JSON.parse(detail(v!.message)), {
                type: "test:index:Thing",
                name: "thing",
                urn: input.urn,
                props: {
                    flag: true,
                    count: 3,
                    text: "x",
                    none: null,
                    pending: UNKNOWN_SENTINEL,
                    list: [1, null, UNKNOWN_SENTINEL, { deep: UNKNOWN_SENTINEL }],
                    when: "2030-01-02T03:04:05.000Z",
                },
                opts: {
                    protect: true,
                    ignoreChanges: ["tags"],
                    aliases: [],
                    customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
                    additionalSecretOutputs: [],
                    deleteBeforeReplace: true,
                    parent: "urn:pulumi:test::foundation::my:component:Thing::parent",
                },
                provider: {
                    type: "pulumi:providers:aws",
                    urn: "urn:pulumi:test::foundation::pulumi:providers:aws::p",
                    name: "p",
                    props: { region: "eu-west-1", token: UNKNOWN_SENTINEL },
                },
                config: { greeting: "hi", limit: 3 },
            });
        });

        it("Analyze: a urn named by the pack is kept", async () => {
            const input = resource("test:index:Thing", "elsewhere", {});
            const violations = await pack.analyze(input);
            assert.deepStrictEqual(violations.map((v) => [v.urn, detail(v.message)]).slice(1), [
                ["urn:pulumi:test::echo::test:index:Thing::other", "about another resource"],
            ]);
            assert.strictEqual(violations[0]!.urn, input.urn);
        });

        it("Analyze: no violation, no diagnostics", async () => {
            assert.deepStrictEqual(await pack.analyze(resource("test:index:Thing", "quiet", {})), []);
        });

        it("AnalyzeStack: parents, dependencies, providers and properties reach the pack", async () => {
            const provider = resource("pulumi:providers:aws", "p", { region: "us-east-1" });
            const parent = resource("my:component:Thing", "parent", {});
            const child = resource("test:index:Thing", "child", { size: UNKNOWN }, {
                parent: parent.urn,
                dependencies: [provider.urn, parent.urn],
                provider: { urn: provider.urn, type: provider.type, name: provider.name, properties: provider.properties },
                options: { protect: true, ignoreChanges: [] },
            });
            const violations = await pack.analyzeStack([provider, parent, child]);
            assert.deepStrictEqual(violations.map((v) => [v.policy, v.level, v.urn]), [
                ["echo-stack", "mandatory", provider.urn],
                ["echo-stack", "mandatory", parent.urn],
                ["echo-stack", "mandatory", child.urn],
            ]);
            assert.deepStrictEqual(JSON.parse(detail(violations[2]!.message)), {
                urn: child.urn,
                parent: parent.urn,
                dependencies: [provider.urn, parent.urn],
                props: { size: UNKNOWN_SENTINEL },
                provider: provider.urn,
                protect: true,
            });
        });

        it("rejects properties JSON cannot carry, naming the property", async () => {
            const message = await rejection(pack.analyze(resource("test:index:Thing", "odd", { nested: { fn: () => 1 } })));
            assert.strictEqual(message, "properties.nested.fn: a function cannot be sent to a policy pack");
        });
    });

    describe("policy config (reconciled and validated like the CLI before Configure)", () => {
        it("a level and properties per policy, and 'all'", async () => {
            const pack = await startPolicyPack(ECHO, { config: { all: "mandatory", "echo-resource": { limit: 9 } } });
            try {
                const [v] = await pack.analyze(resource("test:index:Thing", "thing", {}));
                assert.strictEqual(v!.level, "mandatory");
                assert.deepStrictEqual(JSON.parse(detail(v!.message)).config, { greeting: "hello", limit: 9 });
            } finally {
                await pack.close();
            }
        });

        it("rejects invalid config with every problem, and stops the pack", async () => {
            const message = await rejection(
                startPolicyPack(ECHO, {
                    config: {
                        "echo-resource": { limit: 0, greeting: 5, enforcementLevel: "sometimes" },
                        "echo-stak": "advisory",
                        "echo-stack": 3,
                    },
                }),
            );
            assert.strictEqual(
                message,
                [
                    "policy pack config is invalid:",
                    '  1. echo-resource: "sometimes" is not a valid enforcement level',
                    "  2. echo-stack: 3 is not a valid value; must be a string or object",
                    "  3. echo-stak: the policy pack has no policy of that name",
                    "  4. echo-resource: greeting must be of type string, got 5",
                    "  5. echo-resource: limit must be >= 1, got 0",
                ].join("\n"),
            );
            assert.deepStrictEqual(packProcesses(ECHO), []);
        });
    });

    describe("failures carry the pack's stderr and leave no process behind", () => {
        it("the directory is not a policy pack", async () => {
            const dir = path.join(FIXTURES, "no-such-pack");
            assert.strictEqual(await rejection(startPolicyPack(dir)), `policy pack ${dir} not found: there is no PulumiPolicy.yaml in that directory`);
        });

        it("the pack throws while loading", async () => {
            const dir = path.join(FIXTURES, "broken-pack");
            const message = await rejection(startPolicyPack(dir));
            assert.match(message, new RegExp(`^policy pack ${dir} exited before it was ready \\(process exited with code \\d+\\)`));
            assert.match(message, /stderr:\n[\s\S]*broken-pack: about to fail/);
            assert.match(message, /broken-pack cannot start/);
            assert.deepStrictEqual(packProcesses(dir), []);
        });

        it("the pack does not type-check (run-policy-pack type-checks TypeScript packs, like the CLI)", async () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "type-error-pack-"));
            try {
                fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
                fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "type-error-pack", version: "1.0.0", main: "index.ts" }));
                fs.writeFileSync(path.join(dir, "index.ts"), 'const port: number = "not a number";\nexport { port };\n');
                const message = await rejection(startPolicyPack(dir));
                assert.match(message, /exited before it was ready/);
                assert.match(message, /TS2322/);
                assert.deepStrictEqual(packProcesses(dir), []);
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        });

        it("the pack prints something else before its port (the CLI rejects that too)", async () => {
            const dir = path.join(FIXTURES, "chatty-pack");
            const message = await rejection(startPolicyPack(dir));
            assert.match(message, /wrote a non-numeric port to stdout \("hello from chatty-pack"\)/);
            assert.deepStrictEqual(packProcesses(dir), []);
        });

        it("the pack never reports a port", async () => {
            const dir = path.join(FIXTURES, "silent-pack");
            const message = await rejection(startPolicyPack(dir, { startupTimeoutMs: 1500 }));
            assert.match(message, /did not report its port within 1500 ms/);
            assert.deepStrictEqual(packProcesses(dir), []);
        });

        it("the pack dies during a call", async () => {
            const pack = await startPolicyPack(ECHO);
            try {
                const message = await rejection(pack.analyze(resource("test:index:Thing", "die", {})));
                assert.match(message, /^policy pack .*echo-pack Analyze failed: .*\(process exited with code 3\)/);
                assert.match(message, /stderr:\n[\s\S]*echo-pack: asked to die/);
            } finally {
                await pack.close();
            }
            assert.deepStrictEqual(packProcesses(ECHO), []);
        });

        it("close() is idempotent and ends the process", async () => {
            const pack = await startPolicyPack(ECHO);
            assert.strictEqual(packProcesses(ECHO).length, 1);
            await Promise.all([pack.close(), pack.close()]);
            await pack.close();
            assert.deepStrictEqual(packProcesses(ECHO), []);
        });
    });
});

describe("tools/policy-runner with a compiled pack (main is built JavaScript)", function () {
    this.timeout(120_000);
    const policyModule = require.resolve("@pulumi/policy");
    let dir: string;

    /** A pack whose `build` copies index.ts to bin/index.js and logs each build. */
    function writePack(name: string, build = "node build.js"): void {
        fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
        fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", main: "bin/index.js", scripts: { build } }));
        fs.writeFileSync(path.join(dir, "build.js"), [
            'const fs = require("fs");',
            'fs.mkdirSync("bin", { recursive: true });',
            'fs.copyFileSync("index.ts", "bin/index.js");',
            'fs.appendFileSync("builds.log", "built\\n");',
        ].join("\n"));
    }
    function writeSource(packName: string, mtime: Date): void {
        const file = path.join(dir, "index.ts");
        fs.writeFileSync(file, `const { PolicyPack } = require(${JSON.stringify(policyModule)});\n` +
            `new PolicyPack(${JSON.stringify(packName)}, { policies: [{ name: "p", description: "d", enforcementLevel: "advisory", validateResource: () => {} }] });\n`);
        fs.utimesSync(file, mtime, mtime);
    }
    const builds = () => fs.readFileSync(path.join(dir, "builds.log"), "utf8").split("\n").filter(Boolean).length;
    async function nameOfStartedPack(): Promise<string> {
        const pack = await startPolicyPack(dir);
        await pack.close();
        return pack.name;
    }

    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "compiled-pack-"))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("builds it when its output is missing, not again while it is current, and again after a source changes", async () => {
        writePack("compiled");
        writeSource("first-pack", new Date(Date.now() - 60_000));
        assert.strictEqual(await nameOfStartedPack(), "first-pack");
        assert.strictEqual(await nameOfStartedPack(), "first-pack");
        assert.strictEqual(builds(), 1);
        writeSource("second-pack", new Date(Date.now() + 60_000));
        assert.strictEqual(await nameOfStartedPack(), "second-pack");
        assert.strictEqual(builds(), 2);
        assert.deepStrictEqual(packProcesses(dir), []);
    });

    it("reports a build that fails with its output and starts nothing", async () => {
        writePack("compiled", "node -e \"console.error('index.ts(1,7): error TS2322: not a number'); process.exit(2)\"");
        writeSource("never-started", new Date());
        const message = await rejection(startPolicyPack(dir));
        assert.strictEqual(message, `policy pack ${dir} does not build (npm run build, exit 2):\nindex.ts(1,7): error TS2322: not a number`);
        assert.deepStrictEqual(packProcesses(dir), []);
    });
});
