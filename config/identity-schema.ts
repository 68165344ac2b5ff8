import { z } from "zod";
import { email, region } from "./primitives";
import { MAX_PERMISSION_SET_DESCRIPTION, MAX_PERMISSION_SET_INLINE_POLICY, PERMISSION_SET_NAME } from "../catalog/aws-values";

/*
 * Shape of `foundation:identity`: IAM Identity Center groups, users, permission sets and who gets
 * which permission set in which accounts. Every key is optional; defaults.ts fills them.
 */

/** Group names name resources and appear in the access portal; no spaces, so they read well in URNs. */
const GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** ISO-8601 durations as Identity Center takes them: hours and/or minutes (`PT1H`, `PT90M`, `PT2H30M`). */
export const SESSION_DURATION = /^PT(?:(\d+)H)?(?:(\d+)M)?$/;

const groupName = z.string().regex(GROUP_NAME, "is not a valid group name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");

const permissionSetName = z.string().regex(PERMISSION_SET_NAME, "is not a valid permission set name: 1 to 32 letters, digits or +=,.@-_");

const policyDocument = z.strictObject({
    Version: z.literal("2012-10-17", "must be \"2012-10-17\""),
    Id: z.string().optional(),
    Statement: z.array(z.record(z.string(), z.unknown())).min(1, "must list at least one statement"),
}).refine(doc => JSON.stringify(doc).replace(/\s/g, "").length <= MAX_PERMISSION_SET_INLINE_POLICY, `is longer than the ${MAX_PERMISSION_SET_INLINE_POLICY} non-whitespace characters AWS allows for an inline policy`);

export const PermissionSetSchema = z.strictObject({
    /** The permission set's name in Identity Center and the access portal. */
    name: permissionSetName,
    description: z.string().min(1, "must not be empty").max(MAX_PERMISSION_SET_DESCRIPTION, `is too long (at most ${MAX_PERMISSION_SET_DESCRIPTION} characters)`)
        .regex(/^[\t\n\r\x20-\x7e\xa1-\xff]*$/, "has characters AWS does not allow in a permission set description (printable Latin-1 only)").optional(),
    /** How long a sign-in lasts before the person signs in again: `PT1H` to `PT12H`. */
    sessionDuration: z.string().regex(SESSION_DURATION, "is not an ISO-8601 duration in hours and minutes like PT1H or PT2H30M").optional(),
    /** AWS managed policies, by ARN. */
    managedPolicies: z.array(z.string().regex(/^arn:aws:iam::aws:policy\/[\w+=,.@/-]+$/, "is not an AWS managed policy ARN (arn:aws:iam::aws:policy/...)")).optional(),
    /** Policies of your own, which must exist under this name and path in every account the set is assigned to. */
    customerManagedPolicies: z.array(z.strictObject({
        name: z.string().regex(/^[\w+=,.@-]{1,128}$/, "is not a valid IAM policy name"),
        path: z.string().regex(/^\/([\x21-\x7e]*\/)?$/, "is not an IAM path: it starts and ends with '/'").optional(),
    })).optional(),
    /** An IAM policy document, written as YAML. */
    inlinePolicy: policyDocument.optional(),
});

export const IdentitySchema = z.strictObject({
    /** Region of the Identity Center instance. Default: foundation:organization.homeRegion. */
    region: region.optional(),
    /**
     * true (default): the users below are managed here. false: people come from an external
     * identity provider through SCIM, which fills the groups; no user may be listed.
     */
    manageUsers: z.boolean().optional(),
    groups: z.array(z.strictObject({
        name: groupName,
        description: z.string().min(1, "must not be empty").max(1024, "is too long (at most 1024 characters)").optional(),
    })).optional(),
    users: z.array(z.strictObject({
        /** Sign-in name, unique in the identity store; usually the work email. */
        userName: z.string().regex(/^[\w+=,.@-]{1,128}$/, "is not a valid user name: 1 to 128 letters, digits or +=,.@-_"),
        givenName: z.string().min(1, "must not be empty").max(1024, "is too long"),
        familyName: z.string().min(1, "must not be empty").max(1024, "is too long"),
        /** Where AWS sends the sign-up invitation. */
        email,
        groups: z.array(groupName).optional(),
    })).optional(),
    /** The built-in permission sets with changes, and permission sets of your own. */
    permissionSets: z.array(PermissionSetSchema).optional(),
    /** Who gets which permission set where: targets are account keys or OU paths. */
    assignments: z.array(z.strictObject({
        group: groupName,
        permissionSet: permissionSetName,
        targets: z.array(z.string().min(1, "must not be empty")).min(1, "must list at least one account key or OU path"),
    })).optional(),
});

export type RawIdentity = z.infer<typeof IdentitySchema>;
export type RawPermissionSet = z.infer<typeof PermissionSetSchema>;
