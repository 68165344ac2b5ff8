import { configWarnings, parseFoundationConfig } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";

/**
 * Every warning, as `path: message`, of the example stack once `base` and then `mutate` changed it.
 * Not filtered by area: a warning that leaks into another area fails the test too.
 */
export function warningsOf(mutate: (doc: ConfigDoc) => void, base = withoutManagementAssignments): string[] {
    return configWarnings(parseFoundationConfig(exampleValues(d => { base(d); mutate(d); }))).map(w => `${w.path}: ${w.message}`);
}

/** The example stack without its two (warned) assignments in the management account, so that it warns about nothing. */
export function withoutManagementAssignments(d: ConfigDoc): void {
    const assignments: { group: string; targets: string[] }[] = d["foundation:identity"].assignments;
    d["foundation:identity"].assignments = assignments
        .map(a => ({ ...a, targets: a.targets.filter(t => t !== "management") }))
        .filter(a => a.targets.length > 0);
}
