import { definition as securityhubEnabled } from "./securityhub-enabled";

/** The securityhub policies: resource policies, then stack policies. */
export const resourcePolicies = [securityhubEnabled] as const;
export const stackPolicies = [] as const;
