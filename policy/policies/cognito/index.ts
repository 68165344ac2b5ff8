import { definition as cognitoUserPoolMfa } from "./cognito-user-pool-mfa";

/** The cognito policies: resource policies, then stack policies. */
export const resourcePolicies = [cognitoUserPoolMfa] as const;
export const stackPolicies = [] as const;
