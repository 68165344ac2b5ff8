import * as assert from "assert";
import { ConfigError, parseFoundationConfig } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";

/** The problem lines of the ConfigError the example stack raises once `mutate` changed it (without the header line). */
export function problemsOf(mutate: (doc: ConfigDoc) => void): string[] {
    try {
        parseFoundationConfig(exampleValues(mutate));
    } catch (e) {
        assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${e}`);
        return e.problems.map(p => `${p.path}: ${p.message}`);
    }
    assert.fail("expected the config to be rejected");
}
