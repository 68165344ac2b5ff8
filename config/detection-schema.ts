import { z } from "zod";
import {
    CONFIG_RECORDING_FREQUENCIES, FINDING_PUBLISHING_FREQUENCIES, GUARDDUTY_FEATURES, GUARDDUTY_RUNTIME_AGENTS,
    MAX_UNUSED_ACCESS_AGE_DAYS, SECURITY_HUB_STANDARDS,
} from "../catalog/aws-values";

/*
 * Shape of `foundation:detection`: GuardDuty, Security Hub, AWS Config and IAM Access Analyzer,
 * all administered from the audit account. Every key is optional; defaults.ts fills them.
 */

/** Security Hub control ids: `S3.1`, `IAM.6`, `CloudTrail.4`. */
const CONTROL_ID = /^[A-Za-z][A-Za-z0-9]*\.[1-9]\d*$/;

/** CloudFormation-style resource types, as AWS Config names them: `AWS::EC2::Instance`. */
const RESOURCE_TYPE = /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/;

const resourceType = z.string().regex(RESOURCE_TYPE, "is not a resource type like AWS::EC2::Instance");
const recordingFrequency = z.enum(CONFIG_RECORDING_FREQUENCIES, "must be CONTINUOUS or DAILY");

/** One optional on/off switch per GuardDuty feature; an unknown feature name is an error. */
const featureSwitches = z.strictObject(
    Object.fromEntries(GUARDDUTY_FEATURES.map(feature => [feature, z.boolean().optional()])) as Record<typeof GUARDDUTY_FEATURES[number], z.ZodOptional<z.ZodBoolean>>,
);

export const DetectionSchema = z.strictObject({
    guardDuty: z.strictObject({
        /** How soon updates to an existing finding reach EventBridge and the export. */
        findingPublishingFrequency: z.enum(FINDING_PUBLISHING_FREQUENCIES, `must be one of ${FINDING_PUBLISHING_FREQUENCIES.join(", ")}`).optional(),
        /** Protection plans, on (every account, now and new) or off. */
        features: featureSwitches.optional(),
        /** Agents GuardDuty installs and manages when RUNTIME_MONITORING is on. */
        runtimeMonitoringAgents: z.array(z.enum(GUARDDUTY_RUNTIME_AGENTS, `is not a GuardDuty agent (${GUARDDUTY_RUNTIME_AGENTS.join(", ")})`)).optional(),
        /** Export findings to the log archive, so they outlive GuardDuty's 90 days. */
        exportFindings: z.boolean().optional(),
    }).optional(),
    securityHub: z.strictObject({
        /** Standards the organization's configuration policy enables, as in their ARNs. */
        standards: z.array(z.enum(SECURITY_HUB_STANDARDS, `is not a Security Hub standard (${SECURITY_HUB_STANDARDS.join(", ")})`)).optional(),
        /** Controls switched off everywhere, each with the reason the preview shows. */
        disabledControls: z.array(z.strictObject({
            id: z.string().regex(CONTROL_ID, "is not a Security Hub control id like S3.1 or IAM.6"),
            reason: z.string().regex(/\S/, "must say why the control is disabled"),
        })).optional(),
    }).optional(),
    config: z.strictObject({
        /** CONTINUOUS records every change; DAILY one snapshot a day per changed resource, for less. */
        recordingFrequency: recordingFrequency.optional(),
        /** Resource types never recorded. */
        excludedResourceTypes: z.array(resourceType).optional(),
        /** A second frequency for some resource types (AWS allows one override). */
        recordingFrequencyOverride: z.strictObject({
            recordingFrequency,
            resourceTypes: z.array(resourceType).min(1, "must list at least one resource type"),
            description: z.string().max(256, "is too long (at most 256 characters)").optional(),
        }).optional(),
    }).optional(),
    accessAnalyzer: z.strictObject({
        /** An organization analyzer for unused roles, keys and permissions (paid per role and user). */
        unusedAccess: z.strictObject({
            enabled: z.boolean().optional(),
            unusedAccessAgeDays: z.number().int().min(1, "must be at least 1 day")
                .max(MAX_UNUSED_ACCESS_AGE_DAYS, `must be at most ${MAX_UNUSED_ACCESS_AGE_DAYS} days`).optional(),
        }).optional(),
    }).optional(),
});

export type RawDetection = z.infer<typeof DetectionSchema>;
