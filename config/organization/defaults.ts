import type { Parsed } from "../area";
import { DEFAULT_AUDIT_ACCOUNT, DEFAULT_LOG_ARCHIVE_ACCOUNT, type AccountSchema, type OrganizationSchema, type RawOrganizationalUnit } from "./schema";

export type OrganizationConfig = Parsed<typeof OrganizationSchema>;
export type AccountConfig = Parsed<typeof AccountSchema>;

/** An OU of the validated config: its slash path from the root (`Workloads/Prod`) is its stable identity. */
export interface OrganizationalUnitConfig {
    readonly name: string;
    readonly path: string;
    readonly importId?: string;
    readonly children: readonly OrganizationalUnitConfig[];
}

/** The log-archive and audit account keys: config's, or the defaults. Validation and the program both use this. */
export function securityAccountKeys(organization: { readonly logArchiveAccount?: string; readonly auditAccount?: string }): { logArchive: string; audit: string } {
    return {
        logArchive: organization.logArchiveAccount ?? DEFAULT_LOG_ARCHIVE_ACCOUNT,
        audit: organization.auditAccount ?? DEFAULT_AUDIT_ACCOUNT,
    };
}

/** The OU with its path and its children's, below `parentPath` ("" at the root). */
export function unitWithPath(unit: RawOrganizationalUnit, parentPath = ""): OrganizationalUnitConfig {
    const path = parentPath ? `${parentPath}/${unit.name}` : unit.name;
    return {
        name: unit.name,
        path,
        ...(unit.importId !== undefined && { importId: unit.importId }),
        children: (unit.children ?? []).map(child => unitWithPath(child, path)),
    };
}
