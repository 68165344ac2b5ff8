import { z } from "zod";
import type { Parsed } from "../area";
import { email } from "../primitives";

/* Shape of `foundation:baseline`: settings every account gets, and the accounts that defer some of them. */

/** An alternate contact as the Account Management API takes it. */
const ContactSchema = z.strictObject({
    name: z.string().min(1, "must not be empty").max(64, "is too long (at most 64 characters)").describe("A person's or a team's name."),
    title: z.string().min(1, "must not be empty").max(50, "is too long (at most 50 characters)").describe("Their title or role."),
    email: email.describe("Their email address."),
    phone: z.string().regex(/^[\s0-9()+-]{1,25}$/, "is not a phone number (digits, spaces, + - ( ), at most 25 characters)").describe("Their phone number: digits, spaces and `+-()`, at most 25 characters."),
});

/** Baseline settings an account may defer while its existing workloads are checked (docs/first-run.md, "Adopting"). */
export const DEFERRABLE_BASELINE_SETTINGS = ["ebsEncryptionByDefault", "s3PublicAccessBlock"] as const;

export const BaselineSchema = z.strictObject({
    defer: z.array(z.strictObject({
        account: z.string().min(1, "must not be empty").describe("`management` or a member account key declared in foundation:accounts."),
        settings: z.array(z.enum(DEFERRABLE_BASELINE_SETTINGS)).min(1, "must list at least one setting").describe("The settings not applied yet, each deferred once per account."),
        reason: z.string().min(1, "is empty: say why").describe("Why: every preview shows it."),
    })).default([]).describe("Accounts where some baseline settings are not applied yet, each with the reason every preview shows in a warning."),
    alternateContacts: z.strictObject({
        security: ContactSchema.describe("Security notices: abuse reports, compromised credentials. Required."),
        operations: ContactSchema.optional().describe("Operations notices: maintenance, service events."),
        billing: ContactSchema.optional().describe("Billing notices."),
    }).describe("Who AWS contacts about each account besides its root email; set on every account from the management account."),
}).describe("Settings every account gets, and the accounts that defer some of them while adopting.");

export type RawBaseline = z.input<typeof BaselineSchema>;
export type RawContact = z.input<typeof ContactSchema>;
export type BaselineConfig = Parsed<typeof BaselineSchema>;
export type ContactConfig = Parsed<typeof ContactSchema>;
export type DeferrableBaselineSetting = typeof DEFERRABLE_BASELINE_SETTINGS[number];

/** The baseline settings deferred in one account. */
export const deferredSettings = (baseline: BaselineConfig, account: string): DeferrableBaselineSetting[] =>
    baseline.defer.filter(d => d.account === account).flatMap(d => d.settings);
