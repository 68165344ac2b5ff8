import { z } from "zod";
import { GUARDDUTY_INSTANCE_COMPROMISE_TYPES } from "../catalog/aws-values";
import { notificationEmail } from "./primitives";

/*
 * Shape of `foundation:alerting`: who hears about findings and alarms, and the automatic first
 * response to a compromised instance. Optional: without it nothing is routed to people (a warning
 * says so). defaults.ts fills what is left out.
 */

const HTTPS_URL = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?(\/\S*)?$/;

/** An email address, or a webhook relay (chat, paging) that SNS confirms by calling it once. */
const subscription = z.strictObject({
    protocol: z.enum(["email", "https"], "must be email or https"),
    endpoint: z.string(),
}).superRefine((s, ctx) => {
    const valid = s.protocol === "email" ? notificationEmail.safeParse(s.endpoint) : z.string().regex(HTTPS_URL, "is not an https:// URL").safeParse(s.endpoint);
    for (const issue of valid.error?.issues ?? []) {
        ctx.addIssue({ code: "custom", path: ["endpoint"], message: issue.message, input: s.endpoint });
    }
});

export const AlertingSchema = z.strictObject({
    /** Where notifications go: at least one person's inbox or a webhook. */
    subscriptions: z.array(subscription).min(1, "must list at least one subscription: alerts nobody receives are not alerts"),
    /** GuardDuty findings of at least this severity notify (1.0 to 10.0; 7 is High). Default 7. */
    guardDutyMinimumSeverity: z.number().min(1, "must be at least 1.0 (GuardDuty's lowest severity)")
        .max(10, "must be at most 10.0 (GuardDuty's highest severity)").optional(),
    /** CIS AWS Foundations v3.0 section 4 metric filters and alarms on the organization trail. Default true. */
    cisAlarms: z.boolean().optional(),
    /** Base URL of the runbooks (docs/runbooks/ of this repository as published); notifications link `<url>/<kind>.md`. */
    runbookBaseUrl: z.string().regex(/^https:\/\/\S+[^/]$/, "is not an https:// URL without a trailing slash").optional(),
    /**
     * Reserve concurrency for the functions (5 and 2), so that a flood of events cannot take the
     * account's whole Lambda concurrency. Default false: a new account's quota is too small to reserve
     * any (Lambda keeps 100 unreserved); raise it in Service Quotas first.
     */
    reserveConcurrency: z.boolean().optional(),
    /** Days a notified finding is remembered, so that it does not notify again. Default 90. */
    deduplicationDays: z.number().int().min(1, "must be at least 1 day").max(365, "must be at most 365 days").optional(),
    /** Automatic first response to GuardDuty findings of a compromised EC2 instance: dry-run unless an OU is listed. */
    response: z.strictObject({
        /** Off: no function, no roles. Default true (in dry-run). */
        enabled: z.boolean().optional(),
        /** OU paths (and everything below them) where the function acts; elsewhere it only reports. Default none. */
        actOnOrganizationalUnits: z.array(z.string().min(1, "must not be empty")).optional(),
        /** GuardDuty finding types that trigger it. Default: every type listed in catalog/aws-values.ts. */
        findingTypes: z.array(z.enum(GUARDDUTY_INSTANCE_COMPROMISE_TYPES, "is not a GuardDuty finding type of a compromised EC2 instance (see the README's list)")).min(1, "must list at least one finding type, or set enabled: false").optional(),
    }).optional(),
});

export type RawAlerting = z.infer<typeof AlertingSchema>;
