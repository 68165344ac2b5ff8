import { definition as ssmDocumentNotPublic } from "./ssm-document-not-public";
import { definition as ssmParameterSecretsEncrypted } from "./ssm-parameter-secrets-encrypted";

/** The ssm policies: resource policies, then stack policies. */
export const resourcePolicies = [ssmDocumentNotPublic, ssmParameterSecretsEncrypted] as const;
export const stackPolicies = [] as const;
