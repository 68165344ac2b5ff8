/*
 * `npm run docs`: writes every generated page and every generated section of the hand-written ones.
 *   npm run docs            write what is out of date
 *   npm run docs -- --check write nothing; exit 1 naming each stale file or section
 * Whole pages: docs/controls.md, docs/reference/config.md, docs/runbooks/README.md. Sections (between
 * markers, see sections.ts): the policy count, the policy table, the guardrail map, the first run's
 * policy and the organization diagram, each in the page that holds it (PAGES below).
 */
import * as fs from "fs";
import * as path from "path";
import { renderConfigReference } from "./config-reference";
import { renderControlsDoc } from "./controls";
import { diagramSection } from "./diagram";
import { firstRunPolicySection } from "./first-run";
import { guardrailTableSection } from "./guardrails";
import { policyCountSection, policyTableSection, sampleCountSection } from "./policies";
import { renderRunbookIndex } from "./runbooks";
import type { GeneratedSection } from "./sections";

export const ROOT = path.resolve(__dirname, "..", "..");

/** Pages written whole, by path from the repository root. */
export const GENERATED_FILES: ReadonlyArray<readonly [string, () => string]> = [
    ["docs/controls.md", renderControlsDoc],
    ["docs/reference/config.md", renderConfigReference],
    ["docs/runbooks/README.md", renderRunbookIndex],
];

/** Hand-written pages and the generated sections each holds. */
export const PAGES: ReadonlyArray<readonly [string, readonly GeneratedSection[]]> = [
    ["README.md", [policyCountSection, sampleCountSection]],
    ["docs/reference/policies.md", [policyCountSection, policyTableSection]],
    ["docs/reference/offline-preview.md", [sampleCountSection]],
    ["docs/design/guardrails.md", [guardrailTableSection]],
    ["docs/design/organization.md", [diagramSection]],
    ["docs/first-run.md", [firstRunPolicySection]],
];

export interface DocsStatus {
    /** Path from the root. */
    readonly file: string;
    /** The text the file should hold. */
    readonly wanted: string;
    /** What is stale: `file` itself for a generated page, else `file: section <name>` per stale section. */
    readonly stale: string[];
}

/** What every generated page and section should be under `root`, and what of it is stale. */
export function docsStatus(root = ROOT): DocsStatus[] {
    const read = (file: string) => {
        const full = path.join(root, file);
        return fs.existsSync(full) ? fs.readFileSync(full, "utf8") : "";
    };
    const pages = GENERATED_FILES.map(([file, render]) => {
        const wanted = render();
        return { file, wanted, stale: read(file) === wanted ? [] : [file] };
    });
    const sectioned = PAGES.map(([file, sections]) => {
        const current = read(file);
        const stale = sections.filter(s => s.apply(current, file) !== current).map(s => `${file}: section ${s.name}`);
        const wanted = sections.reduce((text, s) => s.apply(text, file), current);
        return { file, wanted, stale };
    });
    return [...pages, ...sectioned];
}

/** Writes (or with `check`, only reports) what is stale; returns the exit code. */
export function runDocs(check: boolean, root = ROOT, log: { out(line: string): void; err(line: string): void } = {
    out: line => process.stdout.write(`${line}\n`),
    err: line => process.stderr.write(`${line}\n`),
}): number {
    let stale = 0;
    for (const status of docsStatus(root)) {
        if (status.stale.length === 0) continue;
        if (check) {
            for (const what of status.stale) log.err(`${what} is out of date: run npm run docs`);
            stale += status.stale.length;
        } else {
            fs.mkdirSync(path.dirname(path.join(root, status.file)), { recursive: true });
            fs.writeFileSync(path.join(root, status.file), status.wanted);
            log.out(`wrote ${status.file}`);
        }
    }
    return stale === 0 ? 0 : 1;
}

if (require.main === module) {
    try {
        process.exitCode = runDocs(process.argv.includes("--check"));
    } catch (e) {
        process.stderr.write(`docs: ${(e as Error).message}\n`);
        process.exitCode = 2;
    }
}
