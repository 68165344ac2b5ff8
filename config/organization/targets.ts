import type { AccountConfig, OrganizationalUnitConfig } from "./defaults";

/** The key by which config names the management account in assignment targets. */
export const MANAGEMENT_ACCOUNT_KEY = "management";

/** One permission set for one group in one account: what AWS calls an account assignment. */
export interface AccountAssignment {
    readonly group: string;
    readonly permissionSet: string;
    /** Account key; `management` for the management account. */
    readonly account: string;
}

/**
 * The accounts a target names: an account key names that account; an OU path names every account in
 * that OU and in the OUs below it, so an account added there later is included on the next run.
 * The management account is reached only by its own key, never through an OU.
 */
export function accountsOfTarget(target: string, accounts: readonly Pick<AccountConfig, "key" | "ou">[]): string[] {
    if (target === MANAGEMENT_ACCOUNT_KEY) return [MANAGEMENT_ACCOUNT_KEY];
    const account = accounts.find(a => a.key === target);
    if (account) return [account.key];
    return accounts.filter(a => a.ou === target || a.ou.startsWith(`${target}/`)).map(a => a.key);
}

/** Every OU path of the tree. */
export function ouPaths(units: readonly OrganizationalUnitConfig[]): string[] {
    return units.flatMap(unit => [unit.path, ...ouPaths(unit.children)]);
}

/** Every (group, permission set, account) the assignments grant, each once, in config order. */
export function expandAssignments(
    assignments: readonly { readonly group: string; readonly permissionSet: string; readonly targets: readonly string[] }[],
    accounts: readonly Pick<AccountConfig, "key" | "ou">[],
): AccountAssignment[] {
    const out: AccountAssignment[] = [];
    const seen = new Set<string>();
    for (const { group, permissionSet, targets } of assignments) {
        for (const account of targets.flatMap(target => accountsOfTarget(target, accounts))) {
            const id = JSON.stringify([group, permissionSet, account]);
            if (!seen.has(id)) {
                seen.add(id);
                out.push({ group, permissionSet, account });
            }
        }
    }
    return out;
}
