import { DEFAULT_GUARDRAIL_MAP, type GuardrailName } from "../../catalog/guardrails/scp-library";
import type { DeepReadonly, Parsed } from "../area";
import { FOUNDATION_PIPELINE, pipelineRoleNames } from "../pipelines/roles";
import type { GuardrailsSchema, VPC_BLOCK_PUBLIC_ACCESS_MODES } from "./schema";

/** Where the root's guardrails are attached in config: AWS names it Root too. */
export const ROOT_TARGET = "Root";

export type VpcBlockPublicAccess = typeof VPC_BLOCK_PUBLIC_ACCESS_MODES[number];

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

/** The exemptions and the default map need the organization and its OU tree: the defaults the schema cannot hold. */
export function guardrailsWithDefaults(guardrails: Parsed<typeof GuardrailsSchema>, input: GuardrailDefaultsInput) {
    const { exemptRoles, serviceControlPolicies, ...settings } = guardrails;
    return {
        /** Every exempt role: the foundation's own, then the break-glass roles from config; and the read-only preview role. */
        ...guardrailRolesOf(input, exemptRoles),
        /** Guardrail names by target (`Root`, OU path, account key): config's map (checked to name guardrails), or the default one. */
        serviceControlPolicies: (serviceControlPolicies as Readonly<Record<string, readonly GuardrailName[]>> | undefined) ?? defaultGuardrailMap(input.ouPaths),
        ...settings,
    };
}

export type GuardrailsConfig = DeepReadonly<ReturnType<typeof guardrailsWithDefaults>>;
