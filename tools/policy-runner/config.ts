/**
 * Policy pack config, reconciled the way the Pulumi CLI does it before it calls Configure
 * (pkg/resource/analyzer/config.go, ReconcilePolicyPackConfig):
 *
 * 1. every policy starts with its own enforcement level and the `default` of each property in its
 *    config schema;
 * 2. the pack's initial config (from GetAnalyzerInfo) is applied, then the user's config
 *    (`--policy-pack-config` file shape): `{ "all": "advisory", "<policy>": "disabled" | { enforcementLevel?, ...properties } }`;
 * 3. each policy's properties are validated against its config schema; all problems are reported
 *    at once.
 *
 * One deliberate difference: config for a policy name the pack does not have is an error here
 * (the CLI forwards it, and CrossGuard ignores it), so a typo cannot silently disable a setting.
 */
import * as fs from "fs";
import { ENFORCEMENT_LEVELS, EnforcementLevelName } from "./wire";

/** The caller's input is wrong (no pack at that path, invalid policy config), not the pack. */
export class PolicyPackInputError extends Error {}

/** The JSON file given as `--policy-pack-config` (the format `pulumi preview` takes), or undefined without one. */
export function readPolicyPackConfigFile(file: string | undefined): Record<string, unknown> | undefined {
    if (!file) return undefined;
    try {
        return JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new PolicyPackInputError(`--policy-pack-config ${file}: ${(e as Error).message}`);
    }
}

export interface PolicySchemaInfo {
    readonly name: string;
    readonly enforcementLevel: EnforcementLevelName;
    /** `configSchema.properties` as the pack declared it. */
    readonly schemaProperties: Record<string, unknown> | undefined;
    readonly schemaRequired: readonly string[];
}

export interface ReconciledPolicyConfig {
    enforcementLevel: EnforcementLevelName;
    properties: Record<string, unknown>;
}

export type UserPolicyConfig = Record<string, unknown>;

/** Per-policy enforcement level and properties, as in the pack's initial config. */
export type PolicyConfigEntries = Record<string, { enforcementLevel?: EnforcementLevelName; properties?: Record<string, unknown> }>;

export function reconcilePolicyConfig(
    policies: readonly PolicySchemaInfo[],
    initialConfig: PolicyConfigEntries,
    userConfig: UserPolicyConfig | undefined,
): Record<string, ReconciledPolicyConfig> {
    const errors: string[] = [];
    const result: Record<string, ReconciledPolicyConfig> = {};
    for (const policy of policies) {
        const properties: Record<string, unknown> = {};
        for (const [key, schema] of Object.entries(policy.schemaProperties ?? {})) {
            if (isRecord(schema) && "default" in schema) {
                properties[key] = structuredClone(schema["default"]);
            }
        }
        result[policy.name] = { enforcementLevel: policy.enforcementLevel, properties };
    }

    const apply = (config: PolicyConfigEntries) => {
        const all = config["all"];
        if (all?.enforcementLevel !== undefined) {
            for (const c of Object.values(result)) {
                c.enforcementLevel = all.enforcementLevel;
            }
        }
        for (const [name, given] of Object.entries(config)) {
            if (name === "all") {
                continue;
            }
            const current = result[name];
            if (current === undefined) {
                errors.push(`${name}: the policy pack has no policy of that name`);
                continue;
            }
            if (given.enforcementLevel !== undefined) {
                current.enforcementLevel = given.enforcementLevel;
            }
            Object.assign(current.properties, given.properties ?? {});
        }
    };

    apply(initialConfig);
    apply(normalizeUserConfig(userConfig ?? {}, errors));

    for (const policy of policies) {
        const props = result[policy.name]?.properties ?? {};
        for (const problem of validateObject(props, policy.schemaProperties ?? {}, policy.schemaRequired)) {
            errors.push(`${policy.name}: ${problem}`);
        }
    }
    if (errors.length > 0) {
        throw new PolicyPackInputError(`policy pack config is invalid:\n${errors.map((e, i) => `  ${i + 1}. ${e}`).join("\n")}`);
    }
    return result;
}

function normalizeUserConfig(config: UserPolicyConfig, errors: string[]): PolicyConfigEntries {
    const out: PolicyConfigEntries = {};
    for (const [name, value] of Object.entries(config)) {
        if (typeof value === "string") {
            if (isLevel(value)) {
                out[name] = { enforcementLevel: value };
            } else {
                errors.push(`${name}: ${JSON.stringify(value)} is not a valid enforcement level`);
            }
        } else if (isRecord(value)) {
            const { enforcementLevel, ...properties } = value;
            const entry: { enforcementLevel?: EnforcementLevelName; properties?: Record<string, unknown> } = {};
            if (enforcementLevel !== undefined) {
                if (typeof enforcementLevel === "string" && isLevel(enforcementLevel)) {
                    entry.enforcementLevel = enforcementLevel;
                } else {
                    errors.push(`${name}: ${JSON.stringify(enforcementLevel)} is not a valid enforcement level`);
                }
            }
            if (Object.keys(properties).length > 0) {
                entry.properties = properties;
            }
            out[name] = entry;
        } else {
            errors.push(`${name}: ${JSON.stringify(value)} is not a valid value; must be a string or object`);
        }
    }
    return out;
}

function isLevel(value: string): value is EnforcementLevelName {
    return (ENFORCEMENT_LEVELS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * A small JSON-schema validator for the keywords policy config schemas use (type, enum, const,
 * minimum/maximum and their exclusive forms, minLength/maxLength, pattern, items,
 * minItems/maxItems, properties, required, additionalProperties: false). Other keywords are ignored.
 */
export function validateObject(
    value: Record<string, unknown>,
    properties: Record<string, unknown>,
    required: readonly string[],
    path = "",
): string[] {
    const problems: string[] = [];
    for (const key of required) {
        if (value[key] === undefined) {
            problems.push(`${path}${key} is required`);
        }
    }
    for (const [key, schema] of Object.entries(properties)) {
        if (value[key] !== undefined && isRecord(schema)) {
            problems.push(...validateValue(value[key], schema, `${path}${key}`));
        }
    }
    return problems;
}

function validateValue(value: unknown, schema: Record<string, unknown>, path: string): string[] {
    const problems: string[] = [];
    const type = schema["type"];
    if (type !== undefined) {
        const types = Array.isArray(type) ? type : [type];
        if (!types.some((t) => matchesType(value, t))) {
            return [`${path} must be of type ${types.join(" or ")}, got ${JSON.stringify(value)}`];
        }
    }
    if (Array.isArray(schema["enum"]) && !schema["enum"].some((e) => JSON.stringify(e) === JSON.stringify(value))) {
        problems.push(`${path} must be one of ${JSON.stringify(schema["enum"])}, got ${JSON.stringify(value)}`);
    }
    if ("const" in schema && JSON.stringify(schema["const"]) !== JSON.stringify(value)) {
        problems.push(`${path} must be ${JSON.stringify(schema["const"])}, got ${JSON.stringify(value)}`);
    }
    if (typeof value === "number") {
        const bound = (k: string) => (typeof schema[k] === "number" ? (schema[k] as number) : undefined);
        const min = bound("minimum");
        const max = bound("maximum");
        const xmin = bound("exclusiveMinimum");
        const xmax = bound("exclusiveMaximum");
        if (min !== undefined && value < min) problems.push(`${path} must be >= ${min}, got ${value}`);
        if (max !== undefined && value > max) problems.push(`${path} must be <= ${max}, got ${value}`);
        if (xmin !== undefined && value <= xmin) problems.push(`${path} must be > ${xmin}, got ${value}`);
        if (xmax !== undefined && value >= xmax) problems.push(`${path} must be < ${xmax}, got ${value}`);
    }
    if (typeof value === "string") {
        if (typeof schema["minLength"] === "number" && value.length < schema["minLength"]) {
            problems.push(`${path} must be at least ${schema["minLength"]} characters long`);
        }
        if (typeof schema["maxLength"] === "number" && value.length > schema["maxLength"]) {
            problems.push(`${path} must be at most ${schema["maxLength"]} characters long`);
        }
        if (typeof schema["pattern"] === "string" && !new RegExp(schema["pattern"], "u").test(value)) {
            problems.push(`${path} must match ${schema["pattern"]}, got ${JSON.stringify(value)}`);
        }
    }
    if (Array.isArray(value)) {
        if (typeof schema["minItems"] === "number" && value.length < schema["minItems"]) {
            problems.push(`${path} must have at least ${schema["minItems"]} items`);
        }
        if (typeof schema["maxItems"] === "number" && value.length > schema["maxItems"]) {
            problems.push(`${path} must have at most ${schema["maxItems"]} items`);
        }
        const items = schema["items"];
        if (isRecord(items)) {
            value.forEach((v, i) => problems.push(...validateValue(v, items, `${path}[${i}]`)));
        }
    }
    if (isRecord(value) && isRecord(schema["properties"])) {
        const required = Array.isArray(schema["required"]) ? schema["required"].filter((r): r is string => typeof r === "string") : [];
        problems.push(...validateObject(value, schema["properties"], required, `${path}.`));
        if (schema["additionalProperties"] === false) {
            const known = new Set(Object.keys(schema["properties"]));
            for (const key of Object.keys(value).filter((k) => !known.has(k))) {
                problems.push(`${path}.${key} is not allowed (allowed: ${[...known].join(", ")})`);
            }
        }
    }
    return problems;
}

function matchesType(value: unknown, type: unknown): boolean {
    switch (type) {
        case "string":
            return typeof value === "string";
        case "number":
            return typeof value === "number";
        case "integer":
            return typeof value === "number" && Number.isInteger(value);
        case "boolean":
            return typeof value === "boolean";
        case "null":
            return value === null;
        case "array":
            return Array.isArray(value);
        case "object":
            return isRecord(value);
        default:
            return true;
    }
}
