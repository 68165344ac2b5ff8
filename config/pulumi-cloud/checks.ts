import type { Written } from "../area";
import type { PipelinesSchema } from "../pipelines/schema";
import { keyPath, listedTwice, show, type ConfigProblem } from "../problems";
import type { PulumiCloudSchema } from "./schema";

const at = (...segments: (string | number)[]) => keyPath("pulumiCloud", segments);

/** Meaning checks of foundation:pulumiCloud against foundation:pipelines, whose deploy role it uses. */
export function checkPulumiCloud({ pulumiCloud, pipelines }: {
    readonly pulumiCloud?: Written<typeof PulumiCloudSchema>;
    readonly pipelines?: Written<typeof PipelinesSchema>;
}): ConfigProblem[] {
    if (!pulumiCloud) return [];
    const foundation = pipelines?.foundation;
    if (!foundation) {
        return [{ path: at(), message: "needs foundation:pipelines.foundation: Pulumi Deployments signs in to AWS through the deploy role that section creates, never with stored keys" }];
    }
    const problems: ConfigProblem[] = [];
    // Without foundation:pipelines.pulumiOrganization, foundation:pipelines reports it: the deploy role needs it too.
    if (pulumiCloud.pulumiOrganization !== undefined && pipelines?.pulumiOrganization !== undefined && pulumiCloud.pulumiOrganization !== pipelines.pulumiOrganization) {
        problems.push({ path: at("pulumiOrganization"), message: `${show(pulumiCloud.pulumiOrganization)} differs from foundation:pipelines.pulumiOrganization ${show(pipelines.pulumiOrganization)}, the only audience the deploy role trusts` });
    }
    if (!("repository" in pulumiCloud) && !(foundation.github && "repository" in foundation.github)) {
        problems.push({ path: at("repository"), message: "is required: set it here or in foundation:pipelines.foundation.github.repository" });
    }
    const trusted = new Set(foundation.stacks ?? []);
    const stacks = pulumiCloud.stacks ?? [];
    problems.push(...listedTwice(stacks, i => at("stacks", i)));
    stacks.forEach((stack, i) => {
        if (stack !== undefined && foundation.stacks !== undefined && !trusted.has(stack)) {
            problems.push({ path: at("stacks", i), message: `${show(stack)} is not in foundation:pipelines.foundation.stacks: the deploy role would refuse its deployments` });
        }
    });
    return problems;
}
