/** Trusted services (service principals) and policy types of an organization. */
export interface OrganizationFeatures {
    readonly trustedServices: readonly string[];
    readonly policyTypes: readonly string[];
}

/**
 * AWS services the foundation integrates with the organization (trusted access). Every service
 * delegated to the audit account must be in this list; a component test checks that.
 */
export const TRUSTED_SERVICE_PRINCIPALS: readonly string[] = [
    "access-analyzer.amazonaws.com", // organization-wide IAM Access Analyzer
    "account.amazonaws.com", // alternate contacts of member accounts
    "cloudtrail.amazonaws.com", // organization trail
    "config.amazonaws.com", // AWS Config aggregation
    "config-multiaccountsetup.amazonaws.com", // organization Config rules and conformance packs
    "guardduty.amazonaws.com",
    "iam.amazonaws.com", // centralized root access
    "malware-protection.guardduty.amazonaws.com",
    "securityhub.amazonaws.com",
    "sso.amazonaws.com", // IAM Identity Center
];

/**
 * Services delegated to the audit account through AWS Organizations' generic registration.
 * GuardDuty and Security Hub are delegated through their own APIs (DelegatedAdministrators and
 * detection/GuardDuty): AWS asks for that, and GuardDuty's registration is per region.
 */
export const ORGANIZATIONS_DELEGATED_SERVICES: readonly string[] = [
    "access-analyzer.amazonaws.com",
    "config.amazonaws.com",
    "config-multiaccountsetup.amazonaws.com",
];

/**
 * Organization policy types the guardrails use: all three, whichever policies config creates. A type is
 * never disabled when config stops using it: disabling detaches every policy of that type, the
 * organization's own included, and would race the deletion of the foundation's policy.
 */
export const ENABLED_POLICY_TYPES: readonly string[] = ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "DECLARATIVE_POLICY_EC2"];

/** Trusted access AWS Control Tower enables; the foundation refuses an organization that has it. */
export const CONTROL_TOWER_PRINCIPAL = "controltower.amazonaws.com";

/**
 * What the organization ends up with: the foundation's services and policy types, then everything the
 * live organization and config say is already in use, minus only what config disables. Merged, never
 * reduced by omission: turning a trusted service off (which breaks the service relying on it) or a
 * policy type (which detaches every policy of the type) takes an explicit `disable`.
 */
export function mergedFeatures(existing: readonly OrganizationFeatures[], disable: OrganizationFeatures): { trustedServices: string[]; policyTypes: string[] } {
    const merge = (own: readonly string[], others: readonly string[], off: readonly string[]) =>
        [...own, ...[...new Set(others)].filter(x => !own.includes(x)).sort()].filter(x => !off.includes(x));
    return {
        trustedServices: merge(TRUSTED_SERVICE_PRINCIPALS, existing.flatMap(e => e.trustedServices), disable.trustedServices),
        policyTypes: merge(ENABLED_POLICY_TYPES, existing.flatMap(e => e.policyTypes), disable.policyTypes),
    };
}
