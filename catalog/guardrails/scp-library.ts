import type { ConditionBlock } from "../iam-document";
import { GITHUB_ISSUER, PULUMI_ISSUER } from "../access/trust";
import { IMDS_HOP_LIMIT } from "./ec2-policy";
import { sidOf, type GuardrailStatement } from "./statements";

/*
 * The service control policies the foundation offers, as data. Every deny exempts the principals in
 * GuardrailContext.exemptRoles (the foundation's own roles and the break-glass roles) and nobody else;
 * protect-foundation-roles keeps anyone else from creating or changing a role with an exempt name.
 * Action lists: AWS Organizations' SCP examples, Control Tower's controls reference and Landing Zone
 * Accelerator's core guardrails; every action is checked against the IAM action list in the tests.
 */

/** What the guardrails need to know about the organization. */
export interface GuardrailContext {
    /** Organization name: the foundation's buckets, key aliases and pipeline roles start with it. */
    readonly organizationName: string;
    readonly allowedRegions: readonly string[];
    /** IAM role ARN patterns no guardrail applies to. */
    readonly exemptRoles: readonly string[];
    /**
     * Read-only roles the foundation previews member accounts through: exempt from the guardrails that
     * would stop every read (deny-all, the region deny), so a preview still sees suspended accounts
     * and regions taken out of allowedRegions. They can change nothing.
     */
    readonly readOnlyRoles: readonly string[];
}

export interface Guardrail {
    /** What it denies, in a sentence: the guardrail map of docs/design/guardrails.md shows it. */
    readonly summary: string;
    readonly statements: (context: GuardrailContext) => GuardrailStatement[];
}

const exempt = (context: GuardrailContext, readOnlyToo = false): ConditionBlock =>
    ({ ArnNotLike: { "aws:PrincipalArn": [...context.exemptRoles, ...(readOnlyToo ? context.readOnlyRoles : [])] } });

/** A deny of `actions` on `resource` for everyone but the exempt roles, on `condition` if given. */
function deny(name: string, context: GuardrailContext, actions: string[], resource: string | string[] = "*", condition: ConditionBlock = {}, readOnlyToo = false): GuardrailStatement {
    return { Sid: sidOf(name), Effect: "Deny", Action: actions, Resource: resource, Condition: { ...condition, ...exempt(context, readOnlyToo) } };
}

/**
 * Actions the region guardrail leaves alone: global services, which AWS serves from us-east-1 or
 * without a region, and the console pages every account needs. AWS Control Tower's region deny
 * control (GRREGIONDENY, Control Tower controls reference "primary-region-deny-policy"), which
 * extends the AWS Organizations example "Deny access to AWS based on the requested AWS Region".
 */
export const GLOBAL_SERVICE_ACTIONS: readonly string[] = [
    "a4b:*", "access-analyzer:*", "account:*", "acm:*", "activate:*", "artifact:*", "aws-marketplace-management:*",
    "aws-marketplace:*", "aws-portal:*", "billing:*", "billingconductor:*", "budgets:*", "ce:*", "chatbot:*", "chime:*",
    "cloudfront:*", "cloudtrail:LookupEvents", "compute-optimizer:*", "config:*", "consoleapp:*", "consolidatedbilling:*",
    "cur:*", "datapipeline:GetAccountLimits", "devicefarm:*", "directconnect:*", "ec2:DescribeRegions",
    "ec2:DescribeTransitGateways", "ec2:DescribeVpnGateways", "ecr-public:*", "fms:*", "freetier:*", "globalaccelerator:*",
    "health:*", "iam:*", "importexport:*", "invoicing:*", "iq:*", "kms:*", "license-manager:ListReceivedLicenses",
    "lightsail:Get*", "mobileanalytics:*", "networkmanager:*", "notifications-contacts:*", "notifications:*",
    "organizations:*", "payments:*", "pricing:*", "quicksight:DescribeAccountSubscription", "resource-explorer-2:*",
    "route53-recovery-cluster:*", "route53-recovery-control-config:*", "route53-recovery-readiness:*", "route53:*",
    "route53domains:*", "s3:CreateMultiRegionAccessPoint", "s3:DeleteMultiRegionAccessPoint",
    "s3:DescribeMultiRegionAccessPointOperation", "s3:GetAccountPublicAccessBlock", "s3:GetBucketLocation",
    "s3:GetBucketPolicyStatus", "s3:GetBucketPublicAccessBlock", "s3:GetMultiRegionAccessPoint",
    "s3:GetMultiRegionAccessPointPolicy", "s3:GetMultiRegionAccessPointPolicyStatus", "s3:GetStorageLensConfiguration",
    "s3:GetStorageLensDashboard", "s3:ListAllMyBuckets", "s3:ListMultiRegionAccessPoints",
    "s3:ListStorageLensConfigurations", "s3:PutAccountPublicAccessBlock", "s3:PutMultiRegionAccessPointPolicy",
    "savingsplans:*", "shield:*", "sso:*", "sts:*", "support:*", "supportapp:*", "supportplans:*", "sustainability:*",
    "tag:GetResources", "tax:*", "trustedadvisor:*", "vendor-insights:ListEntitledSecurityProfiles", "waf-regional:*",
    "waf:*", "wafv2:*",
];

/** The foundation's log buckets (names end in the log-archive account's 12-digit id). */
export const logBucketArns = (organizationName: string): string[] =>
    ["logs", "config", "access-logs"].map(purpose => `arn:aws:s3:::${organizationName}-${purpose}-${"?".repeat(12)}`);

export const GUARDRAILS = {
    "deny-leaving-organization": {
        summary: "Leaving the organization, which would take the account out of every guardrail and of the organization trail.",
        statements: context => [deny("deny-leaving-organization", context, ["organizations:LeaveOrganization"])],
    },
    "deny-root-user": {
        summary: "Every action by a member account's root user (root sessions from the management account's centralized root access excepted).",
        statements: () => [{
            Sid: sidOf("deny-root-user"), Effect: "Deny", Action: "*", Resource: "*",
            Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:root" }, Null: { "aws:AssumedRoot": "true" } },
        }],
    },
    "protect-cloudtrail": {
        summary: "Stopping, deleting or reconfiguring CloudTrail trails.",
        statements: context => [deny("protect-cloudtrail", context, [
            "cloudtrail:DeleteTrail", "cloudtrail:PutEventSelectors", "cloudtrail:StopLogging", "cloudtrail:UpdateTrail",
        ])],
    },
    "protect-config": {
        summary: "Stopping, narrowing or deleting AWS Config recorders and delivery channels, and deleting rules, aggregators or retention.",
        statements: context => [deny("protect-config", context, [
            "config:DeleteAggregationAuthorization", "config:DeleteConfigRule", "config:DeleteConfigurationAggregator",
            "config:DeleteConfigurationRecorder", "config:DeleteDeliveryChannel", "config:DeleteRetentionConfiguration",
            "config:DeleteServiceLinkedConfigurationRecorder", "config:DisassociateResourceTypes", "config:PutConfigurationRecorder",
            "config:PutDeliveryChannel", "config:PutRetentionConfiguration", "config:StopConfigurationRecorder",
        ])],
    },
    "protect-guardduty": {
        summary: "Disabling GuardDuty in an account or, from the audit account, for the organization; leaving its administrator; hiding findings with filters, trusted IP lists or export changes.",
        statements: context => [deny("protect-guardduty", context, [
            "guardduty:CreateFilter", "guardduty:CreateIPSet", "guardduty:DeleteDetector", "guardduty:DeleteMembers",
            "guardduty:DeletePublishingDestination", "guardduty:DisassociateFromAdministratorAccount", "guardduty:DisassociateFromMasterAccount",
            "guardduty:DisassociateMembers", "guardduty:StopMonitoringMembers", "guardduty:UpdateDetector", "guardduty:UpdateFilter",
            "guardduty:UpdateIPSet", "guardduty:UpdateMemberDetectors", "guardduty:UpdateOrganizationConfiguration",
            "guardduty:UpdatePublishingDestination",
        ])],
    },
    "protect-security-hub": {
        summary: "Disabling Security Hub, its standards or controls in an account or, from the audit account, through the organization's configuration; leaving its administrator; suppressing findings with automation rules or by cutting off GuardDuty's.",
        statements: context => [deny("protect-security-hub", context, [
            "securityhub:BatchDisableStandards", "securityhub:BatchUpdateAutomationRules", "securityhub:BatchUpdateStandardsControlAssociations",
            "securityhub:CreateAutomationRule", "securityhub:DeleteConfigurationPolicy", "securityhub:DeleteFindingAggregator",
            "securityhub:DeleteMembers", "securityhub:DisableImportFindingsForProduct", "securityhub:DisableSecurityHub",
            "securityhub:DisassociateFromAdministratorAccount", "securityhub:DisassociateFromMasterAccount", "securityhub:DisassociateMembers",
            "securityhub:StartConfigurationPolicyDisassociation", "securityhub:UpdateConfigurationPolicy", "securityhub:UpdateFindingAggregator",
            "securityhub:UpdateOrganizationConfiguration", "securityhub:UpdateSecurityHubConfiguration", "securityhub:UpdateStandardsControl",
        ])],
    },
    "protect-access-analyzer": {
        summary: "Deleting IAM Access Analyzer analyzers or archiving their findings, by hand or by rule.",
        statements: context => [deny("protect-access-analyzer", context, [
            "access-analyzer:ApplyArchiveRule", "access-analyzer:CreateArchiveRule", "access-analyzer:DeleteAnalyzer",
            "access-analyzer:UpdateArchiveRule", "access-analyzer:UpdateFindings",
        ])],
    },
    "protect-account-baseline": {
        summary: "Changing the account baseline: EBS encryption by default, the S3 account public access block, the IAM password policy, alternate contacts.",
        statements: context => [deny("protect-account-baseline", context, [
            "account:DeleteAlternateContact", "account:PutAlternateContact",
            "ec2:DisableEbsEncryptionByDefault", "ec2:ModifyEbsDefaultKmsKeyId", "ec2:ResetEbsDefaultKmsKeyId",
            "iam:DeleteAccountPasswordPolicy", "iam:UpdateAccountPasswordPolicy",
            "s3:PutAccountPublicAccessBlock",
        ])],
    },
    "deny-unapproved-regions": {
        summary: "Any regional action outside foundation:organization.allowedRegions (global services excepted), and enabling or disabling opt-in regions.",
        statements: context => [
            {
                Sid: sidOf("deny-unapproved-regions"), Effect: "Deny", NotAction: [...GLOBAL_SERVICE_ACTIONS], Resource: "*",
                Condition: { StringNotEquals: { "aws:RequestedRegion": [...context.allowedRegions] }, ...exempt(context, true) },
            },
            deny("deny-region-opt-in", context, ["account:DisableRegion", "account:EnableRegion"]),
        ],
    },
    "deny-iam-users": {
        summary: "Creating IAM users, their passwords and access keys: people sign in through IAM Identity Center, pipelines through OIDC.",
        statements: context => [deny("deny-iam-users", context, [
            "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:CreateUser", "iam:UpdateLoginProfile",
        ])],
    },
    "protect-log-archive": {
        summary: "Deleting or reconfiguring the log archive's buckets, and disabling, deleting or re-aliasing the foundation's KMS keys.",
        statements: context => {
            const org = context.organizationName;
            return [
                deny("protect-log-buckets", context, [
                    "s3:DeleteBucket", "s3:DeleteBucketPolicy", "s3:PutBucketAcl", "s3:PutBucketLogging", "s3:PutBucketObjectLockConfiguration",
                    "s3:PutBucketOwnershipControls", "s3:PutBucketPolicy", "s3:PutBucketPublicAccessBlock", "s3:PutBucketVersioning",
                    "s3:PutEncryptionConfiguration", "s3:PutLifecycleConfiguration", "s3:PutReplicationConfiguration",
                ], logBucketArns(org)),
                deny("protect-foundation-keys", context, [
                    "kms:DisableKey", "kms:DisableKeyRotation", "kms:PutKeyPolicy", "kms:ScheduleKeyDeletion",
                ], "*", { "ForAnyValue:StringLike": { "kms:ResourceAliases": `alias/${org}/*` } }),
                deny("protect-foundation-key-aliases", context, ["kms:DeleteAlias", "kms:UpdateAlias"], `arn:aws:kms:*:*:alias/${org}/*`),
            ];
        },
    },
    "protect-foundation-roles": {
        summary: "Creating or changing the exempt roles, the pipeline and preview roles and the OIDC providers they trust: the path the foundation and its pipelines take into each account.",
        statements: context => {
            const org = context.organizationName;
            return [
                deny("protect-foundation-roles", context, [
                    "iam:AttachRolePolicy", "iam:CreateRole", "iam:DeleteRole", "iam:DeleteRolePermissionsBoundary", "iam:DeleteRolePolicy",
                    "iam:DetachRolePolicy", "iam:PutRolePermissionsBoundary", "iam:PutRolePolicy", "iam:TagRole", "iam:UntagRole",
                    "iam:UpdateAssumeRolePolicy", "iam:UpdateRole", "iam:UpdateRoleDescription",
                ], [...context.exemptRoles, `arn:aws:iam::*:role/${org}-*-deploy`, `arn:aws:iam::*:role/${org}-*-preview`]),
                deny("protect-pipeline-identity-providers", context, [
                    "iam:AddClientIDToOpenIDConnectProvider", "iam:DeleteOpenIDConnectProvider", "iam:RemoveClientIDFromOpenIDConnectProvider",
                    "iam:TagOpenIDConnectProvider", "iam:UntagOpenIDConnectProvider", "iam:UpdateOpenIDConnectProviderThumbprint",
                ], [PULUMI_ISSUER, GITHUB_ISSUER].map(issuer => `arn:aws:iam::*:oidc-provider/${issuer}`)),
            ];
        },
    },
    "require-imdsv2": {
        summary: "Launching instances without IMDSv2 (session tokens required, at most 2 hops), using credentials delivered through IMDSv1, and changing instance metadata options afterwards.",
        statements: context => [
            deny("require-imdsv2", context, ["ec2:RunInstances"], "arn:aws:ec2:*:*:instance/*", { StringNotEquals: { "ec2:MetadataHttpTokens": "required" } }),
            deny("limit-imds-hops", context, ["ec2:RunInstances"], "arn:aws:ec2:*:*:instance/*", { NumericGreaterThan: { "ec2:MetadataHttpPutResponseHopLimit": IMDS_HOP_LIMIT } }),
            deny("deny-imdsv1-credentials", context, ["*"], "*", { NumericLessThan: { "ec2:RoleDelivery": "2.0" } }),
            deny("protect-instance-metadata-options", context, ["ec2:ModifyInstanceMetadataOptions"]),
        ],
    },
    "deny-default-vpc": {
        summary: "Creating a default VPC or default subnets, which put instances on the internet with public IPs.",
        statements: context => [deny("deny-default-vpc", context, ["ec2:CreateDefaultSubnet", "ec2:CreateDefaultVpc"])],
    },
    "deny-all": {
        summary: "Everything: for accounts in quarantine or waiting to be closed.",
        statements: context => [deny("deny-all", context, ["*"], "*", {}, true)],
    },
} as const satisfies Record<string, Guardrail>;

export type GuardrailName = keyof typeof GUARDRAILS;
export const GUARDRAIL_NAMES = Object.keys(GUARDRAILS) as GuardrailName[];

/** Where each guardrail sits unless config says otherwise. OUs of these names get them when the tree declares them. */
export const DEFAULT_GUARDRAIL_MAP: Readonly<Record<string, readonly GuardrailName[]>> = {
    Root: [
        "deny-leaving-organization", "deny-root-user", "protect-cloudtrail", "protect-config", "protect-guardduty",
        "protect-security-hub", "protect-access-analyzer", "protect-account-baseline", "deny-unapproved-regions",
        "deny-iam-users", "protect-log-archive", "protect-foundation-roles",
    ],
    Workloads: ["require-imdsv2", "deny-default-vpc"],
    Sandbox: ["require-imdsv2", "deny-default-vpc"],
    Suspended: ["deny-all"],
};
