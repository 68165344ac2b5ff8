import type { PulumiTrust } from "../../catalog/access/trust";

/*
 * The pipelines' role names and trusted stacks: config checks them, and the components and the
 * guardrails' exemptions use the same functions.
 */

/** The foundation's own pipeline: its role names are reserved in every account. */
export const FOUNDATION_PIPELINE = "foundation";

/** Names of the two roles of a pipeline; the same function names the IAM roles the components create. */
export function pipelineRoleNames(organizationName: string, pipelineName: string): { deploy: string; preview: string } {
    return { deploy: `${organizationName}-${pipelineName}-deploy`, preview: `${organizationName}-${pipelineName}-preview` };
}

/**
 * The Pulumi stacks the foundation's roles trust: its project's stacks, those Pulumi Cloud runs drift
 * detection on (`driftStacks`) marked so, which lets the deploy role trust their drift runs too.
 */
export function foundationPulumiTrust(project: string, stacks: readonly string[], driftStacks: readonly string[]): PulumiTrust[] {
    const drifting = stacks.filter(stack => driftStacks.includes(stack));
    const others = stacks.filter(stack => !driftStacks.includes(stack));
    return [
        ...(drifting.length > 0 ? [{ project, stacks: drifting, driftDetection: true }] : []),
        ...(others.length > 0 ? [{ project, stacks: others }] : []),
    ];
}

/** The foundation stacks with a drift schedule: foundation:pulumiCloud's stacks, unless its drift detection is off. */
export function driftDetectedStacks(
    pulumiCloud: { readonly stacks?: readonly (string | undefined)[]; readonly driftDetection?: { readonly enabled?: boolean } } | undefined,
    foundationStacks: readonly (string | undefined)[],
): string[] {
    if (!pulumiCloud || pulumiCloud.driftDetection?.enabled === false) return [];
    return (pulumiCloud.stacks ?? foundationStacks).filter((stack): stack is string => stack !== undefined);
}
