import * as assert from "assert";
import { analyzeResources } from "../../../tools/preview/analyze";
import { Progress, type ProgressStream } from "../../../tools/preview/progress";
import type { PolicyPackSession } from "../../../tools/policy-runner";
import type { RecordedResource } from "../../../tools/mock-runtime/runtime";

/** A stream that records what is written to it. */
function fakeStream(isTTY: boolean | undefined, columns?: number): ProgressStream & { written: string[] } {
    const written: string[] = [];
    return { isTTY, columns, written, write: (text: string) => written.push(text) };
}

/** Runs `body` with process.stdout and process.stderr writes recorded instead of written. */
function capturingProcessStreams(body: () => void): string[] {
    const captured: string[] = [];
    const stdout = process.stdout.write;
    const stderr = process.stderr.write;
    process.stdout.write = ((chunk: string) => captured.push(`stdout:${chunk}`) > 0) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string) => captured.push(`stderr:${chunk}`) > 0) as typeof process.stderr.write;
    try {
        body();
    } finally {
        process.stdout.write = stdout;
        process.stderr.write = stderr;
    }
    return captured;
}

describe("offline preview progress (stderr, in place)", () => {
    let now = 0;
    const clock = () => now;
    beforeEach(() => { now = 10_000; });

    it("writes nothing when the stream is not a TTY (a pipe, CI, the tests), however long it takes", () => {
        for (const isTTY of [false, undefined]) {
            const stream = fakeStream(isTTY);
            const progress = new Progress(stream, { delayMs: 1000, intervalMs: 0, now: clock });
            progress.set("analysing 1/2 resources…");
            now += 60_000;
            progress.tick();
            progress.stop();
            assert.strictEqual(progress.active, false);
            assert.deepStrictEqual(stream.written, []);
        }
    });

    it("writes nothing when disabled (--json), even on a TTY", () => {
        const stream = fakeStream(true);
        const progress = new Progress(stream, { enabled: false, delayMs: 1000, intervalMs: 0, now: clock });
        progress.set("analysing 1/2 resources…");
        now += 60_000;
        progress.tick();
        progress.stop();
        assert.deepStrictEqual(stream.written, []);
    });

    it("writes nothing when done within the delay", () => {
        const stream = fakeStream(true);
        const progress = new Progress(stream, { delayMs: 1000, intervalMs: 0, now: clock });
        progress.set("starting the policy pack…");
        now += 999;
        progress.tick();
        progress.stop();
        assert.deepStrictEqual(stream.written, []);
    });

    it("on a TTY, after the delay, redraws the line in place when it changes, and erases it when stopped, only on the given stream", () => {
        const stream = fakeStream(true);
        let analysed = 1200;
        const captured = capturingProcessStreams(() => {
            const progress = new Progress(stream, { delayMs: 1000, intervalMs: 0, now: clock });
            progress.set(() => `analysing ${analysed}/4702 resources…`);
            progress.tick();
            now += 1000;
            progress.tick();
            progress.tick();
            analysed = 4702;
            progress.tick();
            progress.set("analysing the stack (4702 resources)…");
            progress.tick();
            progress.stop();
            progress.stop();
        });
        assert.deepStrictEqual(stream.written, [
            "\ranalysing 1200/4702 resources…\x1b[K",
            "\ranalysing 4702/4702 resources…\x1b[K",
            "\ranalysing the stack (4702 resources)…\x1b[K",
            "\r\x1b[K",
        ]);
        assert.deepStrictEqual(captured, [], "nothing on process.stdout or process.stderr");
    });

    it("cuts the line to the terminal's width, as a wrapped line cannot be redrawn", () => {
        const stream = fakeStream(true, 12);
        const progress = new Progress(stream, { delayMs: 0, intervalMs: 0, now: clock });
        progress.set("analysing 1200/4702 resources…");
        progress.tick();
        assert.deepStrictEqual(stream.written, ["\ranalysing …\x1b[K"]);
    });

    it("redraws by itself every intervalMs once started, and stops redrawing when stopped", async () => {
        const stream = fakeStream(true);
        const progress = new Progress(stream, { delayMs: 0, intervalMs: 5 });
        let step = 0;
        progress.set(() => `step ${++step}`);
        // Three redraws, however loaded the machine (at most 2 s).
        for (let waited = 0; stream.written.length < 3 && waited < 2000; waited += 5) await new Promise(resolve => setTimeout(resolve, 5));
        progress.stop();
        const count = stream.written.length;
        assert.ok(count >= 3, `redrawn ${count} times`);
        assert.deepStrictEqual(stream.written.slice(0, 3), ["\rstep 1\x1b[K", "\rstep 2\x1b[K", "\rstep 3\x1b[K"]);
        assert.strictEqual(stream.written[count - 1], "\r\x1b[K");
        await new Promise(resolve => setTimeout(resolve, 30));
        assert.strictEqual(stream.written.length, count, "no redraw after stop");
    });
});

describe("analyzeResources progress callback", () => {
    const resource = (name: string) => ({
        urn: `urn:pulumi:test::p::aws:s3/bucket:Bucket::${name}`, id: name, type: "aws:s3/bucket:Bucket", name, custom: true,
        parent: null, provider: null, inputs: {}, state: {}, dependencies: [], propertyDependencies: {},
        options: { protect: false, retainOnDelete: false, ignoreChanges: [], dependsOn: [], import: null, aliases: [] },
    }) as RecordedResource;

    it("reports each resource analysed, out of how many, before the stack is analysed", async () => {
        const events: string[] = [];
        const pack = {
            remediatingPolicies: [],
            analyze: async (input: { name: string }) => {
                events.push(`analyze ${input.name}`);
                return input.name === "b" ? [{ policy: "p", level: "advisory", urn: "u", message: "m" }] : [];
            },
            analyzeStack: async () => {
                events.push("analyzeStack");
                return [];
            },
        } as unknown as PolicyPackSession;
        const violations = await analyzeResources(pack, [resource("a"), resource("b"), resource("c")], [], (analysed, total) => events.push(`${analysed}/${total}`));
        assert.deepStrictEqual(events, ["analyze a", "analyze b", "analyze c", "1/3", "2/3", "3/3", "analyzeStack"]);
        assert.deepStrictEqual(violations.map(v => v.policy), ["p"]);
        // The callback is optional (tools/bench calls without it).
        events.length = 0;
        await analyzeResources(pack, [resource("a")]);
        assert.deepStrictEqual(events, ["analyze a", "analyzeStack"]);
    });
});
