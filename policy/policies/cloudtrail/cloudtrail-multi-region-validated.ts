import { UNKNOWN, asBool, defineResourcePolicy } from "../../lib";

export const TRAIL = "aws:cloudtrail/trail:Trail";

/** Trails record every region, global services, are on, and sign their log files. */
export function checkTrail(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const multiRegion = asBool(props["isMultiRegionTrail"]);
    if (multiRegion !== UNKNOWN && multiRegion !== true) {
        messages.push(
            "isMultiRegionTrail must be true (CIS 3.1): a single-region trail misses API activity in every other region",
        );
    }
    const globalEvents = asBool(props["includeGlobalServiceEvents"]);
    if (globalEvents === false) {
        messages.push(
            "includeGlobalServiceEvents must not be false (CIS 3.1): without it, IAM, STS and other global service events are not recorded",
        );
    }
    const logging = asBool(props["enableLogging"]);
    if (logging === false) {
        messages.push("enableLogging must not be false (CIS 3.1): a trail with logging off records nothing");
    }
    const validation = asBool(props["enableLogFileValidation"]);
    if (validation !== UNKNOWN && validation !== true) {
        messages.push(
            "enableLogFileValidation must be true (CIS 3.2): without it, log tampering cannot be detected",
        );
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "cloudtrail-multi-region-validated",
    description:
        "CloudTrail trails are multi-region, include global service events, are logging, and validate log files.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["3.1", "3.2"], fsbp: ["CloudTrail.1", "CloudTrail.4"] },
    checks: { [TRAIL]: checkTrail },
});
