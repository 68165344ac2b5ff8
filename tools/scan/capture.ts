/*
 * Captures a real program's resources as a fixture of test/fixtures/real-programs/ (see its NOTICE.md):
 * runs the program as `npm run scan` does (its own node_modules, the scan's mocks), and writes each
 * resource's type, name, inputs, the outputs the mocks computed and its dependencies, with the
 * program's source (repository, path, commit, licence) on top. Code is never captured: assets and
 * archives (a Lambda function's code) are replaced by a placeholder. The review labels of an
 * existing fixture are kept, by URN, so a program can be captured again after a change of the mocks.
 *
 *   npx ts-node --transpile-only tools/scan/capture.ts DIR --out FILE --repo OWNER/NAME --path PATH --commit SHA
 *       --licence SPDX --copyright LINE [--stack NAME] [--config-file FILE]
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { UNKNOWN_SENTINEL } from "../mock-runtime/mocks";
import type { RecordedResource } from "../mock-runtime/runtime";
import { prepareProgram, runScannedProgram } from "./scan";

/** What a captured asset or archive reads as. */
export const OMITTED_CODE = "<code omitted: assets and archives are not captured>";

/** The wire's mark of a secret: the pack (CrossGuard) reads the value inside, and so does the fixture. */
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/** Plain JSON data as the pack reads it: secrets unwrapped, class instances (assets, archives) replaced by the placeholder. */
function plainData(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map(plainData);
    if (Object.getPrototypeOf(value) !== Object.prototype) return OMITTED_CODE;
    if ((value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG) return plainData((value as Record<string, unknown>).value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainData(v)]));
}

/** The state's keys the mocks computed (absent from the inputs or different). */
function computedOutputs(r: RecordedResource): Record<string, unknown> {
    const inputs = plainData(r.inputs) as Record<string, unknown>;
    const state = plainData(r.state) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(state).filter(([k, v]) => JSON.stringify(inputs[k]) !== JSON.stringify(v) && v !== UNKNOWN_SENTINEL));
}

async function capture(argv: string[]): Promise<void> {
    const { values: o, positionals } = parseArgs({
        args: argv,
        options: {
            out: { type: "string" }, repo: { type: "string" }, path: { type: "string" }, commit: { type: "string" },
            licence: { type: "string" }, copyright: { type: "string" }, stack: { type: "string" }, "config-file": { type: "string" },
        },
        allowPositionals: true,
    });
    if (positionals.length !== 1 || !o.out || !o.repo || !o.path || !o.commit || !o.licence || !o.copyright) {
        throw new Error("usage: capture.ts DIR --out FILE --repo OWNER/NAME --path PATH --commit SHA --licence SPDX --copyright LINE [--stack NAME] [--config-file FILE]");
    }
    const out = path.resolve(o.out);
    const previous = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) as {
        review?: unknown; resources?: { urn: string; review?: unknown }[];
    } : undefined;
    const reviews = new Map((previous?.resources ?? []).map(r => [r.urn, r.review]));
    const log = console.log;
    console.log = console.error;
    let scanned;
    try {
        scanned = await runScannedProgram(prepareProgram({
            dir: positionals[0],
            ...(o.stack !== undefined && { stack: o.stack }),
            ...(o["config-file"] !== undefined && { configFile: path.resolve(o["config-file"]) }),
        }));
    } finally {
        console.log = log;
    }
    const config = Object.fromEntries(Object.entries(scanned.config.values).sort(([a], [b]) => a.localeCompare(b)));
    const fixture = {
        source: { repo: o.repo, path: o.path, commit: o.commit, licence: o.licence, copyright: o.copyright },
        captured: {
            with: "tools/scan/capture.ts (npm run scan's runtime and mocks)",
            stack: scanned.config.stack,
            config,
            packages: scanned.packages,
        },
        ...(previous?.review !== undefined && { review: previous.review }),
        resources: scanned.run.resources.map(r => ({
            urn: r.urn,
            type: r.type,
            name: r.name,
            custom: r.custom,
            ...(r.remote && { remote: true }),
            parent: r.parent,
            provider: r.provider,
            inputs: plainData(r.inputs),
            outputs: computedOutputs(r),
            dependencies: r.dependencies,
            propertyDependencies: r.propertyDependencies,
            ...(reviews.get(r.urn) !== undefined && { review: reviews.get(r.urn) }),
        })),
    };
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`);
    const unreviewed = fixture.resources.filter(r => r.custom && r.review === undefined).length;
    process.stderr.write(`${out}: ${fixture.resources.length} resources (${fixture.resources.filter(r => r.custom).length} custom, ${unreviewed} without a review)\n`);
}

let finished = false;
process.on("beforeExit", () => {
    if (!finished) process.stderr.write("capture: the program never finished (see npm run scan)\n", () => process.exit(2));
});

capture(process.argv.slice(2)).finally(() => { finished = true; }).then(
    () => process.exit(0),
    (error: unknown) => {
        process.stderr.write(`capture: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(2);
    },
);
