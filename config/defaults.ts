import type { RawFoundationConfig, RawOrganizationalUnit } from "./schema";
export const DEFAULT_LOG_ARCHIVE_ACCOUNT = "log-archive";
export const DEFAULT_AUDIT_ACCOUNT = "audit";
export const DEFAULT_ACCOUNT_ACCESS_ROLE = "OrganizationAccountAccessRole";

export interface OrganizationConfig {
    readonly name: string;
    readonly managementAccount: { readonly email: string; readonly id: string };
    readonly homeRegion: string;
    readonly allowedRegions: readonly string[];
    readonly logArchiveAccount: string;
    readonly auditAccount: string;
    readonly accountAccessRoleName: string;
    readonly importId?: string;
}

export interface OrganizationalUnitConfig {
    readonly name: string;
    /** Slash-separated path from the root, e.g. `Workloads/Prod`. Stable identity of the OU. */
    readonly path: string;
    readonly importId?: string;
    readonly children: readonly OrganizationalUnitConfig[];
}

export interface AccountConfig {
    readonly key: string;
    readonly name: string;
    readonly email: string;
    readonly ou: string;
    readonly closeOnDeletion: boolean;
    readonly importId?: string;
}

/** The validated config with every default filled in: what the components consume. */
export interface FoundationConfig {
    readonly organization: OrganizationConfig;
    readonly organizationalUnits: readonly OrganizationalUnitConfig[];
    readonly accounts: readonly AccountConfig[];
}

function unitWithPath(unit: RawOrganizationalUnit, parentPath: string): OrganizationalUnitConfig {
    const path = parentPath ? `${parentPath}/${unit.name}` : unit.name;
    return {
        name: unit.name,
        path,
        ...(unit.importId !== undefined && { importId: unit.importId }),
        children: (unit.children ?? []).map(child => unitWithPath(child, path)),
    };
}

/** Fills every default. Pure: the same raw config always gives the same result. */
export function withDefaults(raw: RawFoundationConfig): FoundationConfig {
    return {
        organization: {
            ...raw.organization,
            logArchiveAccount: raw.organization.logArchiveAccount ?? DEFAULT_LOG_ARCHIVE_ACCOUNT,
            auditAccount: raw.organization.auditAccount ?? DEFAULT_AUDIT_ACCOUNT,
            accountAccessRoleName: raw.organization.accountAccessRoleName ?? DEFAULT_ACCOUNT_ACCESS_ROLE,
        },
        organizationalUnits: raw.organizationalUnits.map(unit => unitWithPath(unit, "")),
        accounts: raw.accounts.map(account => ({ ...account, closeOnDeletion: account.closeOnDeletion ?? false })),
    };
}
