import { UNKNOWN, asBool, asList, asNumber, asRecord, defineResourcePolicy } from "../../lib";

const BLOCK_PUBLIC_ACCESS = "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration";

/** The permitted ranges other than SSH's port 22, as "min-max"; skips unknown ones. */
function rangesBeyondSsh(value: unknown): string[] {
    const ranges = asList(value);
    if (!Array.isArray(ranges)) return [];
    const beyond: string[] = [];
    for (const entry of ranges) {
        const range = asRecord(entry);
        if (range === undefined || range === UNKNOWN) continue;
        const min = asNumber(range["minRange"]);
        const max = asNumber(range["maxRange"]);
        if (typeof min !== "number" || typeof max !== "number") continue;
        if (min !== 22 || max !== 22) beyond.push(min === max ? `${min}` : `${min}-${max}`);
    }
    return beyond;
}

function checkBlockPublicAccess(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    if (asBool(props["blockPublicSecurityGroupRules"]) === false) {
        messages.push("blockPublicSecurityGroupRules must be true (FSBP EMR.2): EMR would start clusters whose security groups let anyone on the " +
            "internet reach them, in this account and region");
    }
    const beyond = rangesBeyondSsh(props["permittedPublicSecurityGroupRuleRanges"]);
    if (beyond.length > 0) {
        messages.push(`permittedPublicSecurityGroupRuleRanges must not permit ports other than 22 (FSBP EMR.2), got ${beyond.join(", ")}: ` +
            "EMR clusters could open those ports to the internet; remove the ranges and reach the cluster's services through the VPC");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "emr-block-public-access",
    description: "EMR block public access stays on, with no public port other than SSH permitted.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["EMR.2"] },
    checks: { [BLOCK_PUBLIC_ACCESS]: checkBlockPublicAccess },
    remediations: { [BLOCK_PUBLIC_ACCESS]: (props) => (asBool(props["blockPublicSecurityGroupRules"]) === false ? { blockPublicSecurityGroupRules: true } : undefined) },
});
