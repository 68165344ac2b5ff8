import { definition as opensearchDomainHardened } from "./opensearch-domain-hardened";
import { definition as opensearchDomainSecure } from "./opensearch-domain-secure";

/** The opensearch policies: resource policies, then stack policies. */
export const resourcePolicies = [opensearchDomainHardened, opensearchDomainSecure] as const;
export const stackPolicies = [] as const;
