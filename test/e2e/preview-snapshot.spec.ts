import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { previewDigest, type PreviewReport, resourceEntry } from "./preview-digest";
import { preview } from "./preview-runs";

const SNAPSHOTS = path.join(__dirname, "..", "fixtures", "preview");

/**
 * The one kind of resource the restructure adds: a component per area (issue 23), which groups the
 * components that were the Foundation's direct children. Components create nothing in AWS; their
 * children keep their names, inputs and (through aliases) their URNs.
 */
const AREA_COMPONENTS = [
    "foundation:organization:OrganizationArea::foundation",
    "foundation:baseline:BaselineArea::foundation",
    "foundation:guardrails:GuardrailsArea::foundation",
    "foundation:logging:LoggingArea::foundation",
    "foundation:detection:DetectionArea::foundation",
    "foundation:alerting:AlertingArea::foundation",
    "foundation:identity:IdentityArea::foundation",
    "foundation:access:PipelinesArea::foundation",
];

/*
 * Behaviour. test/fixtures/preview/<stack>.json holds, per resource of the example stacks' offline preview
 * (`--json`), a hash of its inputs, provider and options, taken on 2026-12-06 before the code moved into
 * catalog/, config areas and area components (issue 23). Moving code must not change what is deployed:
 * the same resources, with the same inputs, the same outputs, violations and warnings; only the area
 * components (AREA_COMPONENTS) are new. The snapshot is
 * only rewritten for a change of behaviour that is meant, in the same commit as that change.
 */
describe("behaviour: the example stacks' offline preview matches its snapshot", () => {
    for (const stack of ["prod", "adopt"]) {
        it(`${stack}: the same resources with the same inputs, providers and options; the same outputs, violations and warnings`, () => {
            const run = preview("--stack", stack, "--json");
            assert.strictEqual(run.status, 0, run.stderr);
            const report = JSON.parse(run.stdout) as PreviewReport;
            const expected: Record<string, string> = JSON.parse(fs.readFileSync(path.join(SNAPSHOTS, `${stack}.json`), "utf8"));
            const actual = previewDigest(report);
            const changed = Object.keys(actual).filter(key => key in expected && actual[key] !== expected[key]);
            const entries = Object.fromEntries(report.resources.map(r => [`${r.type}::${r.name}`, resourceEntry(r)]));
            assert.deepStrictEqual({
                missing: Object.keys(expected).filter(key => !(key in actual)),
                added: Object.keys(actual).filter(key => !(key in expected) && !AREA_COMPONENTS.includes(key)),
                changed: changed.map(key => `${key} is now ${entries[key] ?? "(see the report)"}`),
            }, { missing: [], added: [], changed: [] });
        });
    }
});
