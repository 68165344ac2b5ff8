import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

export const ORGANIZATION_CONFIGURATION = "aws:guardduty/organizationConfiguration:OrganizationConfiguration";

/** What each value leaves out, from the UpdateOrganizationConfiguration API reference (read 2026-12-06). */
const GAPS: { readonly [value: string]: string } = {
    NEW: "accounts that were members before this setting are not enabled by it; each needs an aws.guardduty.Member",
    NONE: "no account is enabled automatically, not even accounts that join later; each needs an aws.guardduty.Member",
};

/**
 * ALL enables every member account, existing and joining; NEW and NONE are documented options that leave accounts to be
 * enabled one by one (https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateOrganizationConfiguration.html,
 * https://docs.aws.amazon.com/guardduty/latest/ug/maintaining-guardduty-organization-delegated-admin.html, read 2026-12-06).
 */
export function checkOrganizationConfiguration(props: Record<string, unknown>): string[] {
    const auto = asString(props["autoEnableOrganizationMembers"]);
    if (auto === UNKNOWN || (typeof auto === "string" && auto.trim().toUpperCase() === "ALL")) return [];
    const value = typeof auto === "string" ? auto.trim().toUpperCase() : "";
    return [`autoEnableOrganizationMembers should be "ALL" (FSBP GuardDuty.1), got ${auto === undefined ? "not set" : JSON.stringify(auto)}: ` +
        `${GAPS[value] ?? "accounts may be left without threat detection"}, and one forgotten account is a blind spot`];
}

export const definition = defineResourcePolicy({
    name: "guardduty-organization-auto-enable",
    description: "The GuardDuty organization configuration enables every member account, existing and new (ALL).",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { fsbp: ["GuardDuty.1"] },
    checks: { [ORGANIZATION_CONFIGURATION]: checkOrganizationConfiguration },
});
