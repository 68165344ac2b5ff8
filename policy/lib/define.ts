/**
 * Builds a CrossGuard policy from data (metadata) and pure checks, so each policy file stays tiny
 * and every policy behaves the same way:
 *
 * - the CrossGuard props proxy is converted to plain data first, unknown values become
 *   {@link UNKNOWN} (see ./unknown.ts), so a check skips only what needs an unknown value;
 * - policy config is the schema defaults overlaid with what Configure sent, then parsed by the
 *   policy into a typed object;
 * - a check that throws anyway is reported as a violation naming the error (fail closed) rather
 *   than failing the whole preview with a gRPC error.
 */
import {
    EnforcementLevel,
    PolicyConfigSchema,
    ResourceValidation,
    ResourceValidationPolicy,
    Severity,
} from "@pulumi/policy";
import { plainProps } from "./unknown";

/** Compliance controls a policy covers. Used for tags and to generate docs/controls.md. */
export interface PolicyControls {
    /** CIS AWS Foundations Benchmark v3.0.0 recommendation ids, e.g. "3.1". */
    readonly cis?: readonly string[];
    /** AWS Foundational Security Best Practices (Security Hub) control ids, e.g. "CloudTrail.1". */
    readonly fsbp?: readonly string[];
    /**
     * This project's own guardrails (the README's principles) where no CIS/FSBP control exists,
     * e.g. "nothing-lost".
     */
    readonly foundation?: readonly string[];
}

/** Tag prefixes, one per framework. */
export const CONTROL_TAG_PREFIX = {
    cis: "cis-3.0",
    fsbp: "fsbp",
    foundation: "foundation",
} as const;

/** `{ cis: ["3.1"], fsbp: ["CloudTrail.1"] }` -> `["cis-3.0:3.1", "fsbp:CloudTrail.1"]`. */
export function controlTags(controls: PolicyControls): string[] {
    const tags: string[] = [];
    for (const framework of ["cis", "fsbp", "foundation"] as const) {
        for (const id of controls[framework] ?? []) {
            tags.push(`${CONTROL_TAG_PREFIX[framework]}:${id}`);
        }
    }
    return tags;
}

/**
 * A pure check: the resource's inputs as plain data (unknowns are `UNKNOWN`) and the policy's
 * config; returns one message per violation, empty when compliant. Must not throw.
 */
export type PureCheck<C> = (props: Record<string, unknown>, config: C) => string[];

/** What a policy file declares about itself. */
export interface PolicyDeclaration {
    /** kebab-case, equal to the file name. */
    readonly name: string;
    readonly description: string;
    readonly enforcementLevel: EnforcementLevel;
    readonly severity: Severity;
    readonly controls: PolicyControls;
    /** JSON schema of the policy's config; every property has a default. */
    readonly configSchema: PolicyConfigSchema;
}

export interface PolicyMetadata extends PolicyDeclaration {
    /** Resource type tokens the policy checks, e.g. "aws:cloudtrail/trail:Trail". */
    readonly resourceTypes: readonly string[];
    /** `controlTags(controls)`. */
    readonly tags: readonly string[];
}

export interface ResourcePolicyArgs<C> extends PolicyDeclaration {
    /** One pure check per resource type token. */
    readonly checks: { readonly [resourceType: string]: PureCheck<C> };
    /**
     * Turns the raw config (schema defaults overlaid with the configured values) into the typed
     * config; must tolerate odd values. Defaults to passing the raw object through.
     */
    readonly parseConfig?: (raw: Record<string, unknown>) => C;
}

export interface ResourcePolicyDefinition<C> {
    readonly metadata: PolicyMetadata;
    readonly checks: { readonly [resourceType: string]: PureCheck<C> };
    /** The config the policy uses when nothing is configured. */
    readonly defaultConfig: C;
    /**
     * Runs the check for `type` exactly as the CrossGuard wrapper does (props converted to plain
     * data, config defaults applied, never throws). `[]` for a type the policy does not check.
     */
    check(type: string, props: unknown, config?: Record<string, unknown>): string[];
    /** The CrossGuard policy to list in the PolicyPack. */
    readonly policy: ResourceValidationPolicy;
}

export function defineResourcePolicy<C = Record<string, unknown>>(
    args: ResourcePolicyArgs<C>,
): ResourcePolicyDefinition<C> {
    const resourceTypes = Object.keys(args.checks);
    const tags = controlTags(args.controls);
    const metadata: PolicyMetadata = {
        name: args.name,
        description: args.description,
        enforcementLevel: args.enforcementLevel,
        severity: args.severity,
        controls: args.controls,
        configSchema: args.configSchema,
        resourceTypes,
        tags,
    };
    const parseConfig = args.parseConfig ?? ((raw: Record<string, unknown>) => raw as unknown as C);
    const defaults = schemaDefaults(args.configSchema);

    const resolveConfig = (configured: unknown): C => {
        const raw: Record<string, unknown> = { ...defaults };
        if (configured !== null && typeof configured === "object" && !Array.isArray(configured)) {
            for (const [k, v] of Object.entries(configured as Record<string, unknown>)) {
                if (v !== undefined && v !== null && k !== "enforcementLevel") {
                    raw[k] = v;
                }
            }
        }
        try {
            return parseConfig(raw);
        } catch {
            return parseConfig({ ...defaults });
        }
    };

    const run = (type: string, props: unknown, config: C): string[] => {
        const check = args.checks[type];
        if (check === undefined) {
            return [];
        }
        try {
            const messages = check(plainProps(props), config);
            return Array.isArray(messages) ? messages.filter((m) => typeof m === "string") : [];
        } catch (e) {
            const reason = e instanceof Error ? e.message : String(e);
            return [
                `${args.name} could not evaluate this resource (${reason}); ` +
                    "failing closed: this is a bug in the policy pack, please report it",
            ];
        }
    };

    const validate: ResourceValidation = (vargs, reportViolation) => {
        if (args.checks[vargs.type] === undefined) {
            // Reported to the engine as "not applicable", like validateResourceOfType does.
            vargs.notApplicable(`Policy only applies to resources of type ${resourceTypes.map((t) => `'${t}'`).join(", ")}`);
        }
        let configured: unknown;
        try {
            configured = vargs.getConfig();
        } catch {
            configured = undefined;
        }
        for (const message of run(vargs.type, vargs.props, resolveConfig(configured))) {
            reportViolation(message);
        }
    };
    if (resourceTypes.length === 1) {
        // Lets the CrossGuard server skip other resource types without calling us.
        (validate as { __pulumiType?: string }).__pulumiType = resourceTypes[0];
    }

    const policy: ResourceValidationPolicy = {
        name: args.name,
        description: args.description,
        enforcementLevel: args.enforcementLevel,
        severity: args.severity,
        configSchema: args.configSchema,
        tags,
        validateResource: validate,
    };

    return {
        metadata,
        checks: args.checks,
        defaultConfig: resolveConfig(undefined),
        check: (type, props, config) => run(type, props, resolveConfig(config)),
        policy,
    };
}

/** The `default` of each config schema property. */
export function schemaDefaults(schema: PolicyConfigSchema): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (property !== null && typeof property === "object" && "default" in property) {
            out[key] = structuredClone((property as { default?: unknown }).default);
        }
    }
    return out;
}
