import { definition as opensearchDomainSecure } from "./opensearch-domain-secure";

/** The opensearch policies: resource policies, then stack policies. */
export const resourcePolicies = [opensearchDomainSecure] as const;
export const stackPolicies = [] as const;
