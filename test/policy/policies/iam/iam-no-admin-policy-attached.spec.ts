/** iam-no-admin-policy-attached (policy/policies/iam/iam-no-admin-policy-attached.ts). */
import { definition as adminAttached } from "../../../../policy/policies/iam/iam-no-admin-policy-attached";
import { happy } from "../../factories";
import { GROUP_EXCLUSIVE, POLICY_ATTACHMENT, ROLE, ROLE_EXCLUSIVE, USER_ATTACHMENT } from "../../iam-types";
import { MANAGED } from "../../samples";
import { checkEach, typedTable } from "../../tables";

const ADMIN = "policyArn must not be AdministratorAccess (CIS 1.16): the principal can do anything in the account, including removing the guardrails of its own account; " +
    "attach only the managed or custom policies its job needs";
typedTable(adminAttached, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", [
    ["AdministratorAccess", { policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }, [ADMIN]],
    ["in GovCloud", { policyArn: "arn:aws-us-gov:iam::aws:policy/AdministratorAccess" }, [ADMIN]],
    ["a customer policy of the same name", { policyArn: "arn:aws:iam::111111111111:policy/AdministratorAccess" }, []],
]);
typedTable(adminAttached, "aws:iam/groupPolicyAttachment:GroupPolicyAttachment", [["AdministratorAccess", { policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }, [ADMIN]]]);

describe("policy iam-no-admin-policy-attached on every attachment form", () => {
    const ADMIN = (path: string) => `${path} must not be AdministratorAccess (CIS 1.16): the principal can do anything in the account, including removing the guardrails ` +
        "of its own account; attach only the managed or custom policies its job needs";
    checkEach(adminAttached, ROLE, [
        ["Role.managedPolicyArns with AdministratorAccess (checkov CKV_AWS_274 fail1)", { ...happy[ROLE]!(), managedPolicyArns: [`${MANAGED}AdministratorAccess`] },
            [ADMIN("managedPolicyArns[0]")]],
        ["Role.managedPolicyArns with AmazonS3ReadOnlyAccess (checkov pass1)", { ...happy[ROLE]!(), managedPolicyArns: [`${MANAGED}AmazonS3ReadOnlyAccess`] }, []],
    ]);
    checkEach(adminAttached, ROLE_EXCLUSIVE, [["RolePolicyAttachmentsExclusive", { roleName: "r", policyArns: [`${MANAGED}ReadOnlyAccess`, `${MANAGED}AdministratorAccess`] },
        [ADMIN("policyArns[1]")]]]);
    checkEach(adminAttached, POLICY_ATTACHMENT, [
        ["PolicyAttachment (checkov fail2)", { name: "fail2", roles: ["fail1"], policyArn: `${MANAGED}AdministratorAccess` }, [ADMIN("policyArn")]],
        ["another AWS managed policy allowing * on every resource", { name: "mcp", roles: ["agent"], policyArn: `${MANAGED}AWSMcpServiceActionsFullAccess` },
            ['policyArn must not be AWSMcpServiceActionsFullAccess, an AWS managed policy that allows Action "*" on every resource (CIS 1.16): the principal can do ' +
                "anything in the account its conditions allow; attach only the managed or custom policies its job needs"]],
        ["PowerUserAccess is not *:*", { name: "p", roles: ["deploy"], policyArn: `${MANAGED}PowerUserAccess` }, []],
    ]);
    checkEach(adminAttached, USER_ATTACHMENT, [["checkov fail4", { user: "user", policyArn: `${MANAGED}AdministratorAccess` }, [ADMIN("policyArn")]],
        ["checkov pass4", { user: "user", policyArn: `${MANAGED}AmazonS3ReadOnlyAccess` }, []]]);
    checkEach(adminAttached, GROUP_EXCLUSIVE, [["GroupPolicyAttachmentsExclusive", { groupName: "admins", policyArns: [`${MANAGED}AdministratorAccess`] }, [ADMIN("policyArns[0]")]]]);
});
