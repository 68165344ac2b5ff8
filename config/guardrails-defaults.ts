import { DEFAULT_GUARDRAIL_MAP, type GuardrailName } from "../catalog/guardrails/scp-library";
import type { DEFERRABLE_BASELINE_SETTINGS, RawBaseline, RawContact, RawGuardrails } from "./guardrails-schema";
import { FOUNDATION_PIPELINE, pipelineRoleNames } from "./pipelines-semantics";

/** Where the root's guardrails are attached in config: AWS names it Root too. */
export const ROOT_TARGET = "Root";

export type VpcBlockPublicAccess = "off" | "block-ingress" | "block-bidirectional";

export interface GuardrailsConfig {
    /** Every exempt role: the foundation's own, then the break-glass roles from config. */
    readonly exemptRoles: readonly string[];
    /** The foundation's read-only preview role in member accounts (see GuardrailContext.readOnlyRoles). */
    readonly readOnlyRoles: readonly string[];
    /** Guardrail names by target (`Root`, OU path, account key): config's map, or the default one. */
    readonly serviceControlPolicies: Readonly<Record<string, readonly GuardrailName[]>>;
    readonly resourceControlPolicies: {
        readonly secureTransport: boolean;
        readonly organizationOnly: boolean;
        readonly trustedAccounts: readonly string[];
    };
    readonly ec2: {
        readonly requireImdsv2: boolean;
        readonly blockPublicImages: boolean;
        readonly blockPublicSnapshots: boolean;
        readonly disableSerialConsole: boolean;
        readonly vpcBlockPublicAccess: VpcBlockPublicAccess;
        readonly vpcBlockPublicAccessExclusions: boolean;
        readonly exceptionMessage?: string;
    };
    readonly centralizedRootAccess: boolean;
}

export type ContactConfig = RawContact;

export type DeferrableBaselineSetting = typeof DEFERRABLE_BASELINE_SETTINGS[number];

export interface BaselineConfig {
    readonly alternateContacts: { readonly security: ContactConfig; readonly operations?: ContactConfig; readonly billing?: ContactConfig };
    readonly defer: readonly { readonly account: string; readonly settings: readonly DeferrableBaselineSetting[]; readonly reason: string }[];
}

/** What the organization looks like to the guardrail defaults. */
export interface GuardrailDefaultsInput {
    readonly organizationName: string;
    readonly managementAccountId: string;
    readonly accountAccessRoleName: string;
    readonly ouPaths: readonly string[];
}

/** How many of GuardrailsConfig.exemptRoles are the foundation's own: config's follow them. */
export const FOUNDATION_EXEMPT_ROLES = 2;

/**
 * The roles every guardrail exempts: the access role the foundation reaches member accounts through
 * (also the break-glass path: only the management account can assume it), the foundation's deploy
 * role, and config's break-glass roles. And the read-only role previews use.
 */
export function guardrailRolesOf(input: Omit<GuardrailDefaultsInput, "ouPaths">, configured: readonly string[] | undefined) {
    const roles = pipelineRoleNames(input.organizationName, FOUNDATION_PIPELINE);
    return {
        exemptRoles: [
            `arn:aws:iam::*:role/${input.accountAccessRoleName}`,
            `arn:aws:iam::${input.managementAccountId}:role/${roles.deploy}`,
            ...(configured ?? []),
        ],
        readOnlyRoles: [`arn:aws:iam::*:role/${roles.preview}`],
    };
}

/** The default map, on the OUs of those names the tree declares. */
export function defaultGuardrailMap(ouPaths: readonly string[]): Record<string, readonly GuardrailName[]> {
    return Object.fromEntries(Object.entries(DEFAULT_GUARDRAIL_MAP).filter(([target]) => target === ROOT_TARGET || ouPaths.includes(target)));
}

export function guardrailsWithDefaults(raw: RawGuardrails | undefined, input: GuardrailDefaultsInput): GuardrailsConfig {
    const rcp = raw?.resourceControlPolicies;
    const ec2 = raw?.ec2;
    return {
        ...guardrailRolesOf(input, raw?.exemptRoles),
        serviceControlPolicies: (raw?.serviceControlPolicies as Record<string, GuardrailName[]> | undefined) ?? defaultGuardrailMap(input.ouPaths),
        resourceControlPolicies: {
            secureTransport: rcp?.secureTransport ?? true,
            organizationOnly: rcp?.organizationOnly ?? false,
            trustedAccounts: rcp?.trustedAccounts ?? [],
        },
        ec2: {
            requireImdsv2: ec2?.requireImdsv2 ?? true,
            blockPublicImages: ec2?.blockPublicImages ?? true,
            blockPublicSnapshots: ec2?.blockPublicSnapshots ?? true,
            disableSerialConsole: ec2?.disableSerialConsole ?? true,
            vpcBlockPublicAccess: ec2?.vpcBlockPublicAccess ?? "off",
            vpcBlockPublicAccessExclusions: ec2?.vpcBlockPublicAccessExclusions ?? true,
            ...(ec2?.exceptionMessage !== undefined && { exceptionMessage: ec2.exceptionMessage }),
        },
        centralizedRootAccess: raw?.centralizedRootAccess ?? true,
    };
}

export const baselineWithDefaults = (raw: RawBaseline): BaselineConfig => ({ ...raw, defer: raw.defer ?? [] });

/** The baseline settings deferred in one account. */
export const deferredSettings = (baseline: BaselineConfig, account: string): DeferrableBaselineSetting[] =>
    baseline.defer.filter(d => d.account === account).flatMap(d => d.settings);
