import * as assert from "assert";
import { runTs, useMoto } from "../../moto";

/*
 * The incident responder (functions/responder) end to end on moto (test/moto.ts): the real handler, in
 * a child process (test/functions/responder/responder-scenario.ts), against an Auto Scaling instance with an extra
 * EBS volume in account 111122223333, reached by AssumeRole. The aws-sdk-client-mock unit tests
 * (test/functions/responder/index.spec.ts) cover what moto cannot produce: AssumeRole failures, throttling,
 * malformed instance ids.
 */

interface Run {
    outcome: string;
    instanceId: string;
    volumeIds: string[];
    extraVolume: string;
    before: State;
    after: State;
    published: { subject: string; message: string }[];
}

interface State {
    instanceTags: [string, string][];
    networkInterfaceGroups: string[];
    snapshots: { volumeId: string; tags: [string, string][] }[];
    inAutoScalingGroup: boolean;
    groupInstances: string[];
    isolationGroup?: { ingress: number; egress: number };
}

const FINDING = "16afba5c5c43e07c9e3e5e2e544e95df";

describe("Incident responder end to end on moto", () => {
    const moto = useMoto();

    function scenario(mode: "act" | "dry-run"): Run {
        const r = runTs("test/functions/responder/responder-scenario.ts", [mode], moto.env());
        assert.strictEqual(r.status, 0, r.stderr);
        const line = r.stdout.split("\n").find(l => l.startsWith("RESULT "));
        assert.ok(line, r.stdout);
        return JSON.parse(line.slice("RESULT ".length));
    }

    it("in an OU it acts on: snapshots every volume, tags, detaches from the Auto Scaling group and isolates the instance", () => {
        const run = scenario("act");
        assert.strictEqual(run.outcome, "acted");
        assert.strictEqual(run.volumeIds.length, 2, "the root volume and the extra one");
        assert.deepStrictEqual(run.before, {
            instanceTags: [], networkInterfaceGroups: ["default"], snapshots: [], inAutoScalingGroup: true, groupInstances: [run.instanceId],
        });
        const { after } = run;
        // moto deviation: CopyTagsFromSource is ignored, so the snapshots carry only the tag the responder sets itself.
        assert.deepStrictEqual(after.snapshots, run.volumeIds.map(volumeId => ({ volumeId, tags: [["foundation:incident-finding", FINDING]] })));
        assert.deepStrictEqual(after.instanceTags.map(([key]) => key), ["foundation:incident-finding", "foundation:isolated-at"]);
        assert.deepStrictEqual(after.instanceTags[0], ["foundation:incident-finding", FINDING]);
        assert.match(after.instanceTags[1][1], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        assert.strictEqual(after.inAutoScalingGroup, false);
        assert.strictEqual(after.groupInstances.length, 1, "the group launched a replacement");
        assert.notStrictEqual(after.groupInstances[0], run.instanceId);
        // The group launched it without security groups of its own: moto then replaces the ENI's groups exactly (for an instance
        // launched with groups, moto reports the union of old and new, a deviation from AWS).
        assert.deepStrictEqual(after.networkInterfaceGroups, ["acme-isolation"]);
        assert.deepStrictEqual(after.isolationGroup, { ingress: 0, egress: 0 });
        assert.deepStrictEqual(run.published.map(p => p.subject), [`[HIGH] Sandbox: Isolated ${run.instanceId} (Backdoor:EC2/C&CActivity.B)`]);
        const done = run.published[0].message.split("\n\n")[2].split("\n");
        assert.deepStrictEqual(done.slice(0, 2), ["Sandbox is in OU Sandbox, where the response acts", "Done:"]);
        assert.match(done[2], /^- snapshots snap-[0-9a-f]+, snap-[0-9a-f]+ started$/);
        assert.deepStrictEqual(done.slice(3, 5), [`- tagged ${run.instanceId} foundation:incident-finding=${FINDING}`, "- detached from Auto Scaling group web"]);
        assert.match(done[5], /^- moved 1 network interface\(s\) to acme-isolation \(sg-[0-9a-f]+\)$/);
    });

    it("outside the OUs it acts on: changes nothing and publishes the plan", () => {
        const run = scenario("dry-run");
        assert.strictEqual(run.outcome, "dry-run");
        assert.deepStrictEqual(run.after, run.before);
        assert.deepStrictEqual(run.before, {
            instanceTags: [], networkInterfaceGroups: ["default"], snapshots: [], inAutoScalingGroup: true, groupInstances: [run.instanceId],
        });
        assert.deepStrictEqual(run.published.map(p => p.subject), [`[HIGH] Production: DRY-RUN, would isolate ${run.instanceId} (Backdoor:EC2/C&CActivity.B)`]);
        const root = run.volumeIds.find(v => v !== run.extraVolume);
        const plan = run.published[0].message.split("\n\n")[2].split("\n");
        assert.deepStrictEqual(plan.slice(0, 5), [
            "Production is in OU Workloads/Prod, outside the OUs the response acts in (Sandbox, Workloads/NonProd)",
            "Would:",
            `- snapshot volumes ${root}, ${run.extraVolume}`,
            `- tag ${run.instanceId} and the snapshots with finding ${FINDING}`,
            `- detach ${run.instanceId} from Auto Scaling group web (it launches a replacement)`,
        ]);
        assert.match(plan[5], /^- replace security groups sg-[0-9a-f]+ of 1 network interface\(s\) with acme-isolation \(no ingress, no egress\) in vpc-[0-9a-f]+$/);
        assert.strictEqual(plan[6], "- never terminate or stop the instance: its memory and disks are evidence");
    });
});
