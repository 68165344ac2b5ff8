import { definition as appsyncFieldLoggingEnabled } from "./appsync-field-logging-enabled";
import { definition as appsyncNoApiKeyAuth } from "./appsync-no-api-key-auth";

/** The appsync policies: resource policies, then stack policies. */
export const resourcePolicies = [appsyncFieldLoggingEnabled, appsyncNoApiKeyAuth] as const;
export const stackPolicies = [] as const;
