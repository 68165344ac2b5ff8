import { z } from "zod";
import { LOG_RETENTION_DAYS, MAX_OBJECT_LOCK_DAYS, TRANSITION_STORAGE_CLASSES } from "../../catalog/aws-values";

/*
 * Shape of `foundation:logging`: the organization trail and the log archive, with the defaults (the strict
 * choice everywhere; a value that weakens one is warned about). Meaning (orderings, limits across keys)
 * is checked in checks.ts.
 */

const days = (max = 36500) => z.number()
    .int()
    .min(1, "must be at least 1 day")
    .max(max, `must be at most ${max} days`);

export const LifecycleSchema = z.strictObject({
    transitions: z.array(z.strictObject({
        days: z.number().int().min(0, "must not be negative").describe("Days after creation."),
        storageClass: z.enum(TRANSITION_STORAGE_CLASSES, `is not a storage class S3 transitions to (${TRANSITION_STORAGE_CLASSES.join(", ")})`)
            .describe("The colder storage class."),
    })).default(() => [{ days: 90, storageClass: "GLACIER_IR" as const }]).describe(
        "Moves to colder storage classes, in increasing `days` order, each class colder than the last (in the order of the allowed values) and all before " +
        "expiration; STANDARD_IA and ONEZONE_IA no sooner than day 30. S3 does not transition objects under 128 KB.",
    ),
    expirationDays: z.union([days(), z.literal("never")], "must be a number of days (1-36500) or \"never\"").default(730)
        .describe("Days after which log files expire, or `never`. For archive.lifecycle, not fewer than archive.objectLock.days while Object Lock is enabled."),
    noncurrentVersionExpirationDays: days().default(365).describe("Days a replaced or deleted version is kept once it is no longer current."),
}).prefault({});

const ObjectLockSchema = z.strictObject({
    enabled: z.boolean().default(true).describe("Default retention on every new log version; false warns. The bucket always has Object Lock switched on."),
    mode: z.enum(["GOVERNANCE", "COMPLIANCE"], "must be GOVERNANCE or COMPLIANCE").default("GOVERNANCE")
        .describe("COMPLIANCE: nobody, not even the root user, can delete a locked version or shorten its retention before it ends; GOVERNANCE: a principal allowed to bypass it can."),
    days: days(MAX_OBJECT_LOCK_DAYS).default(365).describe("Days each new log version is retained."),
}).prefault({});

const CloudWatchLogsSchema = z.strictObject({
    retentionDays: z.number().refine(d => LOG_RETENTION_DAYS.includes(d),
        `is not a CloudWatch Logs retention (${LOG_RETENTION_DAYS.join(", ")}; 0 keeps events forever)`).default(365)
        .meta({ description: "Days the trail's log group keeps events (a CloudWatch Logs retention; 0 keeps them forever). The S3 archive is the long-term record.", enum: [...LOG_RETENTION_DAYS] }),
    kmsEncrypted: z.boolean().default(true).describe("Encrypt the log group with a customer-managed KMS key; false warns."),
}).prefault({});

export const LoggingSchema = z.strictObject({
    trail: z.strictObject({
        name: z.string().regex(/^[A-Za-z0-9](?!.*[._-]{2})[A-Za-z0-9._-]{1,126}[A-Za-z0-9]$/,
            "is not a valid trail name: 3-128 letters, digits, '.', '_' or '-', starting and ending with a letter or digit, no two separators in a row").optional()
            .describe(
                "Trail name: 3 to 128 letters, digits, '.', '_' or '-'; part of the trail ARN that bucket and key policies name. " +
                "Default: `<organization name>-organization-trail`.",
            ),
        dataEvents: z.strictObject({
            s3: z.boolean().default(false).describe("Log S3 object reads and writes in every account."),
            lambda: z.boolean().default(false).describe("Log Lambda invocations in every account."),
        }).prefault({}).describe("Data events cost extra per event (docs/cost.md)."),
        cloudWatchLogs: CloudWatchLogsSchema.describe("The trail's copy in CloudWatch Logs, which the CIS alarms read."),
    }).prefault({}).describe("The organization trail."),
    archive: z.strictObject({
        objectLock: ObjectLockSchema.describe("Object Lock retention of the trail bucket (CloudTrail logs and GuardDuty findings)."),
        lifecycle: LifecycleSchema.describe("Lifecycle of the log files in the trail and AWS Config buckets."),
    }).prefault({}).describe("The log archive: the trail bucket (CloudTrail logs, GuardDuty findings) and the AWS Config bucket (configuration snapshots and history)."),
    accessLogs: z.strictObject({
        lifecycle: LifecycleSchema.describe("Lifecycle of the access logs."),
    }).prefault({}).describe("The bucket that receives the log archive's server access logs."),
}).prefault({}).describe("The organization trail and the log archive in the log-archive account. Every field has a strict default; Pulumi.prod.yaml spells them all out.");

/** The defaults, for the checks that compare against them. */
export const DEFAULT_LIFECYCLE = LifecycleSchema.parse(undefined);
export const DEFAULT_OBJECT_LOCK = ObjectLockSchema.parse(undefined);
export const DEFAULT_CLOUDWATCH_LOGS = CloudWatchLogsSchema.parse(undefined);

export type RawLifecycle = z.input<typeof LifecycleSchema>;
export type RawLogging = z.input<typeof LoggingSchema>;
