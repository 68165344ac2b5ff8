import type { RecommendedSetting } from "./corpus";

/**
 * IAM, as the IAM user guide and the service guides recommend it. The pages were read on
 * 2026-12-06 (their text from the awsdocs GitHub copies where the live page could not be fetched).
 */
const READ = "(read 2026-12-06)";
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const BOUNDARIES = `https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html#access_policies_boundaries-delegate ${READ}`;

export const settings: RecommendedSetting[] = [
    {
        type: "aws:iam/policy:Policy",
        title: "DelegatedUserBoundary: IAM user administration only with the XCompanyBoundaries permissions boundary (the delegation pattern)",
        source: BOUNDARIES,
        props: {
            name: "DelegatedUserBoundary",
            policy: doc(
                {
                    Sid: "CreateOrChangeOnlyWithBoundary", Effect: "Allow",
                    Action: ["iam:AttachUserPolicy", "iam:CreateUser", "iam:DeleteUserPolicy", "iam:DetachUserPolicy", "iam:PutUserPermissionsBoundary", "iam:PutUserPolicy"],
                    Resource: "*",
                    Condition: { StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::123456789012:policy/XCompanyBoundaries" } },
                },
                {
                    Sid: "CloudWatchAndOtherIAMTasks", Effect: "Allow",
                    Action: [
                        "cloudwatch:*", "iam:CreateAccessKey", "iam:CreateGroup", "iam:CreateLoginProfile", "iam:CreatePolicy", "iam:DeleteGroup", "iam:DeletePolicy",
                        "iam:DeletePolicyVersion", "iam:DeleteUser", "iam:GetAccountPasswordPolicy", "iam:GetGroup", "iam:GetLoginProfile", "iam:GetPolicy",
                        "iam:GetPolicyVersion", "iam:GetRolePolicy", "iam:GetUser", "iam:GetUserPolicy", "iam:ListAccessKeys", "iam:ListAttachedRolePolicies",
                        "iam:ListAttachedUserPolicies", "iam:ListEntitiesForPolicy", "iam:ListGroups", "iam:ListGroupsForUser", "iam:ListMFADevices", "iam:ListPolicies",
                        "iam:ListPolicyVersions", "iam:ListRolePolicies", "iam:ListSSHPublicKeys", "iam:ListServiceSpecificCredentials", "iam:ListSigningCertificates",
                        "iam:ListUserPolicies", "iam:ListUsers", "iam:SetDefaultPolicyVersion", "iam:SimulateCustomPolicy", "iam:SimulatePrincipalPolicy",
                        "iam:UpdateGroup", "iam:UpdateLoginProfile", "iam:UpdateUser",
                    ],
                    NotResource: "arn:aws:iam::123456789012:user/Maria",
                },
                {
                    Sid: "NoBoundaryPolicyEdit", Effect: "Deny",
                    Action: ["iam:CreatePolicyVersion", "iam:DeletePolicy", "iam:DeletePolicyVersion", "iam:SetDefaultPolicyVersion"],
                    Resource: ["arn:aws:iam::123456789012:policy/XCompanyBoundaries", "arn:aws:iam::123456789012:policy/DelegatedUserBoundary"],
                },
                { Sid: "NoBoundaryUserDelete", Effect: "Deny", Action: "iam:DeleteUserPermissionsBoundary", Resource: "*" },
            ),
        },
        // "cloudwatch:*" in a customer managed policy fails FSBP IAM.21 (which skips permissions boundaries, a use the pack cannot see).
        advisory: ["iam-no-wildcard-actions"],
    },
    {
        type: "aws:iam/policy:Policy",
        title: "XCompanyBoundaries: the permissions boundary of the delegated users",
        source: BOUNDARIES,
        props: {
            name: "XCompanyBoundaries",
            policy: doc(
                { Sid: "ServiceBoundaries", Effect: "Allow", Action: ["s3:*", "cloudwatch:*", "ec2:*", "dynamodb:*"], Resource: "*" },
                { Sid: "AllowIAMConsoleForCredentials", Effect: "Allow", Action: ["iam:ListUsers", "iam:GetAccountPasswordPolicy"], Resource: "*" },
                {
                    Sid: "AllowManageOwnPasswordAndAccessKeys", Effect: "Allow",
                    Action: ["iam:*AccessKey*", "iam:ChangePassword", "iam:GetUser", "iam:*ServiceSpecificCredential*", "iam:*SigningCertificate*"],
                    Resource: ["arn:aws:iam::*:user/${aws:username}"],
                },
                { Sid: "DenyS3Logs", Effect: "Deny", Action: "s3:*", Resource: ["arn:aws:s3:::logs", "arn:aws:s3:::logs/*"] },
                { Sid: "DenyEC2Production", Effect: "Deny", Action: "ec2:*", Resource: "arn:aws:ec2:*:*:instance/i-1234567890abcdef0" },
            ),
        },
        advisory: ["iam-no-wildcard-actions"],
    },
    {
        type: "aws:iam/policy:Policy",
        title: "attaching only two named managed policies to users (iam:PolicyARN)",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_iam_limit-managed.html ${READ}`,
        props: {
            name: "limit-managed",
            policy: JSON.stringify({
                Version: "2012-10-17",
                Statement: {
                    Effect: "Allow", Action: ["iam:AttachUserPolicy", "iam:DetachUserPolicy"], Resource: "*",
                    Condition: { ArnEquals: { "iam:PolicyARN": ["arn:aws:iam::*:policy/policy-name-1", "arn:aws:iam::*:policy/policy-name-2"] } },
                },
            }),
        },
    },
    {
        type: "aws:iam/policy:Policy",
        title: "passing any role, only to CloudWatch (iam:PassedToService)",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_iam-passrole-service.html ${READ}`,
        props: {
            name: "pass-role-to-cloudwatch",
            policy: doc({ Effect: "Allow", Action: "iam:PassRole", Resource: "*", Condition: { StringEquals: { "iam:PassedToService": "cloudwatch.amazonaws.com" } } }),
        },
    },
    {
        type: "aws:iam/rolePolicy:RolePolicy",
        title: "a Lambda function's own log group (the execution role's permissions)",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html ${READ}`,
        props: {
            role: "orders-api",
            policy: doc(
                { Effect: "Allow", Action: "logs:CreateLogGroup", Resource: "arn:aws:logs:us-east-1:111122223333:*" },
                { Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: "arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/orders-api:*" },
            ),
        },
    },
    {
        type: "aws:iam/role:Role",
        title: "Lambda execution role with AWSLambdaBasicExecutionRole (managedPolicyArns, deprecated but accepted by v7)",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html ${READ}`,
        props: {
            name: "orders-api",
            assumeRolePolicy: doc({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }),
            managedPolicyArns: ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
        },
    },
    {
        type: "aws:iam/role:Role",
        title: "GitHub Actions role limited to one repository and branch, with an inline policy",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub ${READ}`,
        props: {
            name: "github-deploy",
            assumeRolePolicy: doc({
                Effect: "Allow", Principal: { Federated: "arn:aws:iam::012345678910:oidc-provider/token.actions.githubusercontent.com" },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringEquals: {
                    "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                    "token.actions.githubusercontent.com:sub": "repo:GitHubOrg/GitHubRepo:ref:refs/heads/GitHubBranch",
                } },
            }),
            inlinePolicies: [{ name: "read-artifacts", policy: doc({ Effect: "Allow", Action: ["s3:GetObject"], Resource: "arn:aws:s3:::artifacts/*" }) }],
        },
    },
    {
        type: "aws:iam/role:Role",
        title: "GitHub Actions role limited to the organization, the minimum AWS recommends",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub ${READ}`,
        props: {
            name: "github-ci",
            assumeRolePolicy: doc({
                Effect: "Allow", Principal: { Federated: "arn:aws:iam::012345678910:oidc-provider/token.actions.githubusercontent.com" },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringLike: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:GitHubOrg/*" } },
            }),
        },
    },
    {
        type: "aws:iam/role:Role",
        title: "third-party role trusted by one account with an external id",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html ${READ}`,
        props: {
            name: "example-corp",
            assumeRolePolicy: doc({
                Effect: "Allow", Principal: { AWS: "arn:aws:iam::444455556666:root" }, Action: "sts:AssumeRole",
                Condition: { StringEquals: { "sts:ExternalId": "Unique ID Assigned by Example Corp" } },
            }),
            managedPolicyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
        },
    },
    {
        type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        title: "AWSLambdaBasicExecutionRole on a function's execution role",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html ${READ}`,
        props: { role: "orders-api", policyArn: "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole" },
    },
    {
        type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        title: "AmazonSSMManagedInstanceCore on an EC2 instance role",
        source: `https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-instance-permissions.html ${READ}`,
        props: { role: "web-instance", policyArn: "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore" },
    },
    {
        type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        title: "AmazonEC2ContainerServiceEventsRole on the role EventBridge uses to run ECS tasks (a service-role policy)",
        source: `https://docs.aws.amazon.com/AmazonECS/latest/developerguide/CWE_IAM_role.html ${READ}`,
        props: { role: "ecsEventsRole", policyArn: "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceEventsRole" },
    },
    {
        type: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
        title: "a function role's only managed policies: basic execution and X-Ray",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html ${READ}`,
        props: { roleName: "orders-api", policyArns: ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"] },
    },
    {
        type: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
        title: "the Security Auditor job function (SecurityAudit) on a group",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html ${READ}`,
        props: { group: "auditors", policyArn: "arn:aws:iam::aws:policy/SecurityAudit" },
    },
    {
        type: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
        title: "the Administrator job function (AdministratorAccess) on the administrators' group: CIS 1.16 advises against it",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html ${READ}`,
        props: { group: "administrators", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" },
        advisory: ["iam-no-admin-policy-attached"],
    },
    {
        type: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
        title: "the Data scientist job function: it passes any role to SageMaker, which runs notebooks",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html ${READ}`,
        props: { group: "data-scientists", policyArn: "arn:aws:iam::aws:policy/job-function/DataScientist" },
        advisory: ["iam-managed-policy-no-escalation"],
    },
    {
        type: "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive",
        title: "the View-only user job function on a group",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html ${READ}`,
        props: { groupName: "viewers", policyArns: ["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"] },
    },
    {
        type: "aws:iam/policyAttachment:PolicyAttachment",
        title: "ReadOnlyAccess for a group and a role",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html ${READ}`,
        props: { name: "read-only", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", groups: ["auditors"], roles: ["readonly"] },
    },
    {
        type: "aws:iam/groupPolicy:GroupPolicy",
        title: "users manage their own MFA device, nothing else without MFA",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_iam_mfa-selfmanage.html ${READ}`,
        props: {
            group: "people",
            policy: doc(
                { Sid: "AllowListActions", Effect: "Allow", Action: ["iam:ListUsers", "iam:ListVirtualMFADevices"], Resource: "*" },
                { Sid: "AllowUserToCreateVirtualMFADevice", Effect: "Allow", Action: ["iam:CreateVirtualMFADevice"], Resource: "arn:aws:iam::*:mfa/*" },
                { Sid: "AllowUserToManageTheirOwnMFA", Effect: "Allow", Action: ["iam:EnableMFADevice", "iam:ListMFADevices", "iam:ResyncMFADevice"],
                    Resource: "arn:aws:iam::*:user/${aws:username}" },
                { Sid: "AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA", Effect: "Allow", Action: ["iam:DeactivateMFADevice"],
                    Resource: ["arn:aws:iam::*:user/${aws:username}"], Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } },
                { Sid: "BlockMostAccessUnlessSignedInWithMFA", Effect: "Deny",
                    NotAction: ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "iam:ListUsers", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice"],
                    Resource: "*", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } },
            ),
        },
    },
    {
        type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy",
        title: "14 characters and 24 remembered passwords (FSBP IAM.15, IAM.16)",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-15 ${READ}`,
        props: {
            minimumPasswordLength: 14, passwordReusePrevention: 24, requireUppercaseCharacters: true, requireLowercaseCharacters: true,
            requireNumbers: true, requireSymbols: true, maxPasswordAge: 90, allowUsersToChangePassword: true,
        },
    },
    {
        type: "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy",
        title: "an Identity Center permission set's inline policy: view IAM Identity Center (Example 1)",
        source: `https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html ${READ}`,
        props: {
            instanceArn: "arn:aws:sso:::instance/ssoins-1111111111111111",
            permissionSetArn: "arn:aws:sso:::permissionSet/ssoins-1111111111111111/ps-1111111111111111",
            inlinePolicy: doc({
                Sid: "IAMIdentityCenterViewOnly", Effect: "Allow",
                Action: ["ds:DescribeDirectories", "ds:DescribeTrusts", "iam:ListPolicies", "organizations:Describe*", "organizations:List*", "sso:Describe*",
                    "sso:Get*", "sso:List*", "sso-directory:Describe*", "sso-directory:List*", "identitystore:Describe*", "identitystore:List*"],
                Resource: "*",
            }),
        },
    },
];
