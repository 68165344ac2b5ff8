import { definition as elasticacheEncrypted } from "./elasticache-encrypted";
import { definition as elasticacheHardened } from "./elasticache-hardened";

/** The elasticache policies: resource policies, then stack policies. */
export const resourcePolicies = [elasticacheEncrypted, elasticacheHardened] as const;
export const stackPolicies = [] as const;
