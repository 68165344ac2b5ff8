import { z } from "zod";
import { isAwsRegion } from "./regions";

/** Value types shared by the config sections. */

const SLUG = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;
const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export const slug = (what: string, max: number) =>
    z.string()
        .regex(SLUG, `is not a valid ${what}: use lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen`)
        .max(max, `is too long for a ${what} (at most ${max} characters)`);

/** AWS accepts account (root) emails of at most 64 characters (Organizations CreateAccount). */
export const email = z.string().regex(EMAIL, "is not an email").max(64, "is too long for an AWS account email (at most 64 characters)");

/** An address notifications are sent to (SNS email subscriptions): no account-email length limit. */
export const notificationEmail = z.string().regex(EMAIL, "is not an email").max(254, "is too long for an email address (at most 254 characters)");

export const region = z.string().refine(isAwsRegion, "is not an AWS region code of the aws partition (e.g. us-east-1)");

export const accountId = z.string().regex(/^\d{12}$/, "is not a 12-digit AWS account id");

/** Account keys name resources and providers; they never change once an account exists. */
export const accountKey = slug("account key", 40);
