import type { ConfigProblem } from "./problems";
import { keyPath, show } from "./problems";
import type { RawFoundationConfig, RawOrganizationalUnit } from "./schema";

/** AWS Organizations allows OUs at most five levels below the root. */
export const MAX_OU_DEPTH = 5;

export const DEFAULT_LOG_ARCHIVE_ACCOUNT = "log-archive";
export const DEFAULT_AUDIT_ACCOUNT = "audit";

interface LocatedOu {
    readonly path: string;
    readonly depth: number;
    readonly where: (string | number)[];
}

/** Every OU with its slash path (`Workloads/Prod`) and where it sits in the config. */
export function listOrganizationalUnits(units: readonly RawOrganizationalUnit[]): LocatedOu[] {
    const out: LocatedOu[] = [];
    const walk = (nodes: readonly RawOrganizationalUnit[], prefix: string, depth: number, where: (string | number)[]) => {
        nodes.forEach((node, i) => {
            const path = prefix ? `${prefix}/${node.name}` : node.name;
            const here = [...where, i];
            out.push({ path, depth, where: here });
            walk(node.children ?? [], path, depth + 1, [...here, "children"]);
        });
    };
    walk(units, "", 1, []);
    return out;
}

function checkOrganizationalUnits(config: RawFoundationConfig): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const seen = new Set<string>();
    for (const ou of listOrganizationalUnits(config.organizationalUnits)) {
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

function checkAccounts(config: RawFoundationConfig): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const ouPaths = new Set(listOrganizationalUnits(config.organizationalUnits).map(ou => ou.path));
    const managementEmail = config.organization.managementAccount.email.toLowerCase();
    const firstIndex = { key: new Map<string, number>(), name: new Map<string, number>(), email: new Map<string, number>(), importId: new Map<string, number>() };

    const unique = (field: keyof typeof firstIndex, value: string | undefined, i: number) => {
        if (value === undefined) return;
        const seenAt = firstIndex[field].get(value);
        if (seenAt !== undefined) {
            problems.push({ path: keyPath("accounts", [i, field]), message: `${show(value)} is already used by ${keyPath("accounts", [seenAt])}` });
        } else {
            firstIndex[field].set(value, i);
        }
    };

    config.accounts.forEach((account, i) => {
        unique("key", account.key, i);
        unique("name", account.name, i);
        unique("email", account.email.toLowerCase(), i);
        unique("importId", account.importId, i);
        if (!ouPaths.has(account.ou)) {
            problems.push({ path: keyPath("accounts", [i, "ou"]), message: `${show(account.ou)} is not an OU path declared in foundation:organizationalUnits (known: ${[...ouPaths].join(", ") || "none"})` });
        }
        if (account.email.toLowerCase() === managementEmail) {
            problems.push({ path: keyPath("accounts", [i, "email"]), message: `${show(account.email)} is the management account's email; every account needs its own` });
        }
        if (account.importId !== undefined && account.importId === config.organization.managementAccount.id) {
            problems.push({ path: keyPath("accounts", [i, "importId"]), message: `${show(account.importId)} is the management account, which is not a member account` });
        }
    });
    return problems;
}

function checkSecurityAccounts(config: RawFoundationConfig): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const keys = new Set(config.accounts.map(a => a.key));
    const logArchive = config.organization.logArchiveAccount ?? DEFAULT_LOG_ARCHIVE_ACCOUNT;
    const audit = config.organization.auditAccount ?? DEFAULT_AUDIT_ACCOUNT;
    for (const [field, key] of [["logArchiveAccount", logArchive], ["auditAccount", audit]] as const) {
        if (!keys.has(key)) {
            problems.push({ path: keyPath("organization", [field]), message: `account "${key}" is not declared in foundation:accounts` });
        }
    }
    if (logArchive === audit) {
        problems.push({ path: keyPath("organization", ["auditAccount"]), message: `"${audit}" is also the log-archive account; audit and log archive must be separate accounts` });
    }
    return problems;
}

function checkRegions(config: RawFoundationConfig): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const { homeRegion, allowedRegions } = config.organization;
    allowedRegions.forEach((region, i) => {
        if (allowedRegions.indexOf(region) !== i) {
            problems.push({ path: keyPath("organization", ["allowedRegions", i]), message: `${show(region)} is listed twice` });
        }
    });
    if (!allowedRegions.includes(homeRegion)) {
        problems.push({ path: keyPath("organization", ["homeRegion"]), message: `${show(homeRegion)} is not in foundation:organization.allowedRegions` });
    }
    return problems;
}

/** Meaning checks on a config whose shape is already valid. Returns every problem found. */
export function checkSemantics(config: RawFoundationConfig): ConfigProblem[] {
    return [
        ...checkRegions(config),
        ...checkOrganizationalUnits(config),
        ...checkAccounts(config),
        ...checkSecurityAccounts(config),
    ];
}
