import { NO_DATA_READS } from "../../catalog/iam-lists";
import { policyDocument, type PolicyDocument, type PolicyStatement } from "../../catalog/iam-document";

/*
 * Permissions of the pipeline roles. The foundation's deploy role may administer only the services
 * the foundation manages; a test compares this list with the resource types the program creates.
 */

/** IAM service prefixes of everything the foundation manages in the management account. */
export const FOUNDATION_SERVICES: readonly string[] = [
    "account", "cloudtrail", "cloudwatch", "config", "events", "guardduty", "iam", "identitystore", "kms", "logs",
    "organizations", "s3", "securityhub", "sns", "sso",
];

/** EBS encryption by default, the one EC2 setting of the account baseline. */
export const EBS_DEFAULT_ENCRYPTION_ACTIONS: readonly string[] = [
    "ec2:DisableEbsEncryptionByDefault", "ec2:EnableEbsEncryptionByDefault", "ec2:GetEbsDefaultKmsKeyId",
    "ec2:GetEbsEncryptionByDefault", "ec2:ModifyEbsDefaultKmsKeyId", "ec2:ResetEbsDefaultKmsKeyId",
];

/** Long-lived credentials: no pipeline creates them, so none may. */
export const LONG_LIVED_CREDENTIAL_ACTIONS: readonly string[] = [
    "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:CreateUser", "iam:UpdateLoginProfile",
];

const noDataReads: PolicyStatement = { ...NO_DATA_READS, Action: [...NO_DATA_READS.Action] };

const noLongLivedCredentials: PolicyStatement = {
    Sid: "NoLongLivedCredentials", Effect: "Deny", Action: [...LONG_LIVED_CREDENTIAL_ACTIONS], Resource: "*",
};

/** The foundation's deploy role: the services it manages, and the access role of every member account. */
export function foundationDeployPolicy(accessRoleName: string): PolicyDocument {
    return policyDocument(
        { Sid: "ManageFoundationServices", Effect: "Allow", Action: [...FOUNDATION_SERVICES.map(service => `${service}:*`), ...EBS_DEFAULT_ENCRYPTION_ACTIONS], Resource: "*" },
        { Sid: "ReachMemberAccounts", Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::*:role/${accessRoleName}` },
        noLongLivedCredentials,
    );
}

/** The foundation's preview role, beyond ReadOnlyAccess: no data reads; the read-only role of every member account. */
export function foundationPreviewPolicy(memberPreviewRoleName: string): PolicyDocument {
    return policyDocument(
        noDataReads,
        { Sid: "ReachMemberAccountsReadOnly", Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::*:role/${memberPreviewRoleName}` },
    );
}

/** Any preview role and a workload deploy role: inline additions to their managed policies. */
export const readOnlyPolicy = (): PolicyDocument => policyDocument(noDataReads);
export const workloadDeployPolicy = (): PolicyDocument => policyDocument(noLongLivedCredentials);
