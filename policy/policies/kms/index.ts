import { definition as kmsKeyDeletionWindow } from "./kms-key-deletion-window";
import { definition as kmsKeyEnabled } from "./kms-key-enabled";
import { definition as kmsKeyRotationEnabled } from "./kms-key-rotation-enabled";

/** The kms policies: resource policies, then stack policies. */
export const resourcePolicies = [kmsKeyDeletionWindow, kmsKeyEnabled, kmsKeyRotationEnabled] as const;
export const stackPolicies = [] as const;
