import { z } from "zod";
import { LOG_RETENTION_DAYS, MAX_OBJECT_LOCK_DAYS, TRANSITION_STORAGE_CLASSES } from "../catalog/aws-values";

/*
 * Shape of `foundation:logging`: the organization trail and the log archive. Every key is optional;
 * defaults.ts fills them, and meaning (orderings, limits across keys) is checked in logging-semantics.ts.
 */

const days = (max = 36500) => z.number()
    .int()
    .min(1, "must be at least 1 day")
    .max(max, `must be at most ${max} days`);

const LifecycleSchema = z.strictObject({
    /** Moves to colder storage classes, in increasing `days` order. */
    transitions: z.array(z.strictObject({
        days: z.number().int().min(0, "must not be negative"),
        storageClass: z.enum(TRANSITION_STORAGE_CLASSES, `is not a storage class S3 transitions to (${TRANSITION_STORAGE_CLASSES.join(", ")})`),
    })).optional(),
    /** Days after which log files expire, or `never`. */
    expirationDays: z.union([days(), z.literal("never")], "must be a number of days (1-36500) or \"never\"").optional(),
    /** Days a replaced or deleted version is kept once it is no longer current. */
    noncurrentVersionExpirationDays: days().optional(),
});
export type RawLifecycle = z.infer<typeof LifecycleSchema>;

export const LoggingSchema = z.strictObject({
    trail: z.strictObject({
        /** Trail name; part of the trail ARN that bucket and key policies name. */
        name: z.string().regex(/^[A-Za-z0-9](?!.*[._-]{2})[A-Za-z0-9._-]{1,126}[A-Za-z0-9]$/,
            "is not a valid trail name: 3-128 letters, digits, '.', '_' or '-', starting and ending with a letter or digit, no two separators in a row").optional(),
        /** Data events cost extra per event (see the README's cost table). */
        dataEvents: z.strictObject({
            s3: z.boolean().optional(),
            lambda: z.boolean().optional(),
        }).optional(),
        cloudWatchLogs: z.strictObject({
            retentionDays: z.number().refine(d => LOG_RETENTION_DAYS.includes(d),
                `is not a CloudWatch Logs retention (${LOG_RETENTION_DAYS.join(", ")}; 0 keeps events forever)`).optional(),
            /** Encrypt the log group with a customer-managed KMS key. */
            kmsEncrypted: z.boolean().optional(),
        }).optional(),
    }).optional(),
    archive: z.strictObject({
        objectLock: z.strictObject({
            /** Default retention on every new log version. The bucket always has Object Lock switched on. */
            enabled: z.boolean().optional(),
            mode: z.enum(["GOVERNANCE", "COMPLIANCE"], "must be GOVERNANCE or COMPLIANCE").optional(),
            days: days(MAX_OBJECT_LOCK_DAYS).optional(),
        }).optional(),
        lifecycle: LifecycleSchema.optional(),
    }).optional(),
    accessLogs: z.strictObject({
        lifecycle: LifecycleSchema.optional(),
    }).optional(),
});

export type RawLogging = z.infer<typeof LoggingSchema>;
