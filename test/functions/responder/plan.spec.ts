import * as assert from "assert";
import { inActionScope, planSteps } from "../../../functions/responder/plan";

describe("Responder: scope and plan (functions/responder/plan.ts)", () => {
    it("acts in a listed OU and below it, not in an OU whose name only starts the same", () => {
        assert.strictEqual(inActionScope("Workloads/NonProd", ["Workloads/NonProd"]), true);
        assert.strictEqual(inActionScope("Workloads/NonProd/Team", ["Sandbox", "Workloads/NonProd"]), true);
        assert.strictEqual(inActionScope("Workloads/NonProduction", ["Workloads/NonProd"]), false);
        assert.strictEqual(inActionScope("Workloads", ["Workloads/NonProd"]), false);
        assert.strictEqual(inActionScope(undefined, ["Sandbox"]), false);
        assert.strictEqual(inActionScope("Sandbox", []), false);
    });

    it("plans for an instance without volumes, Auto Scaling group or security groups", () => {
        assert.deepStrictEqual(planSteps({ instanceId: "i-1", volumeIds: [], networkInterfaceIds: [], securityGroupIds: [], isolated: false }, "acme-isolation", "f-1"), [
            "snapshot no volumes (none attached)",
            "tag i-1 and the snapshots with finding f-1",
            "no Auto Scaling group to detach from",
            "replace security groups (none) of 0 network interface(s) with acme-isolation (no ingress, no egress) in the instance's VPC",
            "never terminate or stop the instance: its memory and disks are evidence",
        ]);
    });
});
