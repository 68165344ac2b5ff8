import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { withDefaults, type FoundationConfig } from "./defaults";
import { ConfigError, type ConfigProblem, keyPath, NAMESPACE, problemsFromZod, suggestion } from "./problems";
import { ConfigSchemas, type ConfigKey, type RawFoundationConfig } from "./schema";
import { checkSemantics, type PartialFoundationConfig } from "./semantics";

const KEYS = Object.keys(ConfigSchemas) as ConfigKey[];

/**
 * Validates the stack's config values and fills defaults. `values` maps full keys
 * (`foundation:accounts`) to what Pulumi hands the program: structured values as JSON text.
 * Throws one ConfigError listing every problem; keys of other namespaces (aws:, pulumi:) are ignored.
 */
export function parseFoundationConfig(values: Readonly<Record<string, unknown>>): FoundationConfig {
    const problems: ConfigProblem[] = [];
    const fullKeys = KEYS.map(k => `${NAMESPACE}:${k}`);

    for (const fullKey of Object.keys(values)) {
        if (fullKey.startsWith(`${NAMESPACE}:`) && !fullKeys.includes(fullKey)) {
            problems.push({ path: fullKey, message: `unknown config key${suggestion(fullKey, fullKeys)}` });
        }
    }

    const parsed: Partial<Record<ConfigKey, unknown>> = {};
    // What is well-shaped, for the meaning checks: they run even when some values are malformed.
    const wellShaped: Partial<Record<ConfigKey, unknown>> = {};
    for (const key of KEYS) {
        const value = decode(values[`${NAMESPACE}:${key}`]);
        const schema: z.ZodType = ConfigSchemas[key];
        if (value === undefined) {
            if (!schema.safeParse(undefined).success) {
                problems.push({ path: keyPath(key), message: "is required (see the README's config reference)" });
            }
            continue;
        }
        const result = schema.safeParse(value, { reportInput: true });
        if (result.success) {
            parsed[key] = result.data;
            wellShaped[key] = result.data;
        } else {
            problems.push(...problemsFromZod(key, result.error.issues, path => knownKeysAt(schema, path)));
            wellShaped[key] = withoutInvalidValues(value, result.error.issues);
        }
    }

    problems.push(...checkSemantics(wellShaped as PartialFoundationConfig));
    if (problems.length > 0) {
        throw new ConfigError(problems);
    }
    return withDefaults(parsed as RawFoundationConfig);
}

/**
 * Reads this stack's config through the Pulumi runtime (`pulumi up/preview`, or the mock runtime).
 * Raw values rather than `Config.requireObject`: requireObject stops at the first missing key, and
 * unknown keys can only be found in the whole map. None of these keys holds a secret.
 */
export function readFoundationConfig(): FoundationConfig {
    return parseFoundationConfig(pulumi.runtime.allConfig());
}

/** A copy of `value` with every value an issue points at removed (list items become undefined, keeping indices). */
function withoutInvalidValues(value: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
    const copy = structuredClone(value);
    for (const issue of issues) {
        if (issue.code === "unrecognized_keys") continue;
        if (issue.path.length === 0) return undefined;
        let container: unknown = copy;
        for (const segment of issue.path.slice(0, -1)) {
            container = (container as Record<PropertyKey, unknown> | undefined)?.[segment as string];
        }
        const last = issue.path[issue.path.length - 1] as string;
        if (container && typeof container === "object") {
            (container as Record<string, unknown>)[last] = undefined;
        }
    }
    return copy;
}

function decode(value: unknown): unknown {
    if (typeof value !== "string") return value;
    try {
        return JSON.parse(value);
    } catch {
        return value;
    }
}

/** Property names the schema allows at `path`, for "did you mean" hints. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
    let node: unknown = schema;
    for (const segment of [...path, null]) {
        for (let unwrapped = 0; unwrapped < 5; unwrapped++) {
            const def = (node as { def?: { type?: string; innerType?: unknown } }).def;
            if (def?.type === "optional" || def?.type === "default") node = def.innerType;
        }
        if (segment === null) break;
        node = typeof segment === "number"
            ? (node as { element?: unknown }).element
            : (node as { shape?: Record<string, unknown> }).shape?.[String(segment)];
        if (node === undefined) return [];
    }
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    return shape ? Object.keys(shape) : [];
}
