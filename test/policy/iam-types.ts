/** Type tokens of the IAM resources (and the Identity Center inline policy) that several policy specs check. */
export const POLICY = "aws:iam/policy:Policy";
export const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
export const ROLE = "aws:iam/role:Role";
export const ROLE_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
export const USER_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
export const GROUP_ATTACHMENT = "aws:iam/groupPolicyAttachment:GroupPolicyAttachment";
export const POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
export const ROLE_EXCLUSIVE = "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";
export const USER_EXCLUSIVE = "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive";
export const GROUP_EXCLUSIVE = "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive";
export const PERMISSION_SET_INLINE = "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy";
