import { z } from "zod";
import { ORGANIZATION_POLICY_TYPES, SERVICE_PRINCIPAL } from "../../catalog/aws-values";
import { accountId, accountKey, email, region, slug } from "../primitives";

/*
 * Shape of `foundation:organization`, `foundation:organizationalUnits` and `foundation:accounts`, with
 * their defaults. Every object is strict: a misspelled key is an error, never silently ignored.
 */

export const DEFAULT_LOG_ARCHIVE_ACCOUNT = "log-archive";
export const DEFAULT_AUDIT_ACCOUNT = "audit";
export const DEFAULT_ACCOUNT_ACCESS_ROLE = "OrganizationAccountAccessRole";

/** An OU as written: recursive, so its type is declared (zod cannot infer a recursive type). */
export interface RawOrganizationalUnit {
    name: string;
    children?: RawOrganizationalUnit[];
    importId?: string;
}

export const OrganizationalUnitSchema: z.ZodType<RawOrganizationalUnit, RawOrganizationalUnit> = z.strictObject({
    name: z.string()
        .min(1, "must not be empty")
        .max(128, "is too long for an OU name (at most 128 characters)")
        .regex(/^[^/]+$/, "must not contain '/': it separates OU path segments")
        .regex(/^((?!::).)+$/, "must not contain '::': resource names cannot hold it")
        .describe("OU name as shown in AWS Organizations; also its path segment (`Workloads/Prod`)."),
    get children() {
        return z.array(OrganizationalUnitSchema).optional().describe("Nested OUs, each like this one. AWS allows at most five levels below the root.");
    },
    importId: z.string().regex(/^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/, "is not an OU id (ou-xxxx-xxxxxxxx)").optional()
        .describe("Id of an existing OU to adopt (`ou-xxxx-xxxxxxxx`) instead of creating it."),
});

const organizationFeatures = (what: string) => z.strictObject({
    trustedServices: z.array(z.string().regex(SERVICE_PRINCIPAL, "is not an AWS service principal (e.g. ram.amazonaws.com)")).default([])
        .describe(`Service principals with trusted access (e.g. \`ram.amazonaws.com\`) ${what}.`),
    policyTypes: z.array(z.enum(ORGANIZATION_POLICY_TYPES)).default([]).describe(`Organization policy types ${what}.`),
}).prefault({});

export const OrganizationSchema = z.strictObject({
    name: slug("organization name", 32).describe("Short name of the organization, used in the session names the account providers show in CloudTrail."),
    managementAccount: z.strictObject({
        email: email.describe("Root email of the management (payer) account."),
        id: accountId.describe("Id of the management account: the management provider refuses to act in any other account."),
    }).describe("The management (payer) account the program runs from."),
    homeRegion: region.describe("Region of the management provider and of home-region-only services."),
    allowedRegions: z.array(region).min(1, "must list at least one region").describe("Regions workloads may use; everything regional is set up in each of them."),
    enabledOptInRegions: z.array(region).optional()
        .describe("Opt-in regions (af-south-1, me-south-1, ...) already enabled in every account: only these may be in allowedRegions."),
    logArchiveAccount: accountKey.default(DEFAULT_LOG_ARCHIVE_ACCOUNT).describe("Key of the account that receives the organization's logs."),
    auditAccount: accountKey.default(DEFAULT_AUDIT_ACCOUNT).describe("Key of the security tooling account, delegated administrator of the detection services."),
    accountAccessRoleName: z.string().regex(/^[\w+=,.@-]{1,64}$/, "is not a valid IAM role name").default(DEFAULT_ACCOUNT_ACCESS_ROLE)
        .describe("Role Organizations creates in new accounts and the foundation assumes."),
    importId: z.string().regex(/^o-[a-z0-9]{10,32}$/, "is not an organization id (o-xxxxxxxxxx)").optional()
        .describe("Id of an existing organization to adopt (`o-xxxxxxxxxx`) instead of creating one."),
    controlTower: z.boolean().default(false)
        .describe("Declare true when AWS Control Tower manages the organization: the foundation then refuses to run (docs/first-run.md, \"Adopting an existing organization\")."),
    existing: organizationFeatures("the organization already uses besides the foundation's: kept as they are")
        .describe("Trusted services and policy types the organization already uses besides the foundation's: kept as they are."),
    disable: organizationFeatures("to turn off")
        .describe("Trusted services and policy types to turn off: the only way one the live organization has is removed."),
}).describe("The organization: its name, management account and regions, and what an adopted organization keeps.");

export const AccountSchema = z.strictObject({
    key: accountKey.describe("Stable identifier: resource names derive from it."),
    name: z.string().min(1, "must not be empty").max(50, "is too long for an account name (at most 50 characters)")
        .regex(/^[\u0020-\u007E]+$/, "holds characters AWS does not accept in an account name (printable ASCII only)")
        .describe("Account name shown in AWS."),
    email: email.describe("Root user email; must be unique across all AWS."),
    ou: z.string().min(1, "must not be empty").describe("Path of the OU the account lives in, e.g. `Workloads/Prod`."),
    closeOnDeletion: z.boolean().default(false).describe(
        "Close the AWS account when it is removed from config (after `pulumi state unprotect`). When false, it leaves the organization instead, " +
        "losing its guardrails and detection, and needs its own payment method (docs/first-run.md, \"Removing an account from config\").",
    ),
    importId: accountId.optional().describe("Id of an existing account to adopt instead of creating one."),
});

export const OrganizationalUnitsSchema = z.array(OrganizationalUnitSchema).describe("The OU tree below the root.");
export const AccountsSchema = z.array(AccountSchema).min(1, "must list at least the log-archive and audit accounts")
    .describe("Member accounts, created or adopted; the management account is not listed.");

export type RawOrganization = z.input<typeof OrganizationSchema>;
export type RawAccount = z.input<typeof AccountSchema>;
