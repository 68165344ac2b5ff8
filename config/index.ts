/*
 * The validated stack config: one module per area (organization, logging, detection, alerting, identity,
 * pipelines, pulumiCloud, guardrails, baseline), each with its schema, checks, defaults and warnings;
 * load.ts loops over them (areas.ts). The types the components consume are derived from the schemas.
 */
export { AREAS, CONFIG_KEYS, CONFIG_SCHEMAS, type ConfigKey, type FoundationConfig, type PartialFoundationConfig } from "./areas";
export type { ConfigWarning, DeepPartial, DeepReadonly } from "./area";
export { configWarnings, HONOURED_AWS_KEYS, parseFoundationConfig, readFoundationConfig } from "./load";
export { ConfigError, type ConfigProblem } from "./problems";
export { checkEnvironment } from "./environment";
export { readStackConfigFile, StackFileError } from "./stack-file";
export * from "../catalog/aws-values";
export { AWS_MANAGED_POLICY, DATA_READ_ACTIONS, NO_DATA_READS, READ_ONLY_ACCESS } from "../catalog/iam-lists";
export type { GitHubTrustConfig, PulumiTrustConfig } from "../catalog/access/trust";
export type { OrganizationFeatures } from "../catalog/organization/services";

// organization, organizationalUnits, accounts
export { DEFAULT_ACCOUNT_ACCESS_ROLE, DEFAULT_AUDIT_ACCOUNT, DEFAULT_LOG_ARCHIVE_ACCOUNT } from "./organization/schema";
export { securityAccountKeys, type AccountConfig, type OrganizationalUnitConfig, type OrganizationConfig } from "./organization/defaults";
export { accountsOfTarget, expandAssignments, MANAGEMENT_ACCOUNT_KEY, ouPaths, type AccountAssignment } from "./organization/targets";
// logging
export { DEFAULT_CLOUDWATCH_LOGS, DEFAULT_LIFECYCLE, DEFAULT_OBJECT_LOCK } from "./logging/schema";
export type { LifecycleConfig, LoggingConfig } from "./logging/defaults";
// detection
export {
    DEFAULT_FINDING_PUBLISHING_FREQUENCY, DEFAULT_GUARDDUTY_FEATURES, DEFAULT_SECURITY_HUB_STANDARDS, DEFAULT_UNUSED_ACCESS_AGE_DAYS, type DetectionConfig,
} from "./detection/schema";
// alerting
export {
    DEFAULT_DEDUPLICATION_DAYS, DEFAULT_GUARDDUTY_MINIMUM_SEVERITY, type AlertingConfig, type AlertSubscriptionConfig, type ResponseConfig,
} from "./alerting/schema";
// identity
export {
    BUILT_IN_PERMISSION_SETS, DEFAULT_SESSION_DURATION, type PermissionSetConfig, type PolicyDocumentConfig,
} from "./identity/permission-sets";
export type { IdentityConfig } from "./identity/defaults";
export { sessionMinutes } from "./identity/checks";
// pipelines
export { DEFAULT_WORKLOAD_DEPLOY_POLICIES, type PipelinesConfig } from "./pipelines/schema";
export { driftDetectedStacks, FOUNDATION_PIPELINE, foundationPulumiTrust, pipelineRoleNames } from "./pipelines/roles";
// pulumiCloud
export { DEFAULT_DRIFT_SCHEDULE } from "./pulumi-cloud/schema";
export type { PulumiCloudConfig } from "./pulumi-cloud/defaults";
export { policyPackToPublish, readPolicyConfig, readPulumiCloudFiles, type PolicyPackToPublish } from "./pulumi-cloud/policy-config";
// guardrails
export {
    defaultGuardrailMap, FOUNDATION_EXEMPT_ROLES, guardrailRolesOf, guardrailsWithDefaults, ROOT_TARGET,
    type GuardrailDefaultsInput, type GuardrailsConfig, type VpcBlockPublicAccess,
} from "./guardrails/defaults";
// baseline
export { deferredSettings, type BaselineConfig, type ContactConfig, type DeferrableBaselineSetting } from "./baseline/schema";
