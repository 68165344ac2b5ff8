import { UNKNOWN, asBool, asList, asNumber, asRecord, defineResourcePolicy } from "../../lib";
import { BLOCK_PUBLIC_ACCESS } from "./emr-block-public-access";

/** The permitted ranges other than SSH's port 22 (EMR's default exception), as "min-max"; skips unknown ones. */
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

/**
 * Exceptions to block public access are a documented setting (https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html,
 * read 2026-12-06): a port listed here may be opened to the internet by a cluster's security group.
 */
function checkExceptions(props: Record<string, unknown>): string[] {
    if (asBool(props["blockPublicSecurityGroupRules"]) === false) return [];
    const beyond = rangesBeyondSsh(props["permittedPublicSecurityGroupRuleRanges"]);
    return beyond.length > 0
        ? [`permittedPublicSecurityGroupRuleRanges should permit no port other than 22 (FSBP EMR.2), got ${beyond.join(", ")}: ` +
            "EMR clusters may then open those ports to the whole internet; reach the cluster's services through the VPC instead"]
        : [];
}

export const definition = defineResourcePolicy({
    name: "emr-public-port-exceptions",
    description: "EMR block public access permits no public port other than SSH's.",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { fsbp: ["EMR.2"] },
    checks: { [BLOCK_PUBLIC_ACCESS]: checkExceptions },
});
