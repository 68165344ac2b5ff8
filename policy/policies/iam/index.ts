import { definition as iamManagedPolicyNoEscalation } from "./iam-managed-policy-no-escalation";
import { definition as iamNoAdminPolicyAttached } from "./iam-no-admin-policy-attached";
import { definition as iamNoPrivilegeEscalation } from "./iam-no-privilege-escalation";
import { definition as iamNoUserCredentials } from "./iam-no-user-credentials";
import { definition as iamNoWildcardActions } from "./iam-no-wildcard-actions";
import { definition as iamNoWildcardAdminPolicy } from "./iam-no-wildcard-admin-policy";
import { definition as iamPasswordPolicyStrong } from "./iam-password-policy-strong";
import { definition as iamPolicyActionsExist } from "./iam-policy-actions-exist";
import { definition as iamRoleTrustRestricted } from "./iam-role-trust-restricted";
import { definition as iamUserNoDirectPolicies } from "./iam-user-no-direct-policies";

/** The iam policies: resource policies, then stack policies. */
export const resourcePolicies = [
    iamManagedPolicyNoEscalation,
    iamNoAdminPolicyAttached,
    iamNoPrivilegeEscalation,
    iamNoUserCredentials,
    iamNoWildcardActions,
    iamNoWildcardAdminPolicy,
    iamPasswordPolicyStrong,
    iamPolicyActionsExist,
    iamRoleTrustRestricted,
    iamUserNoDirectPolicies,
] as const;
export const stackPolicies = [] as const;
