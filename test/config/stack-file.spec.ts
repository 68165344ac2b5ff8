import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { parseFoundationConfig, readStackConfigFile } from "../../config";
import { preview } from "../e2e/preview-runs";
import { exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";

const ROOT = path.join(__dirname, "..", "..");
const ROUND_TRIPPED = path.join(__dirname, "..", "fixtures", "yaml-1.1");

/*
 * YAML 1.1 tools (PyYAML, older yq, many formatters) read the plain scalars y/yes/on/off/true/false and
 * their case variants as booleans (yaml.org/type/bool.html): a stack file that went through one must
 * keep its meaning. test/fixtures/yaml-1.1 holds the example stacks after a real PyYAML round trip.
 */

/** A YAML 1.1 round trip: parsed and written again by a YAML 1.1 library, as PyYAML does. */
function roundTrip(text: string): string {
    return YAML.stringify(YAML.parse(text, { version: "1.1" }), { version: "1.1" });
}

function valuesOf(file: string): Record<string, string> {
    return readStackConfigFile(file);
}

describe("stack files after a YAML 1.1 round trip", () => {
    for (const stack of ["prod", "adopt"]) {
        it(`Pulumi.${stack}.yaml after PyYAML means what it meant`, () => {
            assert.deepStrictEqual(parseFoundationConfig(valuesOf(path.join(ROUND_TRIPPED, `Pulumi.${stack}.yaml`))),
                parseFoundationConfig(valuesOf(path.join(ROOT, `Pulumi.${stack}.yaml`))));
        });
    }

    it("the committed PyYAML output holds the boolean the bare off became", () => {
        const doc = YAML.parse(fs.readFileSync(path.join(ROUND_TRIPPED, "Pulumi.prod.yaml"), "utf8"));
        assert.strictEqual(doc.config["foundation:guardrails"].ec2.vpcBlockPublicAccess, false);
    });

    it("reads a bare off, written as 0.1.0's example did, through a YAML 1.1 round trip of today's example", () => {
        const original = fs.readFileSync(path.join(ROOT, "Pulumi.prod.yaml"), "utf8");
        const bare = original.replace('vpcBlockPublicAccess: "off"', "vpcBlockPublicAccess: off");
        assert.notStrictEqual(bare, original, "the example spells the value out");
        const tripped = roundTrip(bare);
        assert.match(tripped, /vpcBlockPublicAccess: false/);
        const file = path.join(fs.mkdtempSync(path.join(require("os").tmpdir(), "yaml11-")), "Pulumi.prod.yaml");
        fs.writeFileSync(file, tripped);
        assert.deepStrictEqual(parseFoundationConfig(valuesOf(file)), parseFoundationConfig(exampleValues()));
    });

    it("reads false as off, and refuses true, which names no mode", () => {
        const off = parseFoundationConfig(exampleValues(d => { d["foundation:guardrails"].ec2.vpcBlockPublicAccess = false; }));
        assert.strictEqual(off.guardrails.ec2.vpcBlockPublicAccess, "off");
        assert.deepStrictEqual(problemsOf(d => { d["foundation:guardrails"].ec2.vpcBlockPublicAccess = true; }), [
            'foundation:guardrails.ec2.vpcBlockPublicAccess: boolean true Invalid option: expected one of "off"|"block-ingress"|"block-bidirectional"',
        ]);
    });

    it("previews the round-tripped prod example exactly as the example", () => {
        const tripped = preview("--config-file", path.join(ROUND_TRIPPED, "Pulumi.prod.yaml"), "--stack", "prod", "--json");
        assert.strictEqual(tripped.status, 0, tripped.stderr);
        const original = preview("--stack", "prod", "--json");
        const resources = (run: { stdout: string }) => (JSON.parse(run.stdout) as { resources: unknown[] }).resources;
        assert.deepStrictEqual(resources(tripped), resources(original));
    });
});
