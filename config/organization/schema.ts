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
        .describe("OU name as shown in AWS Organizations, unique among its siblings and without `/` or `::`; also its path segment (`Workloads/Prod`)."),
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
    name: slug("organization name", 32).describe("Short name of the organization (lowercase letters, digits and hyphens), used in the session names the account providers show in CloudTrail."),
    managementAccount: z.strictObject({
        email: email.describe("Root email of the management (payer) account; no member account may reuse it."),
        id: accountId.describe("Id of the management account (12 digits): the management provider refuses to act in any other account, so a wrong profile cannot create a second organization."),
    }).describe("The management (payer) account the program runs from."),
    homeRegion: region.describe("Region of the management provider and of home-region-only services (Security Hub administration); must be in allowedRegions."),
    allowedRegions: z.array(region).min(1, "must list at least one region").describe("Regions workloads may use, each listed once; everything regional (EBS encryption by default, GuardDuty, AWS Config) is set up in each of them. An opt-in region must also be in enabledOptInRegions."),
    enabledOptInRegions: z.array(region).optional()
        .describe("Opt-in regions (af-south-1, me-south-1, ...) already enabled in every account (AWS Account Management, Regions): the only opt-in regions allowedRegions may list. A region every account has enabled is refused here."),
    logArchiveAccount: accountKey.default(DEFAULT_LOG_ARCHIVE_ACCOUNT).describe("Key of the account that receives the organization's logs; must be declared in foundation:accounts."),
    auditAccount: accountKey.default(DEFAULT_AUDIT_ACCOUNT).describe("Key of the security tooling account, delegated administrator of GuardDuty, Security Hub, AWS Config and IAM Access Analyzer; must be declared in foundation:accounts and differ from logArchiveAccount."),
    accountAccessRoleName: z.string().regex(/^[\w+=,.@-]{1,64}$/, "is not a valid IAM role name").default(DEFAULT_ACCOUNT_ACCESS_ROLE)
        .describe("Role Organizations creates in new accounts and the foundation assumes."),
    importId: z.string().regex(/^o-[a-z0-9]{10,32}$/, "is not an organization id (o-xxxxxxxxxx)").optional()
        .describe("Id of an existing organization to adopt (`o-xxxxxxxxxx`) instead of creating one; its live trusted services and policy types are read and kept."),
    controlTower: z.boolean().default(false)
        .describe("Declare true when AWS Control Tower manages the organization: the foundation then refuses to run (docs/first-run.md, \"Adopting an existing organization\")."),
    existing: organizationFeatures("the organization already uses besides the foundation's: kept as they are")
        .describe("Trusted services and policy types the organization already uses besides the foundation's: kept as they are."),
    disable: organizationFeatures("to turn off")
        .describe("Trusted services and policy types to turn off: the only way one the live organization has is removed. Not one the foundation needs nor one listed in existing; each warns (disabling a policy type detaches every policy of that type)."),
}).describe("The organization: its name, management account and regions, and what an adopted organization keeps.");

export const AccountSchema = z.strictObject({
    key: accountKey.describe("Stable identifier (lowercase letters, digits and hyphens): resource and provider names derive from it, so never change it. `management` is reserved."),
    name: z.string().min(1, "must not be empty").max(50, "is too long for an account name (at most 50 characters)")
        .regex(/^[\u0020-\u007E]+$/, "holds characters AWS does not accept in an account name (printable ASCII only)")
        .describe("Account name shown in AWS (printable ASCII); unique among the accounts."),
    email: email.describe("Root user email; must be unique across all AWS, so no two accounts (ignoring case) may share one, nor use the management account's."),
    ou: z.string().min(1, "must not be empty").describe("Path of the OU the account lives in, e.g. `Workloads/Prod`; must be declared in foundation:organizationalUnits."),
    closeOnDeletion: z.boolean().default(false).describe(
        "Close the AWS account when it is removed from config (after `pulumi state unprotect`); the policy pack blocks this unless its allowedAccountNames lists the account. When false, it leaves the organization instead, " +
        "losing its guardrails and detection, and needs its own payment method (docs/first-run.md, \"Removing an account from config\").",
    ),
    importId: accountId.optional().describe("Id (12 digits) of an existing member account to adopt instead of creating one; not the management account, and each adopted once."),
});

export const OrganizationalUnitsSchema = z.array(OrganizationalUnitSchema).describe(
    "The OU tree below the root. Other keys name an OU by its path, names joined with `/` (`Workloads/Prod`); the OU's resource name derives " +
    "from that path, so reordering the list replaces nothing, but renaming an OU changes its path.",
);
export const AccountsSchema = z.array(AccountSchema).min(1, "must list at least the log-archive and audit accounts")
    .describe("Member accounts, created or adopted; the management account is not listed.");

export type RawOrganization = z.input<typeof OrganizationSchema>;
export type RawAccount = z.input<typeof AccountSchema>;
