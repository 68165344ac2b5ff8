import type { Written } from "../area";
import { declaredNames, type WrittenOrganizationTree } from "../organization/declared";
import { MANAGEMENT_ACCOUNT_KEY } from "../organization/targets";
import { keyPath, show, type ConfigProblem } from "../problems";
import type { BaselineSchema } from "./schema";

/** Deferrals name an account the config declares, each setting once per account. */
export function checkBaseline(config: WrittenOrganizationTree & { readonly baseline?: Written<typeof BaselineSchema> }): ConfigProblem[] {
    const accountKeys = declaredNames(config).accountKeys;
    const problems: ConfigProblem[] = [];
    const seen = new Set<string>();
    (config.baseline?.defer ?? []).forEach((entry, i) => {
        if (entry?.account === undefined) return;
        if (accountKeys && entry.account !== MANAGEMENT_ACCOUNT_KEY && !accountKeys.has(entry.account)) {
            problems.push({ path: keyPath("baseline", ["defer", i, "account"]), message: `${show(entry.account)} is not "management" or an account key declared in foundation:accounts` });
        }
        (entry.settings ?? []).forEach((setting, j) => {
            const id = JSON.stringify([entry.account, setting]);
            if (setting !== undefined && seen.has(id)) {
                problems.push({ path: keyPath("baseline", ["defer", i, "settings", j]), message: `${show(setting)} is already deferred for ${entry.account}` });
            }
            seen.add(id);
        });
    });
    return problems;
}
