/**
 * The scan's report: the offline preview's (same sections, same JSON), plus what the scan could not
 * see (components a provider plugin builds) and what it assumed.
 */
import * as path from "path";
import { groupByAccount, previewJson, renderRemediations, renderResourceSection, renderViolations } from "../preview/render";
import type { ScanResult } from "./scan";

export type ScanView = "grouped" | "summary" | "tree";

/** How the run ends: the exit code and the last line. */
export interface Verdict {
    readonly code: 0 | 1 | 2;
    readonly line: string;
}

/**
 * 1 on a mandatory violation; 2 when nothing could be checked because every resource is inside
 * components a provider plugin builds (or, with `requireComplete`, when any is); else 0, with the
 * unchecked components named above the verdict.
 */
export function verdict(result: ScanResult, options: { requireComplete?: boolean } = {}): Verdict {
    const mandatory = result.violations.filter(v => v.level === "mandatory").length;
    if (mandatory > 0) return { code: 1, line: "Blocked: fix the mandatory violations above." };
    const unchecked = result.notChecked.length;
    if (unchecked > 0 && result.checked === 0) {
        return { code: 2, line: `Not checked: every resource of this program is created by provider plugins (${unchecked} component(s) above); the offline scan cannot vouch for it: gate it with pulumi preview --policy-pack.` };
    }
    if (unchecked > 0 && options.requireComplete) {
        return { code: 2, line: `Incomplete: ${unchecked} component(s) could not be checked offline (--require-complete).` };
    }
    if (unchecked > 0) return { code: 0, line: `Passed: no mandatory violation in the ${result.checked} resource(s) checked; ${unchecked} component(s) not checked (above).` };
    return { code: 0, line: "Passed: no mandatory violation." };
}

export function renderNotChecked(result: ScanResult): string[] {
    if (result.notChecked.length === 0) return [];
    return [
        `Not checked (${result.notChecked.length}): components whose resources a provider plugin creates`,
        ...result.notChecked.map(c => `  ? ${c.type} "${c.name}": ${c.reason}`),
        "",
    ];
}

/** What the program logged with `pulumi.log.warn`. */
export function renderProgramWarnings(result: ScanResult): string[] {
    if (result.run.warnings.length === 0) return [];
    return [`Program warnings (${result.run.warnings.length}): what the program logged with pulumi.log.warn`, ...result.run.warnings.map(w => `  ! ${w}`), ""];
}

export function renderNotes(result: ScanResult): string[] {
    if (result.notes.length === 0) return [];
    return [`Scan notes (${result.notes.length}): what the scan assumed`, ...result.notes.map(n => `  - ${n}`), ""];
}

export function renderScanReport(result: ScanResult, view: ScanView, final: Verdict): string {
    const { run, violations, pack } = result;
    const mandatory = violations.filter(v => v.level === "mandatory").length;
    const advisory = violations.filter(v => v.level === "advisory").length;
    const groups = groupByAccount(run.resources);
    const where = path.relative(process.cwd(), result.dir) || ".";
    const configFile = result.config.file ? path.relative(process.cwd(), result.config.file) || result.config.file : "no stack config file";
    const versions = Object.entries(result.packages).filter(([name]) => name.startsWith("@pulumi/")).map(([name, version]) => `${name} ${version}`).join(", ");
    const lines = [
        `Offline scan of project "${result.project}" (${where}), stack "${result.config.stack}" (${configFile}): ` +
            `its own ${versions || "packages"}, mock AWS, real policy pack`,
        "",
        ...renderResourceSection(view, run.resources, violations, groups),
        ...renderViolations(violations, run.resources, groups),
        "",
        ...renderRemediations(result.remediations, run.resources),
        ...renderNotChecked(result),
        ...renderProgramWarnings(result),
        ...renderNotes(result),
        `Resources: ${run.resources.length} to create, ${result.checked} checked. Policy pack ${pack.name}@${pack.version} (${pack.policies.length} policies): ` +
            `${mandatory} mandatory, ${advisory} advisory violation(s); ${run.warnings.length} warning(s).`,
        final.line,
    ];
    return `${lines.join("\n")}\n`;
}

/** The offline preview's JSON, plus `program`: where it came from, what it runs on, what was not checked. */
export function scanJson(result: ScanResult, final: Verdict): Record<string, unknown> {
    return {
        ...previewJson({
            stack: result.config.stack, project: result.project, firstPreview: false, freshAccount: false,
            run: result.run, pack: result.pack, violations: result.violations, remediations: result.remediations,
        }),
        program: {
            dir: result.dir,
            main: result.main,
            configFile: result.config.file ?? null,
            packages: result.packages,
            typescript: result.compiler ?? null,
            checked: result.checked,
            notChecked: result.notChecked,
            notes: result.notes,
            exitCode: final.code,
        },
    };
}
