import { asString, defineResourcePolicy } from "../../lib";

const ROLE_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const GROUP_ATTACHMENT = "aws:iam/groupPolicyAttachment:GroupPolicyAttachment";
const USER_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
export const POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";

const ADMIN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

function checkAttachment(props: Record<string, unknown>): string[] {
    const arn = asString(props["policyArn"]);
    return typeof arn === "string" && ADMIN.test(arn.trim())
        ? ["policyArn must not be AdministratorAccess (CIS 1.16): the principal can do anything in the account, including removing the guardrails of its own account; " +
            "attach only the managed or custom policies its job needs"]
        : [];
}

export const definition = defineResourcePolicy({
    name: "iam-no-admin-policy-attached",
    description: "The AWS managed AdministratorAccess policy is not attached to IAM roles, groups or users.",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { cis: ["1.16"] },
    checks: { [ROLE_ATTACHMENT]: checkAttachment, [GROUP_ATTACHMENT]: checkAttachment, [USER_ATTACHMENT]: checkAttachment, [POLICY_ATTACHMENT]: checkAttachment },
});
