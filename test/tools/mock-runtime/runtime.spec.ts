import * as assert from "assert";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { ConfigError } from "../../../config";
import { FoundationMocks } from "../../../tools/mock-runtime/mocks";
import { type RecordedResource, runProgram } from "../../../tools/mock-runtime/runtime";
import { exampleValues } from "../../example-stack";

const mocks = () => new FoundationMocks("111111111111", "acme");

describe("mock runtime recorder", () => {
    it("fails a run that registers the same URN twice, as the engine does", async () => {
        await assert.rejects(runProgram({
            project: "p", stack: "dup", config: {}, mocks: mocks(),
            program: () => {
                new pulumi.ComponentResource("test:index:Thing", "same");
                new pulumi.ComponentResource("test:index:Thing", "same");
            },
        }), { message: "Duplicate resource URN 'urn:pulumi:dup::p::pulumi:pulumi:Stack$test:index:Thing::same'; try giving it a unique name" });
    });

    it("runs the program without stack traces and restores the limit afterwards, also after a failure", async () => {
        const before = Error.stackTraceLimit;
        const seen: number[] = [];
        await runProgram({ project: "p", stack: "traces", config: {}, mocks: mocks(), program: () => { seen.push(Error.stackTraceLimit); } });
        await assert.rejects(runProgram({
            project: "p", stack: "traces-failing", config: {}, mocks: mocks(),
            program: () => { seen.push(Error.stackTraceLimit); throw new Error("boom"); },
        }), { message: "boom" });
        assert.deepStrictEqual(seen, [0, 0]);
        assert.strictEqual(Error.stackTraceLimit, before);
        assert.notStrictEqual(before, 0);
    });

    it("captures no source positions while the program runs, unless FOUNDATION_STACK_TRACES is set, and restores them afterwards", async () => {
        // Resource.stackTrace is what the SDK calls for every resource's source position, whatever Error.stackTraceLimit says.
        const frames = () => (pulumi.Resource as unknown as { stackTrace(skip: number): unknown[] }).stackTrace(0).length;
        const seen: number[] = [];
        await runProgram({ project: "p", stack: "positions", config: {}, mocks: mocks(), program: () => { seen.push(frames()); } });
        await assert.rejects(runProgram({
            project: "p", stack: "positions-failing", config: {}, mocks: mocks(),
            program: () => { seen.push(frames()); throw new Error("boom"); },
        }), { message: "boom" });
        assert.deepStrictEqual(seen, [0, 0]);
        assert.ok(frames() > 0, "source positions are back after the runs");
        process.env.FOUNDATION_STACK_TRACES = "1";
        try {
            await runProgram({ project: "p", stack: "positions-kept", config: {}, mocks: mocks(), program: () => { seen.push(frames()); } });
        } finally {
            delete process.env.FOUNDATION_STACK_TRACES;
        }
        assert.ok(seen[2] > 0, "FOUNDATION_STACK_TRACES keeps them");
    });

    it("index.ts stops on a bad config before registering any resource", async () => {
        const recorded: RecordedResource[] = [];
        const bad = exampleValues(d => { d["foundation:accounts"][0].email = "x"; });
        await assert.rejects(
            runProgram({ project: "aws-secure-foundation", stack: "bad", config: bad, mocks: mocks(), recorded, program: () => require(path.join(__dirname, "..", "..", "..", "index")) }),
            (e: unknown) => e instanceof ConfigError && pulumi.RunError.isInstance(e) &&
                e.message === 'Invalid stack config (1 problem):\n  1. foundation:accounts[0].email: "x" is not an email',
        );
        assert.deepStrictEqual(recorded.map(r => r.type), ["pulumi:pulumi:Stack"]);
    });

    it("in first-preview mode, makes ids and computed outputs unknown and records them as the engine's sentinel", async () => {
        const run = await runProgram({
            project: "p", stack: "first", config: {}, dryRun: true,
            mocks: new FoundationMocks("111111111111", "acme", { firstPreview: true }),
            program: () => {
                const provider = new aws.Provider("management", { region: "us-east-1" });
                const key = new aws.kms.Key("key", { description: "d", enableKeyRotation: true }, { provider });
                new aws.kms.Alias("alias", { name: "alias/acme/x", targetKeyId: key.keyId }, { provider });
                return { arn: key.arn, description: key.description };
            },
        });
        const byName = Object.fromEntries(run.resources.map(r => [r.name, r]));
        assert.strictEqual(byName.key.id, "");
        assert.deepStrictEqual(byName.key.state, { description: "d", enableKeyRotation: true, keyId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", arn: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" });
        assert.deepStrictEqual(byName.alias.inputs, { name: "alias/acme/x", targetKeyId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" });
        assert.deepStrictEqual(run.outputs, { arn: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", description: "d" });
        assert.match(String(byName.management.id), /^[0-9a-f-]{36}$/, "providers stay known");
    });
});
