import { definition as lambdaNoSecretsInEnvironment } from "./lambda-no-secrets-in-environment";
import { definition as lambdaSupportedRuntime } from "./lambda-supported-runtime";

/** The lambda policies: resource policies, then stack policies. */
export const resourcePolicies = [lambdaNoSecretsInEnvironment, lambdaSupportedRuntime] as const;
export const stackPolicies = [] as const;
