import { definition as elasticacheEncrypted } from "./elasticache-encrypted";

/** The elasticache policies: resource policies, then stack policies. */
export const resourcePolicies = [elasticacheEncrypted] as const;
export const stackPolicies = [] as const;
