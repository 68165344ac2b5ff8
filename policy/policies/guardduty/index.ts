import { definition as guarddutyEnabled } from "./guardduty-enabled";

/** The guardduty policies: resource policies, then stack policies. */
export const resourcePolicies = [guarddutyEnabled] as const;
export const stackPolicies = [] as const;
