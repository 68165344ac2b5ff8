import type { Written } from "../area";
import { keyPath, show, type ConfigProblem } from "../problems";
import { OPT_IN_REGIONS } from "../regions";
import { checkAdoption } from "./adoption";
import { declaredOuPaths, listOrganizationalUnits, type WrittenOrganizationTree } from "./declared";
import { securityAccountKeys } from "./defaults";
import type { OrganizationSchema } from "./schema";

/** AWS Organizations allows OUs at most five levels below the root. */
export const MAX_OU_DEPTH = 5;

/** Member account keys may not take the management account's name: its resources use it. */
export const RESERVED_ACCOUNT_KEYS: readonly string[] = ["management"];

export interface WrittenOrganization extends WrittenOrganizationTree {
    readonly organization?: Written<typeof OrganizationSchema>;
}

function checkOrganizationalUnits(config: WrittenOrganization): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const seen = new Set<string>();
    for (const ou of listOrganizationalUnits(config.organizationalUnits ?? [])) {
        const at = keyPath("organizationalUnits", [...ou.where, "name"]);
        if (seen.has(ou.path)) {
            problems.push({ path: at, message: `duplicate OU "${ou.path}": sibling OUs need distinct names` });
        }
        seen.add(ou.path);
        if (ou.depth === MAX_OU_DEPTH + 1) {
            problems.push({ path: at, message: `OU "${ou.path}" is nested ${ou.depth} levels deep; AWS allows at most ${MAX_OU_DEPTH}` });
        }
    }
    return problems;
}

function checkAccounts(config: WrittenOrganization): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    // A malformed OU tree cannot tell which paths exist: its problems are reported on their own.
    const ouPaths = declaredOuPaths(config.organizationalUnits);
    const management = config.organization?.managementAccount;
    const managementEmail = management?.email?.toLowerCase();
    const firstIndex = { key: new Map<string, number>(), name: new Map<string, number>(), email: new Map<string, number>(), importId: new Map<string, number>() };

    /** `value` as written; `identity` is what must be unique (emails compare case-insensitively). */
    const unique = (field: keyof typeof firstIndex, value: string | undefined, i: number, identity = value) => {
        if (value === undefined || identity === undefined) return;
        const seenAt = firstIndex[field].get(identity);
        if (seenAt !== undefined) {
            problems.push({ path: keyPath("accounts", [i, field]), message: `${show(value)} is already used by ${keyPath("accounts", [seenAt])}` });
        } else {
            firstIndex[field].set(identity, i);
        }
    };

    (config.accounts ?? []).forEach((account, i) => {
        if (!account) return;
        const email = account.email?.toLowerCase();
        unique("key", account.key, i);
        unique("name", account.name, i);
        unique("email", account.email, i, email);
        if (account.key !== undefined && RESERVED_ACCOUNT_KEYS.includes(account.key)) {
            problems.push({ path: keyPath("accounts", [i, "key"]), message: `${show(account.key)} is reserved for the management account; choose another key` });
        }
        unique("importId", account.importId, i);
        if (ouPaths && account.ou !== undefined && !ouPaths.has(account.ou)) {
            problems.push({ path: keyPath("accounts", [i, "ou"]), message: `${show(account.ou)} is not an OU path declared in foundation:organizationalUnits (known: ${[...ouPaths].join(", ") || "none"})` });
        }
        if (email !== undefined && email === managementEmail) {
            problems.push({ path: keyPath("accounts", [i, "email"]), message: `${show(account.email)} is the management account's email; every account needs its own` });
        }
        if (account.importId !== undefined && account.importId === management?.id) {
            problems.push({ path: keyPath("accounts", [i, "importId"]), message: `${show(account.importId)} is the management account, which is not a member account` });
        }
    });
    return problems;
}

function checkSecurityAccounts(config: WrittenOrganization): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    if (!config.organization || !config.accounts) return problems;
    const keys = new Set(config.accounts.map(a => a?.key));
    const { logArchive, audit } = securityAccountKeys(config.organization);
    // An account whose key is malformed was already reported; do not report it as missing too.
    const malformedKeys = config.accounts.some(a => a !== undefined && a.key === undefined);
    for (const [field, key] of [["logArchiveAccount", logArchive], ["auditAccount", audit]] as const) {
        if (!keys.has(key) && !malformedKeys) {
            problems.push({ path: keyPath("organization", [field]), message: `account "${key}" is not declared in foundation:accounts` });
        }
    }
    if (logArchive === audit) {
        problems.push({ path: keyPath("organization", ["auditAccount"]), message: `"${audit}" is also the log-archive account; audit and log archive must be separate accounts` });
    }
    return problems;
}

function checkRegions(config: WrittenOrganization): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const { homeRegion, allowedRegions } = config.organization ?? {};
    if (!allowedRegions) return problems;
    allowedRegions.forEach((region, i) => {
        if (region !== undefined && allowedRegions.indexOf(region) !== i) {
            problems.push({ path: keyPath("organization", ["allowedRegions", i]), message: `${show(region)} is listed twice` });
        }
    });
    const enabled = config.organization?.enabledOptInRegions ?? [];
    allowedRegions.forEach((region, i) => {
        if (region !== undefined && OPT_IN_REGIONS.includes(region) && !enabled.includes(region)) {
            problems.push({
                path: keyPath("organization", ["allowedRegions", i]),
                message: `${show(region)} is an opt-in region: enable it in every account first (AWS Account Management, Regions), then list it in foundation:organization.enabledOptInRegions`,
            });
        }
    });
    enabled.forEach((region, i) => {
        if (region !== undefined && !OPT_IN_REGIONS.includes(region)) {
            problems.push({ path: keyPath("organization", ["enabledOptInRegions", i]), message: `${show(region)} is not an opt-in region: every account has it enabled` });
        }
    });
    // A list with an invalid region cannot tell whether the home region was meant to be in it.
    if (homeRegion !== undefined && !allowedRegions.includes(homeRegion) && !allowedRegions.includes(undefined)) {
        problems.push({ path: keyPath("organization", ["homeRegion"]), message: `${show(homeRegion)} is not in foundation:organization.allowedRegions` });
    }
    return problems;
}

/** Meaning checks of foundation:organization, organizationalUnits and accounts. */
export function checkOrganization(config: WrittenOrganization): ConfigProblem[] {
    return [
        ...checkRegions(config),
        ...checkAdoption(config.organization),
        ...checkOrganizationalUnits(config),
        ...checkAccounts(config),
        ...checkSecurityAccounts(config),
    ];
}
