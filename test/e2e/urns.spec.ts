import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { preview } from "./preview-runs";
import { realUrns, type ReportedResource, urnsAnsweredTo } from "./real-urns";
const SNAPSHOTS = path.join(__dirname, "..", "fixtures", "urns");

/*
 * URN stability. test/fixtures/urns/<stack>.json holds every URN, in the engine's form, that the example
 * stacks had on 2026-12-06 (before the structure moved). An existing stack's next `pulumi up` replaces,
 * or on a protected resource fails at, every URN the program no longer answers to: each one must still
 * be produced or be mapped by an `aliases` entry. New URNs are allowed; the snapshot is never rewritten
 * to make this test pass.
 */
function report(stack: string, ...args: string[]): ReportedResource[] {
    const run = preview("--stack", stack, "--json", ...args);
    assert.strictEqual(run.status, 0, run.stderr);
    return (JSON.parse(run.stdout) as { resources: ReportedResource[] }).resources;
}

/**
 * The Pulumi Cloud settings left the foundation's stack for the pulumi-cloud project's stack of the same
 * name (issue 21). `pulumi state move` carries them there, renaming the project but keeping the type
 * chain of their URNs (pulumi/pulumi pkg/cmd/pulumi/state/state_move.go: renameStackAndProject), and the
 * project must answer to those URNs.
 */
const MOVED_TO_PULUMI_CLOUD = /^urn:pulumi:([^:]+)::aws-secure-foundation::(foundation:index:Foundation\$foundation:delivery:PulumiCloud.*)$/;
const movedUrn = (urn: string) => urn.replace(MOVED_TO_PULUMI_CLOUD, "urn:pulumi:$1::aws-secure-foundation-pulumi-cloud::$2");

/** URNs deleted on purpose, with why; a stack that has them sees their deletes in its preview. */
const DELETED_ON_PURPOSE: Record<string, string> = {
    "urn:pulumi:prod::aws-secure-foundation::foundation:index:Foundation$foundation:delivery:PulumiCloud$pulumiservice:index:ApprovalRule::foundation-pulumi-cloud-approval-rule":
        "the approval rule gated an ESC environment nothing created (issue 21); config now refuses foundation:pulumiCloud.approvals",
};

const answeredBy = (stack: string, ...args: string[]) =>
    new Set([...urnsAnsweredTo(report(stack, ...args)).values()].flatMap(forms => [...forms]));

describe("URN stability: every URN of the example stacks' snapshot is still answered to", () => {
    for (const stack of ["prod", "adopt"]) {
        it(`${stack}: produced or aliased, in the engine's form, by the foundation or, for the Pulumi Cloud settings, by the pulumi-cloud project`, () => {
            const snapshot: string[] = JSON.parse(fs.readFileSync(path.join(SNAPSHOTS, `${stack}.json`), "utf8"));
            const foundation = answeredBy(stack);
            const pulumiCloud = snapshot.some(urn => MOVED_TO_PULUMI_CLOUD.test(urn)) ? answeredBy(stack, "--project", "pulumi-cloud") : new Set<string>();
            const lost = snapshot.filter(urn => !(urn in DELETED_ON_PURPOSE) &&
                !(MOVED_TO_PULUMI_CLOUD.test(urn) ? pulumiCloud.has(movedUrn(urn)) : foundation.has(urn)));
            assert.deepStrictEqual(lost, []);
        });
    }

    it("the moved Pulumi Cloud resources keep their provider: the pulumi-cloud project's provider answers to the default provider they used", () => {
        assert.ok(answeredBy("prod", "--project", "pulumi-cloud").has("urn:pulumi:prod::aws-secure-foundation-pulumi-cloud::pulumi:providers:pulumiservice::default_1_3_0"));
    });

    it("the foundation's program no longer registers a Pulumi Cloud resource", () => {
        assert.deepStrictEqual(report("prod").filter(r => r.type.startsWith("pulumiservice:") || r.type === "foundation:delivery:PulumiCloud"), []);
    });
});

describe("engine-form URNs from the mock runtime's parent links", () => {
    const stack = "urn:pulumi:s::p::pulumi:pulumi:Stack::p-s";
    const resources: ReportedResource[] = [
        { urn: stack, type: "pulumi:pulumi:Stack", name: "p-s", parent: null, options: {} },
        { urn: "urn:pulumi:s::p::pulumi:pulumi:Stack$a:b:Top::top", type: "a:b:Top", name: "top", parent: stack, options: {} },
        { urn: "urn:pulumi:s::p::a:b:Top$a:b:Mid::mid", type: "a:b:Mid", name: "mid", parent: "urn:pulumi:s::p::pulumi:pulumi:Stack$a:b:Top::top", options: {} },
        {
            urn: "urn:pulumi:s::p::a:b:Mid$aws:s3/bucket:Bucket::b",
            type: "aws:s3/bucket:Bucket",
            name: "b",
            parent: "urn:pulumi:s::p::a:b:Top$a:b:Mid::mid",
            options: { aliases: [{ spec: { name: "old-b", parenturn: "urn:pulumi:s::p::pulumi:pulumi:Stack$a:b:Top::top" } }] },
        },
    ];

    it("puts every ancestor's type below the stack in the URN, and not the stack's", () => {
        assert.deepStrictEqual([...realUrns(resources).values()], [
            "urn:pulumi:s::p::pulumi:pulumi:Stack::p-s",
            "urn:pulumi:s::p::a:b:Top::top",
            "urn:pulumi:s::p::a:b:Top$a:b:Mid::mid",
            "urn:pulumi:s::p::a:b:Top$a:b:Mid$aws:s3/bucket:Bucket::b",
        ]);
    });

    it("answers to an alias under another parent, in that parent's engine form", () => {
        assert.deepStrictEqual([...urnsAnsweredTo(resources).get(resources[3].urn)!], [
            "urn:pulumi:s::p::a:b:Top$a:b:Mid$aws:s3/bucket:Bucket::b",
            "urn:pulumi:s::p::a:b:Top$aws:s3/bucket:Bucket::old-b",
        ]);
    });

    it("answers to its name under each URN its parent answers to (aliases inherited from the parent)", () => {
        const moved = resources.map(r => r.name === "mid"
            ? { ...r, options: { aliases: [{ spec: { noparent: true } }] } }
            : r);
        assert.deepStrictEqual([...urnsAnsweredTo(moved).get(resources[3].urn)!], [
            "urn:pulumi:s::p::a:b:Top$a:b:Mid$aws:s3/bucket:Bucket::b",
            "urn:pulumi:s::p::a:b:Mid$aws:s3/bucket:Bucket::b",
            "urn:pulumi:s::p::a:b:Top$aws:s3/bucket:Bucket::old-b",
        ]);
    });
});
