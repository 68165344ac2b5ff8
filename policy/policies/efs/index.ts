import { definition as efsEncrypted } from "./efs-encrypted";

/** The efs policies: resource policies, then stack policies. */
export const resourcePolicies = [efsEncrypted] as const;
export const stackPolicies = [] as const;
