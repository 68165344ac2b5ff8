/**
 * Unknown values.
 *
 * During `pulumi preview` some inputs are not known yet (they depend on other resources'
 * outputs). The engine sends them as sentinel strings; CrossGuard deserializes the inputs and
 * wraps them in a proxy that THROWS `UnknownValueError` the moment an unknown value is read.
 * A policy that lets that escape is reported as "can't run policy during preview" and checks
 * nothing at all for that resource.
 *
 * Instead we convert the proxy into a plain object first, replacing every unknown value with the
 * {@link UNKNOWN} marker, so a pure check can skip exactly the checks whose fields are unknown and
 * still run the others.
 */

/** Marks a value that is not known yet (preview). Pure checks skip what depends on it. */
export const UNKNOWN: unique symbol = Symbol("aws-secure-foundation/policy/unknown");
export type Unknown = typeof UNKNOWN;

/**
 * The wire sentinels the engine and the Pulumi SDKs use for unknown values. The engine sends the
 * string one for every type; the others can appear when props were produced by a Node.js SDK.
 */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
    "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string (what the engine sends for any type)
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
    "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
    "030794c1-ac77-496b-92df-f27374a8bd58", // asset
    "e48ece36-62e2-4504-bad9-02848725956a", // archive
    "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

/** Deeper than any real resource input; guards against cycles in hand-made test input. */
const MAX_DEPTH = 64;

/**
 * Converts CrossGuard's unknown-checking proxy (or any value) into plain JSON-like data, with
 * {@link UNKNOWN} wherever a value is unknown. Never throws: each key is read in its own
 * try/catch, so one unknown (or one throwing getter) only affects that key.
 */
export function toPlain(value: unknown, depth = 0): unknown {
    if (value === UNKNOWN) {
        return UNKNOWN;
    }
    if (typeof value === "string") {
        return UNKNOWN_SENTINELS.has(value) ? UNKNOWN : value;
    }
    if (value === null || typeof value !== "object") {
        return typeof value === "function" || typeof value === "symbol" ? undefined : value;
    }
    if (depth >= MAX_DEPTH) {
        return UNKNOWN;
    }
    let isArray = false;
    let keys: string[];
    try {
        isArray = Array.isArray(value);
        keys = Object.keys(value);
    } catch {
        return UNKNOWN;
    }
    const source = value as Record<string, unknown>;
    if (isArray) {
        const out: unknown[] = [];
        for (const key of keys) {
            const index = Number(key);
            if (Number.isInteger(index) && index >= 0) {
                out[index] = readKey(source, key, depth);
            }
        }
        return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
        const v = readKey(source, key, depth);
        if (v !== undefined) {
            out[key] = v;
        }
    }
    return out;
}

function readKey(source: Record<string, unknown>, key: string, depth: number): unknown {
    try {
        return toPlain(source[key], depth + 1);
    } catch {
        // UnknownValueError from the CrossGuard proxy (or anything else odd): treat as unknown.
        return UNKNOWN;
    }
}

/** `toPlain` for a resource's property bag: always returns an object. */
export function plainProps(props: unknown): Record<string, unknown> {
    const plain = toPlain(props);
    return plain !== null && typeof plain === "object" && !Array.isArray(plain)
        ? (plain as Record<string, unknown>)
        : {};
}
