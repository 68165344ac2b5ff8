import { definition as secretsmanagerSecretRecoverable } from "./secretsmanager-secret-recoverable";
import { definition as secretsmanagerSecretRotated } from "./secretsmanager-secret-rotated";

/** The secretsmanager policies: resource policies, then stack policies. */
export const resourcePolicies = [secretsmanagerSecretRecoverable] as const;
export const stackPolicies = [secretsmanagerSecretRotated] as const;
