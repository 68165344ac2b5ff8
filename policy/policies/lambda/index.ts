import { definition as lambdaNoSecretsInEnvironment } from "./lambda-no-secrets-in-environment";
import { definition as lambdaPermissionSourceRestricted } from "./lambda-permission-source-restricted";
import { definition as lambdaRuntimeNotBlocked } from "./lambda-runtime-not-blocked";
import { definition as lambdaSupportedRuntime } from "./lambda-supported-runtime";

/** The lambda policies: resource policies, then stack policies. */
export const resourcePolicies = [lambdaNoSecretsInEnvironment, lambdaPermissionSourceRestricted, lambdaRuntimeNotBlocked, lambdaSupportedRuntime] as const;
export const stackPolicies = [] as const;
