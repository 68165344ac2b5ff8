import { definition as ssmParameterSecretsEncrypted } from "./ssm-parameter-secrets-encrypted";

/** The ssm policies: resource policies, then stack policies. */
export const resourcePolicies = [ssmParameterSecretsEncrypted] as const;
export const stackPolicies = [] as const;
