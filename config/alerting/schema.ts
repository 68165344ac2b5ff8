import { z } from "zod";
import { GUARDDUTY_INSTANCE_COMPROMISE_TYPES } from "../../catalog/aws-values";
import type { Parsed } from "../area";
import { notificationEmail } from "../primitives";

/*
 * Shape of `foundation:alerting`: who hears about findings and alarms, and the automatic first response
 * to a compromised instance, with the defaults. Optional: without it nothing is routed to people (a
 * warning says so).
 */

const HTTPS_URL = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?(\/\S*)?$/;

/** An email address, or a webhook relay (chat, paging) that SNS confirms by calling it once. */
const subscription = z.strictObject({
    protocol: z.enum(["email", "https"], "must be email or https").describe("`email`, or `https` for a webhook relay (chat, paging)."),
    endpoint: z.string().describe("The email address, or the https:// URL SNS confirms by calling it once."),
}).superRefine((s, ctx) => {
    const valid = s.protocol === "email" ? notificationEmail.safeParse(s.endpoint) : z.string().regex(HTTPS_URL, "is not an https:// URL").safeParse(s.endpoint);
    for (const issue of valid.error?.issues ?? []) {
        ctx.addIssue({ code: "custom", path: ["endpoint"], message: issue.message, input: s.endpoint });
    }
});

const ResponseSchema = z.strictObject({
    enabled: z.boolean().default(true).describe("Off: no function, no roles, and a warning. On, it runs in dry-run wherever no OU is listed below."),
    actOnOrganizationalUnits: z.array(z.string().min(1, "must not be empty")).default([])
        .describe("OU paths declared in foundation:organizationalUnits (and everything below them) where the function acts; elsewhere it only reports. Empty when enabled is false."),
    findingTypes: z.array(z.enum(GUARDDUTY_INSTANCE_COMPROMISE_TYPES, "is not a GuardDuty finding type of a compromised EC2 instance (see the allowed values in docs/reference/config.md)"))
        .min(1, "must list at least one finding type, or set enabled: false").default(() => [...GUARDDUTY_INSTANCE_COMPROMISE_TYPES])
        .describe("GuardDuty finding types that trigger it."),
}).prefault({})
    // A response that is off acts nowhere.
    .transform(response => ({ ...response, actOnOrganizationalUnits: response.enabled ? response.actOnOrganizationalUnits : [] }));

export const AlertingSchema = z.strictObject({
    subscriptions: z.array(subscription).min(1, "must list at least one subscription: alerts nobody receives are not alerts")
        .describe("Where notifications go: at least one person's inbox or a webhook, each endpoint listed once; every subscription must be confirmed once."),
    guardDutyMinimumSeverity: z.number().min(1, "must be at least 1.0 (GuardDuty's lowest severity)")
        .max(10, "must be at most 10.0 (GuardDuty's highest severity)").default(7)
        .describe("GuardDuty findings of at least this severity notify (GuardDuty's High band starts at 7.0, so a value above 7 warns)."),
    cisAlarms: z.boolean().default(true).describe("The 15 CIS AWS Foundations v3.0 section 4 metric filters and alarms on the organization trail; false warns."),
    runbookBaseUrl: z.string().regex(/^https:\/\/\S+[^/]$/, "is not an https:// URL without a trailing slash").optional()
        .describe("Base URL of the runbooks (docs/runbooks/ of this repository as published), https and without a trailing slash; notifications link `<url>/<kind>.md`. " +
            "Without it they name `docs/runbooks/<kind>.md` in the foundation repository."),
    reserveConcurrency: z.boolean().default(false).describe(
        "Reserve concurrency for the functions (5 and 2), so that a flood of events cannot take the account's whole Lambda concurrency. " +
        "Off by default: a new account's quota is too small to reserve any (Lambda keeps 100 unreserved); raise the audit account's in Service Quotas first.",
    ),
    deduplicationDays: z.number().int().min(1, "must be at least 1 day").max(365, "must be at most 365 days").default(90)
        .describe("Days a notified finding is remembered, so that it does not notify again."),
    response: ResponseSchema.describe("Automatic first response to GuardDuty findings of a compromised EC2 instance: dry-run unless an OU is listed."),
}).optional().describe("Who hears about findings and alarms, and the automatic first response to a compromised instance. Without it, findings notify nobody (a warning says so).");

export type RawAlerting = z.input<typeof AlertingSchema>;
export type AlertingConfig = NonNullable<Parsed<typeof AlertingSchema>>;
export type AlertSubscriptionConfig = AlertingConfig["subscriptions"][number];
export type ResponseConfig = AlertingConfig["response"];

const fields = AlertingSchema.unwrap().shape;
export const DEFAULT_GUARDDUTY_MINIMUM_SEVERITY: number = fields.guardDutyMinimumSeverity.parse(undefined);
export const DEFAULT_DEDUPLICATION_DAYS: number = fields.deduplicationDays.parse(undefined);
