import { z } from "zod";
import { AlertingSchema, type RawAlerting } from "./alerting-schema";
import { DetectionSchema, type RawDetection } from "./detection-schema";
import { BaselineSchema, GuardrailsSchema, type RawBaseline, type RawGuardrails } from "./guardrails-schema";
import { IdentitySchema, type RawIdentity } from "./identity-schema";
import { LoggingSchema, type RawLogging } from "./logging-schema";
import { PipelinesSchema, type RawPipelines } from "./pipelines-schema";
import { PulumiCloudSchema, type RawPulumiCloud } from "./pulumi-cloud-schema";
import { ORGANIZATION_POLICY_TYPES, SERVICE_PRINCIPAL } from "../catalog/aws-values";
import { accountId, accountKey, email, region, slug } from "./primitives";

/*
 * Shape of the stack config, as written in Pulumi.<stack>.yaml. Every object is strict: a misspelled
 * key is an error, never silently ignored. Meaning (references, uniqueness, limits) is checked in
 * semantics.ts once the shape is right; defaults are filled in defaults.ts.
 */

export interface RawOrganizationalUnit {
    /** OU name as shown in AWS Organizations; also its path segment (`Workloads/Prod`). */
    name: string;
    /** Nested OUs. AWS allows at most five levels below the root. */
    children?: RawOrganizationalUnit[];
    /** Id of an existing OU to adopt (`ou-xxxx-xxxxxxxx`) instead of creating it. */
    importId?: string;
}

export const OrganizationalUnitSchema: z.ZodType<RawOrganizationalUnit> = z.strictObject({
    name: z.string()
        .min(1, "must not be empty")
        .max(128, "is too long for an OU name (at most 128 characters)")
        .regex(/^[^/]+$/, "must not contain '/': it separates OU path segments")
        .regex(/^((?!::).)+$/, "must not contain '::': resource names cannot hold it"),
    get children() {
        return z.array(OrganizationalUnitSchema).optional();
    },
    importId: z.string().regex(/^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/, "is not an OU id (ou-xxxx-xxxxxxxx)").optional(),
});

const OrganizationFeaturesSchema = z.strictObject({
    trustedServices: z.array(z.string().regex(SERVICE_PRINCIPAL, "is not an AWS service principal (e.g. ram.amazonaws.com)")).optional(),
    policyTypes: z.array(z.enum(ORGANIZATION_POLICY_TYPES)).optional(),
});

export const OrganizationSchema = z.strictObject({
    /** Short name of the organization, used in the session names the account providers show in CloudTrail. */
    name: slug("organization name", 32),
    managementAccount: z.strictObject({
        /** Root email of the management (payer) account. */
        email,
        /** Id of the management account: the management provider refuses to act in any other account. */
        id: accountId,
    }),
    /** Region of the management provider and of home-region-only services. */
    homeRegion: region,
    /** Regions workloads may use; everything regional is set up in each of them. */
    allowedRegions: z.array(region).min(1, "must list at least one region"),
    /** Opt-in regions (af-south-1, me-south-1, ...) already enabled in every account: only these may be in allowedRegions. */
    enabledOptInRegions: z.array(region).optional(),
    /** Key of the account that receives the organization's logs. Default `log-archive`. */
    logArchiveAccount: accountKey.optional(),
    /** Key of the security tooling account, delegated administrator of the detection services. Default `audit`. */
    auditAccount: accountKey.optional(),
    /** Role Organizations creates in new accounts and the foundation assumes. Default `OrganizationAccountAccessRole`. */
    accountAccessRoleName: z.string()
        .regex(/^[\w+=,.@-]{1,64}$/, "is not a valid IAM role name")
        .optional(),
    /** Id of an existing organization to adopt (`o-xxxxxxxxxx`) instead of creating one. */
    importId: z.string().regex(/^o-[a-z0-9]{10,32}$/, "is not an organization id (o-xxxxxxxxxx)").optional(),
    /** Declare true when AWS Control Tower manages the organization: the foundation then refuses to run (README "Adopting"). */
    controlTower: z.boolean().optional(),
    /** Trusted services and policy types the organization already uses besides the foundation's: kept as they are. */
    existing: OrganizationFeaturesSchema.optional(),
    /** Trusted services and policy types to turn off: the only way one the live organization has is removed. */
    disable: OrganizationFeaturesSchema.optional(),
});

export const AccountSchema = z.strictObject({
    /** Stable identifier: resource names derive from it. */
    key: accountKey,
    /** Account name shown in AWS. */
    name: z.string().min(1, "must not be empty").max(50, "is too long for an account name (at most 50 characters)")
        .regex(/^[\u0020-\u007E]+$/, "holds characters AWS does not accept in an account name (printable ASCII only)"),
    /** Root user email; must be unique across all AWS. */
    email,
    /** Path of the OU the account lives in, e.g. `Workloads/Prod`. */
    ou: z.string().min(1, "must not be empty"),
    /**
     * Close the AWS account when it is removed from config (after `pulumi state unprotect`). Default false:
     * it then leaves the organization, losing its guardrails and detection, and needs its own payment method
     * (README "Removing an account from config").
     */
    closeOnDeletion: z.boolean().optional(),
    /** Id of an existing account to adopt instead of creating one. */
    importId: accountId.optional(),
});

export const ConfigSchemas = {
    organization: OrganizationSchema,
    organizationalUnits: z.array(OrganizationalUnitSchema),
    accounts: z.array(AccountSchema).min(1, "must list at least the log-archive and audit accounts"),
    logging: LoggingSchema.optional(),
    detection: DetectionSchema.optional(),
    alerting: AlertingSchema.optional(),
    identity: IdentitySchema.optional(),
    pipelines: PipelinesSchema.optional(),
    pulumiCloud: PulumiCloudSchema.optional(),
    guardrails: GuardrailsSchema.optional(),
    baseline: BaselineSchema,
} as const;

export type ConfigKey = keyof typeof ConfigSchemas;
export type RawOrganization = z.infer<typeof OrganizationSchema>;
export type RawAccount = z.infer<typeof AccountSchema>;

export interface RawFoundationConfig {
    organization: RawOrganization;
    organizationalUnits: RawOrganizationalUnit[];
    accounts: RawAccount[];
    logging?: RawLogging;
    detection?: RawDetection;
    alerting?: RawAlerting;
    identity?: RawIdentity;
    pipelines?: RawPipelines;
    pulumiCloud?: RawPulumiCloud;
    guardrails?: RawGuardrails;
    baseline: RawBaseline;
}
