import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import type { ConfigWarning } from "./area";
import { AREAS, CONFIG_KEYS, CONFIG_SCHEMAS, type FoundationConfig, type PartialFoundationConfig } from "./areas";
import { ConfigError, type ConfigProblem, keyPath, NAMESPACE, problemsFromZod, suggestion } from "./problems";

/**
 * Validates the stack's config values and fills defaults. `values` maps full keys
 * (`foundation:accounts`) to what Pulumi hands the program: structured values as JSON text.
 * Throws one ConfigError listing every problem; keys of other namespaces (aws:, pulumi:) are ignored.
 */
export function parseFoundationConfig(values: Readonly<Record<string, unknown>>, project?: string): FoundationConfig {
    const problems: ConfigProblem[] = [...keysNobodyReads(Object.keys(values), project)];

    const parsed: Record<string, unknown> = {};
    // What is well-shaped as written, for the meaning checks: they run even when some values are malformed.
    const wellShaped: Record<string, unknown> = {};
    for (const key of CONFIG_KEYS) {
        const value = decode(values[`${NAMESPACE}:${key}`]);
        const schema: z.ZodType = CONFIG_SCHEMAS[key];
        const result = schema.safeParse(value, { reportInput: true });
        if (value === undefined && !result.success) {
            problems.push({ path: keyPath(key), message: "is required (see docs/reference/config.md)" });
        } else if (result.success) {
            parsed[key] = result.data;
            wellShaped[key] = value;
        } else {
            problems.push(...problemsFromZod(key, result.error.issues, path => knownKeysAt(schema, path)));
            wellShaped[key] = withoutInvalidValues(value, result.error.issues);
        }
    }

    for (const area of AREAS) {
        problems.push(...area.check(wellShaped as PartialFoundationConfig));
    }
    if (problems.length > 0) {
        throw new ConfigError(problems);
    }
    // Each area's defaults see the parsed values and the areas before it with their defaults.
    let config: Record<string, unknown> = {};
    for (const area of AREAS) {
        config = { ...config, ...area.complete({ ...parsed, ...config } as never) };
    }
    return config as FoundationConfig;
}

/** Every setting of the validated config that is weaker than its default, area by area. */
export function configWarnings(config: FoundationConfig): ConfigWarning[] {
    return AREAS.flatMap(area => area.warnings(config));
}

/**
 * `aws:` keys the foundation's providers honour. Its providers are explicit (default providers are
 * disabled): the region comes from foundation:organization.homeRegion, credentials from the environment
 * or this profile, which every account's provider starts from.
 */
export const HONOURED_AWS_KEYS: readonly string[] = ["aws:profile"];

/**
 * Keys of earlier versions, refused with what replaced them: a stack file written for 0.1.0 stops here
 * instead of having its resources deleted by omission.
 */
const RETIRED_KEYS: Readonly<Record<string, string>> = {
    [`${NAMESPACE}:delivery`]: `was renamed ${NAMESPACE}:pulumiCloud after 0.1.0, and its Pulumi Cloud resources moved to the ` +
        "pulumi-cloud project, which applies them with an organization admin's token instead of this stack's deployments. Move " +
        "them out of this stack first, or its next update deletes them: CHANGELOG.md, \"Upgrading from 0.1.0\" (docs/pulumi-cloud.md)",
};

/**
 * Keys no part of the program would read, which would otherwise be silently ignored: unknown
 * `foundation:` keys, a misspelt namespace, keys under the project's name (what `pulumi config set
 * accounts` writes when the namespace is left out), and `aws:` keys the providers cannot honour.
 */
function keysNobodyReads(keys: readonly string[], project: string | undefined): ConfigProblem[] {
    const fullKeys = CONFIG_KEYS.map(k => `${NAMESPACE}:${k}`);
    return keys.flatMap((fullKey): ConfigProblem[] => {
        const [namespace, ...rest] = fullKey.split(":");
        const key = rest.join(":");
        if (fullKey in RETIRED_KEYS) return [{ path: fullKey, message: RETIRED_KEYS[fullKey] }];
        if (namespace === NAMESPACE) {
            return fullKeys.includes(fullKey) ? [] : [{ path: fullKey, message: `unknown config key${suggestion(fullKey, fullKeys)}` }];
        }
        if (namespace === project || suggestion(namespace, [NAMESPACE]) !== "") {
            return [{
                path: fullKey,
                message: `is not read: this program's keys are in the "${NAMESPACE}" namespace${namespace === project ? " (pulumi config set writes the project's name when the key has none)" : ""}; set ${NAMESPACE}:${key} instead`,
            }];
        }
        if (namespace === "aws" && !HONOURED_AWS_KEYS.includes(fullKey)) {
            return [{
                path: fullKey,
                message: "is not honoured: the foundation's providers are explicit, their region is foundation:organization.homeRegion and their credentials come from the environment or aws:profile; remove it",
            }];
        }
        return [];
    });
}

/**
 * Reads this stack's config through the Pulumi runtime (`pulumi up/preview`, or the mock runtime).
 * Raw values rather than `Config.requireObject`: requireObject stops at the first missing key, and
 * unknown keys can only be found in the whole map. None of these keys holds a secret.
 */
export function readFoundationConfig(): FoundationConfig {
    return parseFoundationConfig(pulumi.runtime.allConfig(), pulumi.getProject());
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

/** The schema inside wrappers that do not change its shape: optional, defaults, transforms. */
export function unwrapped(schema: unknown): unknown {
    let node = schema;
    for (;;) {
        const def = (node as { def?: { type?: string; innerType?: unknown; in?: unknown; out?: unknown } }).def;
        if (def?.type === "optional" || def?.type === "default" || def?.type === "prefault") node = def.innerType;
        // A transform's input is the shape; a preprocess (a transform first) shapes its output.
        else if (def?.type === "pipe") node = (def.in as { def?: { type?: string } }).def?.type === "transform" ? def.out : def.in;
        else return node;
    }
}

/** Property names the schema allows at `path`, for "did you mean" hints. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
    let node: unknown = unwrapped(schema);
    for (const segment of path) {
        node = typeof segment === "number"
            ? (node as { element?: unknown }).element
            : (node as { shape?: Record<string, unknown> }).shape?.[String(segment)];
        if (node === undefined) return [];
        node = unwrapped(node);
    }
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    return shape ? Object.keys(shape) : [];
}
