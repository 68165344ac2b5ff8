import { StackResource, StackViolation, asString, defineStackPolicy, stringList } from "../../lib";

export const AWS_PROVIDER = "pulumi:providers:aws";

/**
 * Every AWS provider, and every resource that overrides its provider's region (`region`, an input
 * of every @pulumi/aws v7 resource), stays in the allowed regions. The organization's SCP denies
 * the others at run time; this says so at preview, before anything is half created.
 */
export function checkRegions(resources: readonly StackResource[], allowed: readonly string[]): StackViolation[] {
    if (allowed.length === 0) return [];
    return resources.flatMap((r) => {
        if (r.type !== AWS_PROVIDER && !r.type.startsWith("aws:")) return [];
        const region = asString(r.props["region"]);
        if (typeof region !== "string" || region.trim() === "" || allowed.includes(region.trim())) return [];
        return [{
            urn: r.urn,
            message: `region ${JSON.stringify(region)} is not one of the allowed regions ${allowed.join(", ")} (foundation guardrails): the organization's ` +
                "region guardrail denies it, so the deployment would fail half-way; use an allowed region, or add it to foundation:organization.allowedRegions " +
                "and to this policy's allowedRegions",
        }];
    });
}

export const definition = defineStackPolicy({
    name: "aws-allowed-regions",
    description: "AWS providers and resources use only the organization's allowed regions (policy config allowedRegions; empty: not checked).",
    enforcementLevel: "mandatory",
    severity: "medium",
    controls: { foundation: ["guardrails"] },
    configSchema: {
        properties: {
            allowedRegions: { type: "array", items: { type: "string" }, default: [], description: "Regions resources may use; empty turns the check off." },
        },
    },
    resourceTypes: [AWS_PROVIDER],
    check: (resources, config) => checkRegions(resources, stringList(config["allowedRegions"]).map((r) => r.trim())),
});
