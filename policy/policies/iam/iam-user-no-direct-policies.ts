import { UNKNOWN, asList, defineResourcePolicy } from "../../lib";

export const USER_POLICY = "aws:iam/userPolicy:UserPolicy";
const USER_POLICY_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
export const POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";

const MESSAGE = "(CIS 1.15, FSBP IAM.2): permissions given user by user drift apart and outlive the person's role; attach policies to a group, " +
    "or better, use IAM Identity Center permission sets";

export const definition = defineResourcePolicy({
    name: "iam-user-no-direct-policies",
    description: "IAM users get permissions only through groups: no inline or attached user policies.",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { cis: ["1.15"], fsbp: ["IAM.2"] },
    checks: {
        [USER_POLICY]: () => [`an inline policy on a user ${MESSAGE}`],
        [USER_POLICY_ATTACHMENT]: () => [`a policy attached to a user ${MESSAGE}`],
        [POLICY_ATTACHMENT]: (props) => {
            const users = asList(props["users"]);
            return users !== UNKNOWN && users !== undefined && users.length > 0 ? [`users must be empty: a policy attached to users ${MESSAGE}`] : [];
        },
    },
});
