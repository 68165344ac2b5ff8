import { definition as efsAccessPointEnforced } from "./efs-access-point-enforced";
import { definition as efsEncrypted } from "./efs-encrypted";

/** The efs policies: resource policies, then stack policies. */
export const resourcePolicies = [efsAccessPointEnforced, efsEncrypted] as const;
export const stackPolicies = [] as const;
