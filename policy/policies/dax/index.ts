import { definition as daxClusterEncrypted } from "./dax-cluster-encrypted";

/** The dax policies: resource policies, then stack policies. */
export const resourcePolicies = [daxClusterEncrypted] as const;
export const stackPolicies = [] as const;
