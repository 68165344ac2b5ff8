import { definition as emrBlockPublicAccess } from "./emr-block-public-access";

/** The emr policies: resource policies, then stack policies. */
export const resourcePolicies = [emrBlockPublicAccess] as const;
export const stackPolicies = [] as const;
