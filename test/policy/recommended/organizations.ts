import type { RecommendedSetting } from "./corpus";

/** Organizations, member accounts and IAM Identity Center permission sets, as their user guides recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:organizations/organization:Organization",
        title: "all features, with service control policies and resource control policies enabled",
        source: `https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html ${READ}`,
        props: { featureSet: "ALL", enabledPolicyTypes: ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"], awsServiceAccessPrincipals: ["cloudtrail.amazonaws.com", "sso.amazonaws.com"] },
    },
    {
        type: "aws:organizations/account:Account",
        title: "member account that stays open when its resource is deleted",
        source: `https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_close.html ${READ}`,
        props: { name: "Production", email: "aws-prod@example.com", parentId: "ou-abcd-12345678", closeOnDeletion: false },
    },
    {
        type: "aws:ssoadmin/permissionSet:PermissionSet",
        title: "permission set with the default one-hour session",
        source: `https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosessionduration.html ${READ}`,
        props: { instanceArn: "arn:aws:sso:::instance/ssoins-1234567890abcdef", name: "Developer", sessionDuration: "PT1H" },
    },
    {
        type: "aws:ssoadmin/permissionSet:PermissionSet",
        title: "permission set with the session duration left at its default",
        source: `https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosessionduration.html ${READ}`,
        props: { instanceArn: "arn:aws:sso:::instance/ssoins-1234567890abcdef", name: "ReadOnly" },
    },
];
