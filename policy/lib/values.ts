/**
 * Lenient readers for resource inputs. Inputs reach a policy as whatever the program passed:
 * booleans may arrive as "true", numbers as "365", a single value where a list is allowed.
 * None of these throw; each passes {@link UNKNOWN} through so the caller can skip the check.
 */
import { UNKNOWN, Unknown } from "./unknown";

/** `true`/`false` (also from "true"/"false" strings), `undefined` when absent or not a boolean. */
export function asBool(value: unknown): boolean | undefined | Unknown {
    if (value === UNKNOWN || typeof value === "boolean") {
        return value;
    }
    if (typeof value === "string") {
        const v = value.trim().toLowerCase();
        if (v === "true") return true;
        if (v === "false") return false;
    }
    return undefined;
}

/** A finite number (also from numeric strings), `undefined` when absent or not a number. */
export function asNumber(value: unknown): number | undefined | Unknown {
    if (value === UNKNOWN) {
        return UNKNOWN;
    }
    if (typeof value === "number") {
        return Number.isFinite(value) ? value : undefined;
    }
    if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}

/** A string, `undefined` when absent or not a string. */
export function asString(value: unknown): string | undefined | Unknown {
    return value === UNKNOWN || typeof value === "string" ? value : undefined;
}

/** A plain object, `undefined` when absent or not an object. */
export function asRecord(value: unknown): Record<string, unknown> | undefined | Unknown {
    if (value === UNKNOWN) {
        return UNKNOWN;
    }
    return value !== null && typeof value === "object" && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined;
}

/** `value.a.b.c` for `path` ["a", "b", "c"]: `UNKNOWN` when a step is unknown, `undefined` when one is absent. */
export function valueAt(value: unknown, path: readonly string[]): unknown {
    let current = value;
    for (const key of path) {
        const record = asRecord(current);
        if (record === UNKNOWN || record === undefined) return record;
        current = record[key];
    }
    return current;
}

/** A list: a single value becomes a one-element list; `undefined`/`null` stay `undefined`. */
export function asList(value: unknown): unknown[] | undefined | Unknown {
    if (value === UNKNOWN) {
        return UNKNOWN;
    }
    if (value === undefined || value === null) {
        return undefined;
    }
    return Array.isArray(value) ? value : [value];
}

/** A list of strings for config values: anything else is dropped. */
export function stringList(value: unknown): string[] {
    const list = asList(value);
    return Array.isArray(list) ? list.filter((v): v is string => typeof v === "string") : [];
}
