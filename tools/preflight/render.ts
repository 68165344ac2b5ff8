import { blocks, type CheckResult, type Status, STATUSES } from "./result";
import type { PreflightReport } from "./run";

export interface Summary {
    readonly counts: Readonly<Record<Status, number>>;
    /** Ids of the checks that block the first `pulumi up`. */
    readonly blocking: readonly string[];
    /** "Blocked: ..." or "Ready: ...". */
    readonly verdict: string;
}

export function summarize(checks: readonly CheckResult[]): Summary {
    const counts = Object.fromEntries(STATUSES.map(s => [s, checks.filter(c => c.status === s).length])) as Record<Status, number>;
    const failed = checks.filter(blocks);
    const toRead = counts.WARN + counts.MANUAL;
    const verdict = failed.length > 0
        ? `Blocked: ${failed.length} blocking check${failed.length === 1 ? "" : "s"} failed (${failed.map(c => c.title).join("; ")}). Fix, then run the preflight again before the first pulumi up.`
        : `Ready: no blocking check failed${toRead > 0 ? `; read the ${toRead} WARN and MANUAL line${toRead === 1 ? "" : "s"} above before the first pulumi up` : ""}.`;
    return { counts, blocking: failed.map(c => c.id), verdict };
}

/** 1 when a blocking check failed, else 0. */
export function exitCodeOf(checks: readonly CheckResult[]): 0 | 1 {
    return checks.some(blocks) ? 1 : 0;
}

const INDENT = " ".repeat(7);

function indented(text: string, first: string, rest: string): string {
    return text.split("\n").map((line, i) => `${i === 0 ? first : rest}${line}`).join("\n");
}

/** The checklist for a person: one entry per check, a fix under each non-PASS, then the summary and the verdict. */
export function renderHuman(report: PreflightReport, heading: string): string {
    const lines = [heading, `Caller: ${report.caller.arn}`, ""];
    for (const check of report.checks) {
        const [first, ...more] = check.detail.split("\n");
        lines.push(`${check.status.padEnd(INDENT.length)}${check.title}: ${first}`);
        lines.push(...more.map(line => `${INDENT}${line}`));
        if (check.fix && check.status !== "PASS") lines.push(indented(check.fix, `${INDENT}fix: `, `${INDENT}     `));
    }
    const summary = summarize(report.checks);
    lines.push("", `${report.checks.length} checks: ${STATUSES.map(s => `${summary.counts[s]} ${s}`).join(", ")}`, summary.verdict);
    return `${lines.join("\n")}\n`;
}

/** One JSON object: the stack, the caller, every check and the summary. */
export function renderJson(report: PreflightReport, stack: string, configFile: string): string {
    const summary = summarize(report.checks);
    return `${JSON.stringify({
        stack,
        configFile,
        caller: report.caller,
        checks: report.checks.map(c => ({ id: c.id, status: c.status, blocking: c.blocking, title: c.title, detail: c.detail, fix: c.fix ?? null })),
        summary: { ...summary.counts, blocking: summary.blocking, ready: summary.blocking.length === 0, verdict: summary.verdict },
    }, null, 2)}\n`;
}
