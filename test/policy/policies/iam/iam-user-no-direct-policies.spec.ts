/** iam-user-no-direct-policies (policy/policies/iam/iam-user-no-direct-policies.ts). */
import { UNKNOWN } from "../../../../policy/lib";
import { definition as userPolicies } from "../../../../policy/policies/iam/iam-user-no-direct-policies";
import { configTable } from "../../tables";

const DIRECT = "(CIS 1.15, FSBP IAM.2): permissions given user by user drift apart and outlive the person's role; attach policies to a group, " +
    "or better, use IAM Identity Center permission sets";
configTable(userPolicies, "aws:iam/userPolicyAttachment:UserPolicyAttachment", [["attached to a user", {}, [`a policy attached to a user ${DIRECT}`]]]);
configTable(userPolicies, "aws:iam/userPolicy:UserPolicy", [["inline on a user", {}, [`an inline policy on a user ${DIRECT}`]]]);
configTable(userPolicies, "aws:iam/policyAttachment:PolicyAttachment", [
    ["groups and roles only", {}, []],
    ["with users", { users: ["alice"] }, [`users must be empty: a policy attached to users ${DIRECT}`]],
    ["users unknown", { users: UNKNOWN }, []],
]);
