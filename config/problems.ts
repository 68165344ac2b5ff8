import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";

export const NAMESPACE = "foundation";

/** One thing wrong with the stack config, located by its key path (`foundation:accounts[2].email`). */
export interface ConfigProblem {
    readonly path: string;
    readonly message: string;
}

/**
 * Thrown before any resource is registered. A RunError, so `pulumi preview/up` prints the message
 * without a stack trace.
 */
export class ConfigError extends pulumi.RunError {
    constructor(readonly problems: readonly ConfigProblem[]) {
        super(formatProblems(problems));
        this.name = "ConfigError";
    }
}

export function formatProblems(problems: readonly ConfigProblem[]): string {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    const lines = problems.map((p, i) => `  ${i + 1}. ${p.path}: ${p.message}`);
    return [`Invalid stack config (${count}):`, ...lines].join("\n");
}

/** `foundation:accounts` + ["2", "email"] -> `foundation:accounts[2].email` */
export function keyPath(key: string, segments: readonly PropertyKey[] = []): string {
    let path = key.includes(":") ? key : `${NAMESPACE}:${key}`;
    for (const segment of segments) {
        path += typeof segment === "number" ? `[${segment}]` : `.${String(segment)}`;
    }
    return path;
}

/** A problem for each value that repeats an earlier one in the list, at `where(index)`. */
export function listedTwice(values: readonly (string | undefined)[], where: (i: number) => string): ConfigProblem[] {
    return values.flatMap((value, i) => (value !== undefined && values.indexOf(value) !== i ? [{ path: where(i), message: `${show(value)} is listed twice` }] : []));
}

export function show(value: unknown): string {
    if (value === undefined) return "nothing";
    if (typeof value === "string") return JSON.stringify(value);
    if (Array.isArray(value)) return "a list";
    if (value === null) return "null";
    if (typeof value === "object") return "an object";
    if (typeof value === "number") return String(value);
    return `${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<string, string> = {
    string: "a string", number: "a number", int: "a whole number", boolean: "true or false", array: "a list", object: "an object",
};

/** Turns zod issues into problems with config key paths and plain-language messages. */
export function problemsFromZod(key: string, issues: readonly z.core.$ZodIssue[], knownKeysAt: (path: readonly PropertyKey[]) => readonly string[]): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    for (const issue of issues) {
        const input = (issue as { input?: unknown }).input;
        const path = keyPath(key, issue.path);
        switch (issue.code) {
            case "unrecognized_keys":
                for (const unknownKey of issue.keys) {
                    problems.push({
                        path: keyPath(key, [...issue.path, unknownKey]),
                        message: `unknown key${suggestion(unknownKey, knownKeysAt(issue.path))}`,
                    });
                }
                break;
            case "invalid_type":
                problems.push({
                    path,
                    message: input === undefined
                        ? "is required"
                        : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${show(input)}`,
                });
                break;
            case "invalid_union":
                problems.push({ path, message: `${show(input)} is not valid here` });
                break;
            default:
                // Checks with a custom message ("is not an email") read as `<value> <message>`.
                problems.push({ path, message: input === undefined || typeof input === "object" ? issue.message : `${show(input)} ${issue.message}` });
        }
    }
    return problems;
}

/** ` (did you mean "email"?)` when a known key is a few edits away (more for longer keys). */
export function suggestion(word: string, candidates: readonly string[]): string {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d <= Math.max(2, Math.floor(candidate.length / 4)) && d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best ? ` (did you mean "${best}"?)` : "";
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
