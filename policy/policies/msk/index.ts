import { definition as mskClusterAuthenticated } from "./msk-cluster-authenticated";
import { definition as mskClusterSecure } from "./msk-cluster-secure";

/** The msk policies: resource policies, then stack policies. */
export const resourcePolicies = [mskClusterAuthenticated, mskClusterSecure] as const;
export const stackPolicies = [] as const;
