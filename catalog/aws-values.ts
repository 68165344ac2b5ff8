/*
 * Values AWS accepts, for config validation. Each list names where it comes from; keep them in step
 * with @pulumi/aws (its .d.ts files quote the AWS API's valid values).
 */

/** CloudWatch Logs retention in days; 0 keeps events forever. Source: P/cloudwatch/logGroup.d.ts `retentionInDays`. */
export const LOG_RETENTION_DAYS: readonly number[] = [
    0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/**
 * S3 storage classes a lifecycle rule can transition to, warmest first: a rule may only move objects
 * down this list ("waterfall", S3 user guide, lifecycle-transition-general-considerations).
 */
export const TRANSITION_STORAGE_CLASSES = [
    "STANDARD_IA", "INTELLIGENT_TIERING", "ONEZONE_IA", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE",
] as const;
export type TransitionStorageClass = typeof TRANSITION_STORAGE_CLASSES[number];

/** S3 refuses transitions to these classes sooner than 30 days after creation. */
export const MIN_DAYS_BEFORE_INFREQUENT_ACCESS = 30;
export const INFREQUENT_ACCESS_CLASSES: readonly TransitionStorageClass[] = ["STANDARD_IA", "ONEZONE_IA"];

/** S3 Object Lock default retention in days: at least 1, at most 100 years. */
export const MAX_OBJECT_LOCK_DAYS = 36500;

/**
 * GuardDuty protection plans configurable per organization. Source: P/guardduty/organizationConfigurationFeature.d.ts
 * `name` (the API's DetectorFeatureConfiguration list). EKS_RUNTIME_MONITORING is the older form of
 * RUNTIME_MONITORING; AWS refuses both at once.
 */
export const GUARDDUTY_FEATURES = [
    "S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS", "EKS_RUNTIME_MONITORING",
    "LAMBDA_NETWORK_LOGS", "RUNTIME_MONITORING", "AI_PROTECTION", "AI_ANALYST",
] as const;
export type GuardDutyFeature = typeof GUARDDUTY_FEATURES[number];

/** Agent management GuardDuty does for runtime monitoring. Source: P/types/input.d.ts OrganizationConfigurationFeatureAdditionalConfiguration. */
export const GUARDDUTY_RUNTIME_AGENTS = ["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"] as const;

/** Source: P/guardduty/detector.d.ts `findingPublishingFrequency`. */
export const FINDING_PUBLISHING_FREQUENCIES = ["FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS"] as const;

/**
 * Security Hub standards a configuration policy can enable, as the part of the standard's ARN after
 * `arn:aws:securityhub:<region>::standards/` (P/securityhub/standardsSubscription.d.ts). CIS v1.2.0 is left
 * out: its ARN has another form (`::ruleset/...`) and v3.0.0 replaces it.
 */
export const SECURITY_HUB_STANDARDS = [
    "aws-foundational-security-best-practices/v/1.0.0",
    "cis-aws-foundations-benchmark/v/1.4.0",
    "cis-aws-foundations-benchmark/v/3.0.0",
    "nist-800-53/v/5.0.0",
    "nist-800-171/v/2.0.0",
    "pci-dss/v/3.2.1",
    "pci-dss/v/4.0.1",
    "aws-resource-tagging-standard/v/1.0.0",
] as const;
export type SecurityHubStandard = typeof SECURITY_HUB_STANDARDS[number];

/** Source: P/cfg/recorder.d.ts `recordingFrequency`. */
export const CONFIG_RECORDING_FREQUENCIES = ["CONTINUOUS", "DAILY"] as const;

/**
 * IAM resource types AWS Config treats as global: recorded in the home region only (API_RecordingGroup,
 * API_ExclusionByResourceTypes).
 */
export const CONFIG_GLOBAL_IAM_TYPES: readonly string[] = ["AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy"];

/** Access Analyzer's unused access age, in days (IAM Access Analyzer API, UnusedAccessConfiguration). */
export const MAX_UNUSED_ACCESS_AGE_DAYS = 365;

/*
 * IAM Identity Center limits. Source: the sso-admin API model (PermissionSet, CustomerManagedPolicyReference)
 * and the Identity Center user guide's quotas page (limits.html) and session duration page.
 */

/** Permission set names: 1 to 32 of `[\w+=,.@-]`. */
export const PERMISSION_SET_NAME = /^[\w+=,.@-]{1,32}$/;
export const MAX_PERMISSION_SET_DESCRIPTION = 700;
/** The quota counts non-whitespace characters of the inline policy. */
export const MAX_PERMISSION_SET_INLINE_POLICY = 10240;
/** AWS managed and customer managed policies together, per permission set (not adjustable). */
export const MAX_POLICIES_PER_PERMISSION_SET = 20;
/** Session duration bounds, in minutes: 1 hour to 12 hours. */
export const MIN_SESSION_MINUTES = 60;
export const MAX_SESSION_MINUTES = 720;

/** A role trust policy's default size limit, whitespace not counted (IAM quota ACLSizePerRole, adjustable to 4096). */
export const MAX_TRUST_POLICY_CHARACTERS = 2048;

/** IAM role names: 1 to 64 of `[\w+=,.@-]` (IAM API model, roleNameType). */
export const MAX_IAM_ROLE_NAME = 64;

/** Organizations policy types. Source: P/organizations/organization.d.ts `enabledPolicyTypes`. */
export const ORGANIZATION_POLICY_TYPES = [
    "AISERVICES_OPT_OUT_POLICY", "BACKUP_POLICY", "BEDROCK_POLICY", "CHATBOT_POLICY", "DECLARATIVE_POLICY_EC2", "INSPECTOR_POLICY",
    "RESOURCE_CONTROL_POLICY", "S3_POLICY", "SECURITYHUB_POLICY", "SERVICE_CONTROL_POLICY", "TAG_POLICY", "UPGRADE_ROLLOUT_POLICY",
] as const;

/** An AWS service principal that trusted access names (`ram.amazonaws.com`). */
export const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com$/;

/**
 * GuardDuty finding types that mean an EC2 instance is compromised: cryptocurrency mining,
 * command-and-control, backdoor and trojan behaviour. Source: GuardDuty user guide,
 * guardduty_finding-types-ec2 (each type's resource is Instance). The automatic response acts on these.
 */
export const GUARDDUTY_INSTANCE_COMPROMISE_TYPES = [
    "CryptoCurrency:EC2/BitcoinTool.B",
    "CryptoCurrency:EC2/BitcoinTool.B!DNS",
    "Backdoor:EC2/C&CActivity.B",
    "Backdoor:EC2/C&CActivity.B!DNS",
    "Backdoor:EC2/DenialOfService.Dns",
    "Backdoor:EC2/DenialOfService.Tcp",
    "Backdoor:EC2/DenialOfService.Udp",
    "Backdoor:EC2/DenialOfService.UdpOnTcpPorts",
    "Backdoor:EC2/DenialOfService.UnusualProtocol",
    "Backdoor:EC2/Spambot",
    "Trojan:EC2/BlackholeTraffic",
    "Trojan:EC2/BlackholeTraffic!DNS",
    "Trojan:EC2/DGADomainRequest.B",
    "Trojan:EC2/DGADomainRequest.C!DNS",
    "Trojan:EC2/DNSDataExfiltration",
    "Trojan:EC2/DriveBySourceTraffic!DNS",
    "Trojan:EC2/DropPoint",
    "Trojan:EC2/DropPoint!DNS",
    "Trojan:EC2/PhishingDomainRequest!DNS",
] as const;
export type GuardDutyInstanceCompromiseType = typeof GUARDDUTY_INSTANCE_COMPROMISE_TYPES[number];
