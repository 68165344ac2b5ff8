import { UNKNOWN, asBool, asString, defineResourcePolicy } from "../../lib";

const DETECTOR = "aws:guardduty/detector:Detector";
export const ORGANIZATION_CONFIGURATION = "aws:guardduty/organizationConfiguration:OrganizationConfiguration";

function checkDetector(props: Record<string, unknown>): string[] {
    return asBool(props["enable"]) === false
        ? ["enable must not be false (FSBP GuardDuty.1): a suspended detector stops threat detection for the account and region"]
        : [];
}

export function checkOrganizationConfiguration(props: Record<string, unknown>): string[] {
    const auto = asString(props["autoEnableOrganizationMembers"]);
    return auto === UNKNOWN || (typeof auto === "string" && auto.trim().toUpperCase() === "ALL")
        ? []
        : [`autoEnableOrganizationMembers must be "ALL" (FSBP GuardDuty.1), got ${auto === undefined ? "not set" : JSON.stringify(auto)}: ` +
            "accounts that exist, or join later, are left without threat detection"];
}

export const definition = defineResourcePolicy({
    name: "guardduty-enabled",
    description: "GuardDuty detectors stay enabled and the organization configuration enables every member account.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["GuardDuty.1"] },
    checks: { [DETECTOR]: checkDetector, [ORGANIZATION_CONFIGURATION]: checkOrganizationConfiguration },
    remediations: { [DETECTOR]: () => ({ enable: true }) },
});
