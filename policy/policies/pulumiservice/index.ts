import { definition as pulumiserviceDeploymentsOidc } from "./pulumiservice-deployments-oidc";

/** The pulumiservice policies: resource policies, then stack policies. */
export const resourcePolicies = [pulumiserviceDeploymentsOidc] as const;
export const stackPolicies = [] as const;
