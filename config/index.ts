/*
 * The validated stack config: one module per area (organization, logging, detection, alerting, identity,
 * pipelines, pulumiCloud, guardrails, baseline), each with its schema, checks, defaults and warnings;
 * load.ts loops over them (areas.ts). The types the components consume are derived from the schemas.
 */
export { CONFIG_KEYS, CONFIG_SCHEMAS, type FoundationConfig } from "./areas";
export { configWarnings, parseFoundationConfig, readFoundationConfig } from "./load";
export { ConfigError } from "./problems";
export { checkEnvironment } from "./environment";
export { readStackConfigFile, StackFileError } from "./stack-file";

// organization, organizationalUnits, accounts
export { DEFAULT_ACCOUNT_ACCESS_ROLE } from "./organization/schema";
export type { AccountConfig, OrganizationalUnitConfig } from "./organization/defaults";
export { expandAssignments, MANAGEMENT_ACCOUNT_KEY, type AccountAssignment } from "./organization/targets";
// logging
export type { LifecycleConfig, LoggingConfig } from "./logging/defaults";
// detection
export type { DetectionConfig } from "./detection/schema";
// alerting
export type { AlertingConfig, ResponseConfig } from "./alerting/schema";
// identity
export { BUILT_IN_PERMISSION_SETS, type PermissionSetConfig } from "./identity/permission-sets";
export type { IdentityConfig } from "./identity/defaults";
export { sessionMinutes } from "./identity/checks";
// pipelines
export { driftDetectedStacks, FOUNDATION_PIPELINE, foundationPulumiTrust, pipelineRoleNames } from "./pipelines/roles";
// pulumiCloud
export type { PulumiCloudConfig } from "./pulumi-cloud/defaults";
export { policyPackToPublish, readPolicyConfig, readPulumiCloudFiles } from "./pulumi-cloud/policy-config";
// guardrails
export { ROOT_TARGET, type GuardrailsConfig } from "./guardrails/defaults";
// baseline
export { deferredSettings, type BaselineConfig, type DeferrableBaselineSetting } from "./baseline/schema";
