import { UNKNOWN, asList, asString, defineResourcePolicy, privilegedManagedPolicy } from "../../lib";

const ROLE = "aws:iam/role:Role";
const ROLE_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const GROUP_ATTACHMENT = "aws:iam/groupPolicyAttachment:GroupPolicyAttachment";
const USER_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
export const POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
const ROLE_ATTACHMENTS_EXCLUSIVE = "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";
const USER_ATTACHMENTS_EXCLUSIVE = "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive";
const GROUP_ATTACHMENTS_EXCLUSIVE = "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive";

/**
 * AdministratorAccess, and any other AWS managed policy whose document allows Action "*" on every
 * resource (CIS 1.16 "*:*"; the table in policy/lib/managed-policies.ts). Policies built on NotAction,
 * such as PowerUserAccess, are not "*:*" and are left out.
 */
function adminMessages(arn: unknown, path: string): string[] {
    const value = asString(arn);
    const policy = typeof value === "string" ? privilegedManagedPolicy(value) : undefined;
    if (policy?.admin !== "Action") return [];
    return policy.name === "AdministratorAccess"
        ? [`${path} must not be AdministratorAccess (CIS 1.16): the principal can do anything in the account, including removing the guardrails of its own account; ` +
            "attach only the managed or custom policies its job needs"]
        : [`${path} must not be ${policy.name}, an AWS managed policy that allows Action "*" on every resource (CIS 1.16): the principal can do anything in the ` +
            "account its conditions allow; attach only the managed or custom policies its job needs"];
}

const single = (props: Record<string, unknown>) => adminMessages(props["policyArn"], "policyArn");

function listed(key: string): (props: Record<string, unknown>) => string[] {
    return (props) => {
        const arns = asList(props[key]);
        return arns === UNKNOWN || arns === undefined ? [] : arns.flatMap((arn, i) => adminMessages(arn, `${key}[${i}]`));
    };
}

export const definition = defineResourcePolicy({
    name: "iam-no-admin-policy-attached",
    description: "The AWS managed AdministratorAccess policy (or another AWS managed policy allowing \"*\" on every resource) is not attached to IAM roles, groups or users.",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { cis: ["1.16"] },
    checks: {
        [ROLE_ATTACHMENT]: single,
        [GROUP_ATTACHMENT]: single,
        [USER_ATTACHMENT]: single,
        [POLICY_ATTACHMENT]: single,
        [ROLE]: listed("managedPolicyArns"),
        [ROLE_ATTACHMENTS_EXCLUSIVE]: listed("policyArns"),
        [USER_ATTACHMENTS_EXCLUSIVE]: listed("policyArns"),
        [GROUP_ATTACHMENTS_EXCLUSIVE]: listed("policyArns"),
    },
});
