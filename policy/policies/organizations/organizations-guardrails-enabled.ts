import { UNKNOWN, asList, asString, defineResourcePolicy } from "../../lib";

export const ORGANIZATION = "aws:organizations/organization:Organization";

/** Guardrail policy types the foundation relies on. */
const REQUIRED_POLICY_TYPES = ["SERVICE_CONTROL_POLICY"];

function checkOrganization(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const featureSet = asString(props["featureSet"]);
    if (typeof featureSet === "string" && featureSet.trim().toUpperCase() !== "ALL") {
        messages.push(`featureSet must be "ALL" (foundation guardrails), got ${JSON.stringify(featureSet)}: with consolidated billing only, no service control policy applies`);
    }
    const types = asList(props["enabledPolicyTypes"]);
    if (types === UNKNOWN || types?.includes(UNKNOWN)) return messages;
    const enabled = new Set((types ?? []).filter((t): t is string => typeof t === "string").map((t) => t.trim().toUpperCase()));
    for (const type of REQUIRED_POLICY_TYPES.filter((t) => !enabled.has(t))) {
        messages.push(`enabledPolicyTypes must include "${type}" (foundation guardrails): without it every service control policy is detached and ignored`);
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "organizations-guardrails-enabled",
    description: "The organization keeps all features and service control policies enabled, so guardrails stay attached and enforced.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["guardrails"] },
    checks: { [ORGANIZATION]: checkOrganization },
});
