import { definition as mskClusterSecure } from "./msk-cluster-secure";

/** The msk policies: resource policies, then stack policies. */
export const resourcePolicies = [mskClusterSecure] as const;
export const stackPolicies = [] as const;
