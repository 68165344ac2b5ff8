import { asBool, defineResourcePolicy } from "../../lib";

const DETECTOR = "aws:guardduty/detector:Detector";

function checkDetector(props: Record<string, unknown>): string[] {
    return asBool(props["enable"]) === false
        ? ["enable must not be false (FSBP GuardDuty.1): a suspended detector stops threat detection for the account and region"]
        : [];
}

/**
 * Detectors stay on. Which accounts the organization enables is guardduty-organization-auto-enable's (advisory): AWS
 * documents ALL, NEW and NONE, and enabling existing accounts one by one as members
 * (https://docs.aws.amazon.com/guardduty/latest/ug/maintaining-guardduty-organization-delegated-admin.html, read 2026-12-06).
 */
export const definition = defineResourcePolicy({
    name: "guardduty-enabled",
    description: "GuardDuty detectors stay enabled.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["GuardDuty.1"] },
    checks: { [DETECTOR]: checkDetector },
    remediations: { [DETECTOR]: () => ({ enable: true }) },
});
