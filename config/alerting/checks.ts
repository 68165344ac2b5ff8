import type { Written } from "../area";
import { declaredOuPaths, type WrittenOrganizationTree } from "../organization/declared";
import { keyPath, listedTwice, show, type ConfigProblem } from "../problems";
import type { AlertingSchema } from "./schema";

/** Meaning checks of foundation:alerting. */
export function checkAlerting(config: WrittenOrganizationTree & { readonly alerting?: Written<typeof AlertingSchema> }): ConfigProblem[] {
    const alerting = config.alerting;
    const ouPaths = declaredOuPaths(config.organizationalUnits);
    const problems: ConfigProblem[] = [];
    const endpoints = (alerting?.subscriptions ?? []).map(s => s?.endpoint?.toLowerCase());
    problems.push(...listedTwice(endpoints, i => keyPath("alerting", ["subscriptions", i, "endpoint"])));
    const scope = alerting?.response?.actOnOrganizationalUnits ?? [];
    scope.forEach((path, i) => {
        if (path !== undefined && ouPaths && !ouPaths.has(path)) {
            problems.push({
                path: keyPath("alerting", ["response", "actOnOrganizationalUnits", i]),
                message: `${show(path)} is not an OU path declared in foundation:organizationalUnits (e.g. "Workloads/NonProd")`,
            });
        }
    });
    problems.push(...listedTwice(scope, i => keyPath("alerting", ["response", "actOnOrganizationalUnits", i])));
    problems.push(...listedTwice(alerting?.response?.findingTypes ?? [], i => keyPath("alerting", ["response", "findingTypes", i])));
    if (alerting?.response?.enabled === false && scope.length > 0) {
        problems.push({
            path: keyPath("alerting", ["response", "actOnOrganizationalUnits"]),
            message: "lists OUs to act on, but response.enabled is false: remove the list or turn the response on",
        });
    }
    return problems;
}
