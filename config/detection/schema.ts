import { z } from "zod";
import {
    CONFIG_RECORDING_FREQUENCIES, FINDING_PUBLISHING_FREQUENCIES, GUARDDUTY_FEATURES, GUARDDUTY_RUNTIME_AGENTS,
    MAX_UNUSED_ACCESS_AGE_DAYS, SECURITY_HUB_STANDARDS, type GuardDutyFeature, type SecurityHubStandard,
} from "../../catalog/aws-values";
import type { Parsed } from "../area";

/*
 * Shape of `foundation:detection`: GuardDuty, Security Hub, AWS Config and IAM Access Analyzer, all
 * administered from the audit account, with the defaults (the strict choice everywhere).
 */

/** Security Hub control ids: `S3.1`, `IAM.6`, `CloudTrail.4`. */
const CONTROL_ID = /^[A-Za-z][A-Za-z0-9]*\.[1-9]\d*$/;

/** CloudFormation-style resource types, as AWS Config names them: `AWS::EC2::Instance`. */
const RESOURCE_TYPE = /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/;

const resourceType = z.string().regex(RESOURCE_TYPE, "is not a resource type like AWS::EC2::Instance");
const recordingFrequency = z.enum(CONFIG_RECORDING_FREQUENCIES, "must be CONTINUOUS or DAILY");

/** Protection plans on by default: the ones that need no agent in the accounts' workloads; RUNTIME_MONITORING is managed, off. */
const FEATURE_DEFAULTS: Readonly<Partial<Record<GuardDutyFeature, boolean>>> = {
    S3_DATA_EVENTS: true, EKS_AUDIT_LOGS: true, EBS_MALWARE_PROTECTION: true, RDS_LOGIN_EVENTS: true, LAMBDA_NETWORK_LOGS: true, RUNTIME_MONITORING: false,
};

/** One on/off switch per GuardDuty feature; an unknown feature name is an error. Features without a default are left as AWS has them. */
const featureSwitches = z.strictObject(Object.fromEntries(GUARDDUTY_FEATURES.map(feature => {
    const on = FEATURE_DEFAULTS[feature];
    return [feature, on === undefined ? z.boolean().optional() : z.boolean().default(on)];
})) as Record<GuardDutyFeature, z.ZodOptional<z.ZodBoolean>>).prefault({});

export const DetectionSchema = z.strictObject({
    guardDuty: z.strictObject({
        findingPublishingFrequency: z.enum(FINDING_PUBLISHING_FREQUENCIES, `must be one of ${FINDING_PUBLISHING_FREQUENCIES.join(", ")}`).default("FIFTEEN_MINUTES")
            .describe(
                "How soon updates to an existing finding reach EventBridge and the export; the audit account's (administrator's) value applies to every member. " +
                "Slower than FIFTEEN_MINUTES warns.",
            ),
        features: featureSwitches.describe(
            "Protection plans, on (every account, now and new) or off; a feature not set and without a default is left as AWS has it. Turning off a plan that " +
            "is on by default warns; EKS_RUNTIME_MONITORING, the older form of RUNTIME_MONITORING, cannot be on together with it.",
        ),
        runtimeMonitoringAgents: z.array(z.enum(GUARDDUTY_RUNTIME_AGENTS, `is not a GuardDuty agent (${GUARDDUTY_RUNTIME_AGENTS.join(", ")})`))
            .default(() => [...GUARDDUTY_RUNTIME_AGENTS]).describe("Agents GuardDuty installs and manages when RUNTIME_MONITORING is on."),
        exportFindings: z.boolean().default(true).describe("Export findings of every account and region to the log archive, so they outlive GuardDuty's 90 days; false warns."),
    }).prefault({}).describe("GuardDuty in every account and allowed region."),
    securityHub: z.strictObject({
        standards: z.array(z.enum(SECURITY_HUB_STANDARDS, `is not a Security Hub standard (${SECURITY_HUB_STANDARDS.join(", ")})`))
            .default((): SecurityHubStandard[] => ["aws-foundational-security-best-practices/v/1.0.0", "cis-aws-foundations-benchmark/v/3.0.0"])
            .describe("Standards the organization's configuration policy enables, as in their ARNs; leaving out a default one warns."),
        disabledControls: z.array(z.strictObject({
            id: z.string().regex(CONTROL_ID, "is not a Security Hub control id like S3.1 or IAM.6").describe("The control id, e.g. `IAM.6`."),
            reason: z.string().regex(/\S/, "must say why the control is disabled").describe("Why it is disabled: every preview shows it."),
        })).default([]).describe("Controls switched off in every account and region, each with the reason every preview shows as a warning."),
    }).prefault({}).describe("Security Hub, configured centrally for every account and allowed region."),
    config: z.strictObject({
        recordingFrequency: recordingFrequency.default("CONTINUOUS").describe("CONTINUOUS records every change; DAILY one snapshot a day per changed resource, for less, so a change undone within the day leaves no record (warns)."),
        excludedResourceTypes: z.array(resourceType).default([]).describe("Resource types never recorded, in any account; warns, as Security Hub controls on them then have no data."),
        recordingFrequencyOverride: z.strictObject({
            recordingFrequency: recordingFrequency.describe("The frequency of these resource types."),
            resourceTypes: z.array(resourceType).min(1, "must list at least one resource type").describe("Resource types like `AWS::EC2::Instance`."),
            description: z.string().max(256, "is too long (at most 256 characters)").optional().describe("Why these types are recorded differently."),
        }).optional().describe("A second frequency for some resource types (AWS allows one override): it must differ from recordingFrequency and name no excluded type. DAILY warns."),
    }).prefault({}).describe("AWS Config recorders in every account and allowed region."),
    accessAnalyzer: z.strictObject({
        unusedAccess: z.strictObject({
            enabled: z.boolean().default(false).describe("Create the analyzer."),
            unusedAccessAgeDays: z.number().int().min(1, "must be at least 1 day")
                .max(MAX_UNUSED_ACCESS_AGE_DAYS, `must be at most ${MAX_UNUSED_ACCESS_AGE_DAYS} days`).default(90)
                .describe("Days without use after which access counts as unused."),
        }).prefault({}).describe("An organization analyzer, in the home region, for unused roles, keys and permissions (paid per role and user)."),
    }).prefault({}).describe("IAM Access Analyzer."),
}).prefault({}).describe("GuardDuty, Security Hub, AWS Config and IAM Access Analyzer, administered from the audit account. Every field has a strict default.");

export type RawDetection = z.input<typeof DetectionSchema>;
/** The agents read as plain strings too: the components look any agent name up in them. */
export type DetectionConfig = Parsed<typeof DetectionSchema> & { readonly guardDuty: { readonly runtimeMonitoringAgents: readonly string[] } };

/** The defaults, for the warnings that compare against them. */
const DEFAULTS = DetectionSchema.parse(undefined);
export const DEFAULT_GUARDDUTY_FEATURES: Readonly<Partial<Record<GuardDutyFeature, boolean>>> = DEFAULTS.guardDuty.features;
export const DEFAULT_FINDING_PUBLISHING_FREQUENCY = DEFAULTS.guardDuty.findingPublishingFrequency;
export const DEFAULT_SECURITY_HUB_STANDARDS: readonly SecurityHubStandard[] = DEFAULTS.securityHub.standards;
export const DEFAULT_UNUSED_ACCESS_AGE_DAYS = DEFAULTS.accessAnalyzer.unusedAccess.unusedAccessAgeDays;
