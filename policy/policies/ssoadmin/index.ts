import { definition as ssoadminPermissionSetShortSession } from "./ssoadmin-permission-set-short-session";

/** The ssoadmin policies: resource policies, then stack policies. */
export const resourcePolicies = [ssoadminPermissionSetShortSession] as const;
export const stackPolicies = [] as const;
