import { definition as cognitoIdentityPoolNoGuestAccess } from "./cognito-identity-pool-no-guest-access";
import { definition as cognitoUserPoolMfa } from "./cognito-user-pool-mfa";

/** The cognito policies: resource policies, then stack policies. */
export const resourcePolicies = [cognitoIdentityPoolNoGuestAccess, cognitoUserPoolMfa] as const;
export const stackPolicies = [] as const;
