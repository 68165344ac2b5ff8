import { UNKNOWN, asBool, asList, asString, defineResourcePolicy, valueAt } from "../../lib";

const CONFIGURATION_POLICY = "aws:securityhub/configurationPolicy:ConfigurationPolicy";
export const ORGANIZATION_CONFIGURATION = "aws:securityhub/organizationConfiguration:OrganizationConfiguration";

function checkConfigurationPolicy(props: Record<string, unknown>): string[] {
    const enabled = asBool(valueAt(props, ["configurationPolicy", "serviceEnabled"]));
    if (enabled === false) {
        return ["configurationPolicy.serviceEnabled must be true (CIS 4.16): Security Hub would be turned off in every account and region the " +
            "policy is associated with, and their findings stop"];
    }
    const standards = asList(valueAt(props, ["configurationPolicy", "enabledStandardArns"]));
    return enabled === true && (standards === undefined || (Array.isArray(standards) && standards.length === 0))
        ? ["configurationPolicy.enabledStandardArns must name at least one standard (CIS 4.16): Security Hub would be on but run no checks"]
        : [];
}

export function checkOrganizationConfiguration(props: Record<string, unknown>): string[] {
    const type = asString(valueAt(props, ["organizationConfiguration", "configurationType"]));
    if (type === UNKNOWN || (typeof type === "string" && type.trim().toUpperCase() === "CENTRAL")) return [];
    return asBool(props["autoEnable"]) === false
        ? ["autoEnable must be true with local configuration (CIS 4.16): accounts that join the organization are left without Security Hub; " +
            'or set organizationConfiguration.configurationType to "CENTRAL" and associate a configuration policy']
        : [];
}

export const definition = defineResourcePolicy({
    name: "securityhub-enabled",
    description: "Security Hub stays on with at least one standard, and the organization enables it for new accounts.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["4.16"] },
    checks: { [CONFIGURATION_POLICY]: checkConfigurationPolicy, [ORGANIZATION_CONFIGURATION]: checkOrganizationConfiguration },
});
