import { definition as ebsEncryptionEnabled } from "./ebs-encryption-enabled";

/** The ebs policies: resource policies, then stack policies. */
export const resourcePolicies = [ebsEncryptionEnabled] as const;
export const stackPolicies = [] as const;
