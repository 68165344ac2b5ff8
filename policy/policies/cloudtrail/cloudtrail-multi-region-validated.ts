import { UNKNOWN, Unknown, asBool, asList, asRecord, asString, defineResourcePolicy, stringList, valueAt } from "../../lib";

export const TRAIL = "aws:cloudtrail/trail:Trail";

/**
 * Does the trail log management events? Trails do by default; basic event selectors can turn them off
 * (`includeManagementEvents: false`), and advanced event selectors log only the categories they name
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html, read 2026-12-06).
 * `UNKNOWN` when the selectors are not known.
 */
export function logsManagementEvents(props: Record<string, unknown>): boolean | Unknown {
    const advanced = asList(props["advancedEventSelectors"]);
    if (advanced === UNKNOWN) return UNKNOWN;
    if (advanced !== undefined && advanced.length > 0) {
        let unknown = false;
        for (const selector of advanced) {
            const fields = asList(valueAt(selector, ["fieldSelectors"]));
            if (fields === UNKNOWN) {
                unknown = true;
                continue;
            }
            for (const field of fields ?? []) {
                const f = asRecord(field);
                if (f === UNKNOWN) {
                    unknown = true;
                    continue;
                }
                const name = asString(f?.["field"]);
                const equals = asList(f?.["equals"]);
                if (name === UNKNOWN || equals === UNKNOWN || (equals ?? []).includes(UNKNOWN)) unknown = true;
                else if (name === "eventCategory" && stringList(equals).includes("Management")) return true;
            }
        }
        return unknown ? UNKNOWN : false;
    }
    const basic = asList(props["eventSelectors"]);
    if (basic === UNKNOWN) return UNKNOWN;
    if (basic === undefined || basic.length === 0) return true;
    const included = basic.map((s) => asBool(valueAt(s, ["includeManagementEvents"])));
    if (included.some((v) => v !== false && v !== UNKNOWN)) return true;
    return included.includes(UNKNOWN) ? UNKNOWN : false;
}

/**
 * Trails that log management events record every region and global services; every trail is on and signs its log files.
 * A trail that logs only data events (e.g. one bucket's object events) may stay in one region: CIS 3.1 and FSBP
 * CloudTrail.1 ask for one multi-region trail with management events, which such a trail does not replace.
 */
export function checkTrail(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const management = logsManagementEvents(props);
    const multiRegion = asBool(props["isMultiRegionTrail"]);
    if (multiRegion !== UNKNOWN && multiRegion !== true && management === true) {
        messages.push(
            "isMultiRegionTrail must be true (CIS 3.1): a single-region trail misses API activity in every other region",
        );
    }
    const globalEvents = asBool(props["includeGlobalServiceEvents"]);
    if (globalEvents === false && management === true) {
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
        "CloudTrail trails that log management events are multi-region and include global service events; every trail is logging and validates log files.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["3.1", "3.2"], fsbp: ["CloudTrail.1", "CloudTrail.4"] },
    checks: { [TRAIL]: checkTrail },
});
