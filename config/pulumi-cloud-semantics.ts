import type { RawDelivery } from "./delivery-schema";
import type { RawPipelines } from "./pipelines-schema";
import { keyPath, listedTwice, show, type ConfigProblem } from "./problems";
import type { DeepPartial } from "./semantics";

const at = (...segments: (string | number)[]) => keyPath("delivery", segments);

/** Meaning checks of foundation:delivery against foundation:pipelines, whose deploy role it uses. */
export function checkDelivery(delivery: DeepPartial<RawDelivery> | undefined, pipelines: DeepPartial<RawPipelines> | undefined): ConfigProblem[] {
    if (!delivery) return [];
    const foundation = pipelines?.foundation;
    if (!foundation) {
        return [{ path: at(), message: "needs foundation:pipelines.foundation: Pulumi Deployments signs in to AWS through the deploy role that section creates, never with stored keys" }];
    }
    const problems: ConfigProblem[] = [];
    // Without foundation:pipelines.pulumiOrganization, foundation:pipelines reports it: the deploy role needs it too.
    if (delivery.pulumiOrganization !== undefined && pipelines?.pulumiOrganization !== undefined && delivery.pulumiOrganization !== pipelines.pulumiOrganization) {
        problems.push({ path: at("pulumiOrganization"), message: `${show(delivery.pulumiOrganization)} differs from foundation:pipelines.pulumiOrganization ${show(pipelines.pulumiOrganization)}, the only audience the deploy role trusts` });
    }
    if (!("repository" in delivery) && !(foundation.github && "repository" in foundation.github)) {
        problems.push({ path: at("repository"), message: "is required: set it here or in foundation:pipelines.foundation.github.repository" });
    }
    const trusted = new Set(foundation.stacks ?? []);
    const stacks = delivery.stacks ?? [];
    problems.push(...listedTwice(stacks, i => at("stacks", i)));
    stacks.forEach((stack, i) => {
        if (stack !== undefined && foundation.stacks !== undefined && !trusted.has(stack)) {
            problems.push({ path: at("stacks", i), message: `${show(stack)} is not in foundation:pipelines.foundation.stacks: the deploy role would refuse its deployments` });
        }
    });
    const approvals = delivery.approvals;
    if (approvals?.required !== undefined && approvals.approvers !== undefined && approvals.required > approvals.approvers.length) {
        problems.push({ path: at("approvals", "required"), message: `is ${approvals.required}, more than the ${approvals.approvers.length} approvers listed: no change could ever be approved` });
    }
    return problems;
}
