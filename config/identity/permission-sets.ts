import { z } from "zod";
import { MAX_PERMISSION_SET_DESCRIPTION, MAX_PERMISSION_SET_INLINE_POLICY, PERMISSION_SET_NAME } from "../../catalog/aws-values";
import { AWS_MANAGED_POLICY, NO_DATA_READS, READ_ONLY_ACCESS } from "../../catalog/iam-lists";
import type { DeepReadonly } from "../area";

/*
 * Permission sets: the built-in ones every identity config starts from, and how config changes them or
 * adds its own. A field left out of a built-in set keeps the built-in value, so these defaults are filled
 * here rather than by the schema.
 */

/** ISO-8601 durations as Identity Center takes them: hours and/or minutes (`PT1H`, `PT90M`, `PT2H30M`). */
export const SESSION_DURATION = /^PT(?:(\d+)H)?(?:(\d+)M)?$/;

export const DEFAULT_SESSION_DURATION = "PT1H";

export const permissionSetName = z.string().regex(PERMISSION_SET_NAME, "is not a valid permission set name: 1 to 32 letters, digits or +=,.@-_");

const policyDocument = z.strictObject({
    Version: z.literal("2012-10-17", "must be \"2012-10-17\""),
    Id: z.string().optional(),
    Statement: z.array(z.record(z.string(), z.unknown())).min(1, "must list at least one statement"),
}).refine(doc => JSON.stringify(doc).replace(/\s/g, "").length <= MAX_PERMISSION_SET_INLINE_POLICY, `is longer than the ${MAX_PERMISSION_SET_INLINE_POLICY} non-whitespace characters AWS allows for an inline policy`);

export const PermissionSetSchema = z.strictObject({
    name: permissionSetName.describe("The permission set's name in Identity Center and the access portal; a built-in set's name changes that set."),
    description: z.string().min(1, "must not be empty").max(MAX_PERMISSION_SET_DESCRIPTION, `is too long (at most ${MAX_PERMISSION_SET_DESCRIPTION} characters)`)
        .regex(/^[\t\n\r\x20-\x7e\xa1-\xff]*$/, "has characters AWS does not allow in a permission set description (printable Latin-1 only)").optional()
        .describe("Shown in the access portal. Default: the built-in set's, or `<name>, declared in foundation:identity`."),
    sessionDuration: z.string().regex(SESSION_DURATION, "is not an ISO-8601 duration in hours and minutes like PT1H or PT2H30M").optional()
        .describe(
            "How long a sign-in lasts before the person signs in again: `PT1H` to `PT12H`, in hours and minutes (`PT2H30M`). " +
            `Default: the built-in set's, or \`${DEFAULT_SESSION_DURATION}\`; AdministratorAccess with any value but \`PT1H\` warns.`,
        ),
    managedPolicies: z.array(z.string().regex(/^arn:aws:iam::aws:policy\/[\w+=,.@/-]+$/, "is not an AWS managed policy ARN (arn:aws:iam::aws:policy/...)")).optional()
        .describe("AWS managed policies, by ARN; at most 20 together with customerManagedPolicies. Default: the built-in set's, or none."),
    customerManagedPolicies: z.array(z.strictObject({
        name: z.string().regex(/^[\w+=,.@-]{1,128}$/, "is not a valid IAM policy name").describe("The policy's name."),
        path: z.string().regex(/^\/([\x21-\x7e]*\/)?$/, "is not an IAM path: it starts and ends with '/'").optional().describe("The policy's path, e.g. `/security/`."),
    })).optional().describe("Policies of your own, which must exist under this name and path in every account the set is assigned to."),
    inlinePolicy: policyDocument.optional().describe(`An IAM policy document, written as YAML; at most ${MAX_PERMISSION_SET_INLINE_POLICY} characters, whitespace not counted.`),
});

type WrittenPermissionSet = z.output<typeof PermissionSetSchema>;

/** A permission set with every field filled. */
export type PermissionSetConfig = DeepReadonly<Required<Omit<WrittenPermissionSet, "inlinePolicy">> & Pick<WrittenPermissionSet, "inlinePolicy">>;

/** An IAM policy document as written in config (YAML), passed to AWS as JSON. */
export type PolicyDocumentConfig = NonNullable<PermissionSetConfig["inlinePolicy"]>;

/** The permission sets every identity config starts from; config may change any field of them. */
export const BUILT_IN_PERMISSION_SETS: readonly PermissionSetConfig[] = ([
    {
        name: "AdministratorAccess",
        description: "Full access to the account: for administrators, through short sessions",
        managedPolicies: [`${AWS_MANAGED_POLICY}/AdministratorAccess`],
    },
    {
        name: "PowerUserAccess",
        description: "Every service except IAM and Organizations administration: for developers",
        managedPolicies: [`${AWS_MANAGED_POLICY}/PowerUserAccess`],
    },
    {
        name: "ReadOnlyAccess",
        description: "Reads configuration and metadata of every service, but no stored data (objects, items, parameters, secrets)",
        managedPolicies: [READ_ONLY_ACCESS],
        inlinePolicy: { Version: "2012-10-17", Statement: [NO_DATA_READS] },
    },
    {
        name: "Billing",
        description: "Billing, cost and budget management",
        managedPolicies: [`${AWS_MANAGED_POLICY}/job-function/Billing`],
    },
    {
        name: "SecurityAudit",
        description: "Reads security configuration of every service: for security reviews",
        managedPolicies: [`${AWS_MANAGED_POLICY}/SecurityAudit`],
    },
] satisfies Omit<PermissionSetConfig, "sessionDuration" | "customerManagedPolicies">[])
    .map(set => ({ sessionDuration: DEFAULT_SESSION_DURATION, customerManagedPolicies: [], ...set }));

/** The built-in permission sets with config's changes, then config's own, every field filled. */
export function permissionSetsWithDefaults(configured: readonly WrittenPermissionSet[]): PermissionSetConfig[] {
    const withDefaults = (set: WrittenPermissionSet, base?: PermissionSetConfig): PermissionSetConfig => ({
        name: set.name,
        description: set.description ?? base?.description ?? `${set.name}, declared in foundation:identity`,
        sessionDuration: set.sessionDuration ?? base?.sessionDuration ?? DEFAULT_SESSION_DURATION,
        managedPolicies: set.managedPolicies ?? base?.managedPolicies ?? [],
        customerManagedPolicies: set.customerManagedPolicies ?? base?.customerManagedPolicies ?? [],
        ...(set.inlinePolicy ? { inlinePolicy: set.inlinePolicy } : base?.inlinePolicy && { inlinePolicy: base.inlinePolicy }),
    });
    const builtIn = BUILT_IN_PERMISSION_SETS.map(base => {
        const changes = configured.find(set => set.name === base.name);
        return changes ? withDefaults(changes, base) : base;
    });
    const own = configured.filter(set => !BUILT_IN_PERMISSION_SETS.some(base => base.name === set.name)).map(set => withDefaults(set));
    return [...builtIn, ...own];
}
