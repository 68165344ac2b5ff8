import { definition as awsAllowedRegions } from "./aws-allowed-regions";
import { definition as resourcePolicyNotPublic } from "./resource-policy-not-public";

/** The cross-service policies: resource policies, then stack policies. */
export const resourcePolicies = [resourcePolicyNotPublic] as const;
export const stackPolicies = [awsAllowedRegions] as const;
