import * as path from "path";
import { readStackConfigFile } from "../config";

/** The structured stack config as parsed JSON, which the test cases edit freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach any depth; tsc would need a cast per case
export type ConfigDoc = Record<string, any>;

/**
 * Config values of the shipped example stack (`Pulumi.prod.yaml`) as the CLI passes them,
 * after `change` edited the structured values: one field changed per test case.
 */
export function exampleValues(change: (doc: ConfigDoc) => void = () => undefined): Record<string, string> {
    const values = readStackConfigFile(path.join(__dirname, "..", "Pulumi.prod.yaml"));
    const doc: ConfigDoc = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, k.startsWith("foundation:") ? JSON.parse(v) : v]));
    change(doc);
    return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}
