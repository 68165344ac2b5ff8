import { definition as guarddutyEnabled } from "./guardduty-enabled";
import { definition as guarddutyOrganizationAutoEnable } from "./guardduty-organization-auto-enable";

/** The guardduty policies: resource policies, then stack policies. */
export const resourcePolicies = [guarddutyEnabled, guarddutyOrganizationAutoEnable] as const;
export const stackPolicies = [] as const;
