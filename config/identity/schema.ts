import { z } from "zod";
import { email, region } from "../primitives";
import { permissionSetName, PermissionSetSchema, permissionSetsWithDefaults } from "./permission-sets";

/*
 * Shape of `foundation:identity`: IAM Identity Center groups, users, permission sets and who gets which
 * permission set in which accounts, with the defaults. Optional: without it Identity Center is left alone.
 */

/** Group names name resources and appear in the access portal; no spaces, so they read well in URNs. */
const GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const groupName = z.string().regex(GROUP_NAME, "is not a valid group name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");

export const IdentitySchema = z.strictObject({
    region: region.optional().describe("Region of the Identity Center instance. Default: foundation:organization.homeRegion."),
    manageUsers: z.boolean().default(true).describe(
        "true: the users below are managed here. false: people come from an external identity provider through SCIM, which fills the groups; no user may be listed.",
    ),
    groups: z.array(z.strictObject({
        name: groupName.describe("The group's name: 1 to 64 letters, digits, '.', '_' or '-'; unique ignoring case."),
        description: z.string().min(1, "must not be empty").max(1024, "is too long (at most 1024 characters)").optional().describe("Shown in Identity Center."),
    })).default([]).describe("Groups; permission sets are assigned to groups, never to single users."),
    users: z.array(z.strictObject({
        userName: z.string().regex(/^[\w+=,.@-]{1,128}$/, "is not a valid user name: 1 to 128 letters, digits or +=,.@-_")
            .describe("Sign-in name, unique in the identity store (ignoring case); usually the work email."),
        givenName: z.string().min(1, "must not be empty").max(1024, "is too long").describe("First name."),
        familyName: z.string().min(1, "must not be empty").max(1024, "is too long").describe("Last name."),
        email: email.describe("Where AWS sends the sign-up invitation; unique ignoring case."),
        groups: z.array(groupName).default([]).describe("Groups the user is a member of, each declared in groups."),
    })).default([]).describe("People, when manageUsers is true."),
    permissionSets: z.array(PermissionSetSchema).default([]).transform(permissionSetsWithDefaults)
        .describe(
            "The built-in permission sets (AdministratorAccess, PowerUserAccess, ReadOnlyAccess, Billing, SecurityAudit) with changes, and permission sets " +
            "of your own; a built-in set keeps every field not given. Names are unique ignoring case, and every set must grant something.",
        ),
    assignments: z.array(z.strictObject({
        group: groupName.describe("A group declared in groups."),
        permissionSet: permissionSetName.describe("A built-in permission set or one declared in permissionSets."),
        targets: z.array(z.string().min(1, "must not be empty")).min(1, "must list at least one account key or OU path")
            .describe("Account keys (`management` for the management account, which warns) or OU paths, which include every account below them, now and later. " +
                "A name that is both an account key and an OU path is refused."),
    })).default([]).describe("Who gets which permission set where: one entry per group and permission set, with all its targets."),
}).optional().describe("IAM Identity Center: groups, users, permission sets and assignments (docs/design/people-and-pipelines.md explains the model). Without it, Identity Center is left alone.");

export type RawIdentity = z.input<typeof IdentitySchema>;
export type RawPermissionSet = z.input<typeof PermissionSetSchema>;
