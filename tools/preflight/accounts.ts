import { MANAGEMENT_ACCOUNT_KEY } from "../../config";
import { CouldNotCheck, whatWentWrong } from "./aws-errors";
import type { AccountClients } from "./clients";
import type { PreflightContext } from "./context";

/** An account whose existing resources the program's would collide with. */
export interface CheckedAccount {
    /** Account key in config; `management` for the management account. */
    readonly key: string;
    readonly id: string;
}

/** The management account, then every adopted account (an account with importId), in config order. */
export function existingAccounts(context: PreflightContext): CheckedAccount[] {
    return [
        { key: MANAGEMENT_ACCOUNT_KEY, id: context.caller.account },
        ...context.config.accounts.flatMap(a => (a.importId !== undefined ? [{ key: a.key, id: a.importId }] : [])),
    ];
}

export function accountLabel(account: CheckedAccount): string {
    return account.key === MANAGEMENT_ACCOUNT_KEY ? `management account ${account.id}` : `account ${account.key} (${account.id})`;
}

/** The caller's clients for the management account, assumed-role clients for the others. */
export function clientsOf(context: PreflightContext, account: CheckedAccount): Promise<AccountClients> {
    return context.clientsFor(account.key === MANAGEMENT_ACCOUNT_KEY ? undefined : account.id);
}

/** One thing a check could not look at, and why. */
export interface Unchecked {
    readonly where: string;
    readonly problem: CouldNotCheck;
}

export function uncheckedLine(u: Unchecked): string {
    return `could not check ${u.where}: ${whatWentWrong(u.problem)}`;
}

/** How to make the checks that could not run possible: the role to reach, the actions to allow. */
export function uncheckedFix(unchecked: readonly Unchecked[], accessRoleName: string): string {
    const lines: string[] = [];
    const unreachable = [...new Set(unchecked.filter(u => u.problem.action === "sts:AssumeRole").map(u => u.where))];
    if (unreachable.length > 0) {
        lines.push(`make sure ${accessRoleName} exists in ${unreachable.join(", ")} and trusts the management account (pulumi up assumes it too), ` +
            "and that the preflight's credentials may call sts:AssumeRole on it");
    }
    const denied = [...new Set(unchecked.filter(u => u.problem.accessDenied && u.problem.action !== "sts:AssumeRole").map(u => u.problem.action))];
    if (denied.length > 0) lines.push(`allow ${denied.join(", ")} to the credentials the preflight runs with (docs/preflight.md lists every action it needs)`);
    if (unchecked.some(u => !u.problem.accessDenied && u.problem.action !== "sts:AssumeRole")) {
        lines.push("run the preflight again; if a call keeps failing, check the network and AWS's service health");
    }
    return lines.join("\n");
}

/** Runs `look`; a failed call is recorded as unchecked instead of stopping the check. */
export async function orUnchecked<T>(unchecked: Unchecked[], where: string, look: () => Promise<T>): Promise<T | undefined> {
    try {
        return await look();
    } catch (error) {
        if (!(error instanceof CouldNotCheck)) throw error;
        unchecked.push({ where, problem: error });
        return undefined;
    }
}
