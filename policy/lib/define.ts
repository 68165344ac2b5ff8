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
    ResourceRemediation,
    ResourceValidation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    Severity,
} from "@pulumi/policy";
import { EXEMPTIONS_SCHEMA_PROPERTY, Exemption, exemptionFor, parseExemptions } from "./exemptions";
import { PROXY_TARGET, sharedPlain } from "./shared-inputs";
import { UNKNOWN, plainProps } from "./unknown";

/** Compliance controls a policy covers. Used for tags and to generate docs/controls.md. */
export interface PolicyControls {
    /** CIS AWS Foundations Benchmark v3.0.0 recommendation ids, e.g. "3.1". */
    readonly cis?: readonly string[];
    /** AWS Foundational Security Best Practices (Security Hub) control ids, e.g. "CloudTrail.1". */
    readonly fsbp?: readonly string[];
    /**
     * This project's own principles (docs/controls.md, "Foundation principles") where no CIS/FSBP control exists,
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

/**
 * A safe automatic fix, offered through CrossGuard remediation when the policy's level is
 * `remediate`: the top-level inputs to set (e.g. `{ enableKeyRotation: true }`), or `undefined`
 * when no safe fix exists for these props. Called only when the check reports a violation; a fix
 * that would carry an unknown value is not applied. Must not throw.
 */
export type PureRemediation<C> = (props: Record<string, unknown>, config: C) => Record<string, unknown> | undefined;

/** What a policy file declares about itself. */
export interface PolicyDeclaration {
    /** kebab-case, equal to the file name. */
    readonly name: string;
    readonly description: string;
    readonly enforcementLevel: EnforcementLevel;
    readonly severity: Severity;
    readonly controls: PolicyControls;
    /** JSON schema of the policy's config; every property has a default. None: the policy takes only `exemptions`. */
    readonly configSchema?: PolicyConfigSchema;
}

export interface PolicyMetadata extends PolicyDeclaration {
    /** The declared schema with `exemptions` added. */
    readonly configSchema: PolicyConfigSchema;
    /** Resource type tokens the policy checks, e.g. "aws:cloudtrail/trail:Trail". */
    readonly resourceTypes: readonly string[];
    /** `controlTags(controls)`. */
    readonly tags: readonly string[];
}

export interface ResourcePolicyArgs<C> extends PolicyDeclaration {
    /** One pure check per resource type token. */
    readonly checks: { readonly [resourceType: string]: PureCheck<C> };
    /**
     * Exemptions in force when the policy config sets none, e.g. for a resource this program
     * creates by design; setting `exemptions` in the config replaces them.
     */
    readonly defaultExemptions?: readonly Exemption[];
    /** Safe fixes, per resource type token (a subset of `checks`). */
    readonly remediations?: { readonly [resourceType: string]: PureRemediation<C> };
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
     * data, config defaults and exemptions applied, never throws). `[]` for a type the policy does
     * not check. `name` is the resource's name, for exemptions.
     */
    check(type: string, props: unknown, config?: Record<string, unknown>, name?: string): string[];
    /**
     * What remediation makes of the props (plain data), exactly as the CrossGuard wrapper decides
     * it; `undefined` when it changes nothing.
     */
    remediate(type: string, props: unknown, config?: Record<string, unknown>, name?: string): Record<string, unknown> | undefined;
    /** The CrossGuard policy to list in the PolicyPack. */
    readonly policy: ResourceValidationPolicy;
}

export function defineResourcePolicy<C = Record<string, unknown>>(
    args: ResourcePolicyArgs<C>,
): ResourcePolicyDefinition<C> {
    const resourceTypes = Object.keys(args.checks);
    const metadata = policyMetadata(args, resourceTypes, args.defaultExemptions);
    const { configSchema, tags } = metadata;
    const parseConfig = args.parseConfig ?? ((raw: Record<string, unknown>) => raw as unknown as C);
    const defaults = schemaDefaults(configSchema);

    const resolveConfig = (configured: unknown): { config: C; exemptions: Exemption[] } => {
        const raw = mergeConfig(defaults, configured);
        const exemptions = parseExemptions(raw["exemptions"]);
        try {
            return { config: parseConfig(raw), exemptions };
        } catch {
            return { config: parseConfig({ ...defaults }), exemptions };
        }
    };
    const configOf = (vargs: ResourceValidationArgs) => {
        try {
            return resolveConfig(vargs.getConfig());
        } catch {
            return resolveConfig(undefined);
        }
    };

    const run = (type: string, props: Record<string, unknown>, config: C): string[] => {
        const check = args.checks[type];
        if (check === undefined) {
            return [];
        }
        try {
            const messages = check(props, config);
            return Array.isArray(messages) ? messages.filter((m) => typeof m === "string") : [];
        } catch (e) {
            const reason = e instanceof Error ? e.message : String(e);
            return [
                `${args.name} could not evaluate this resource (${reason}); ` +
                    "failing closed: this is a bug in the policy pack, please report it",
            ];
        }
    };

    /** Violations for a resource, `[]` when exempted. */
    const evaluate = (type: string, name: string, props: Record<string, unknown>, resolved: ReturnType<typeof resolveConfig>) =>
        exemptionFor(resolved.exemptions, name, props) === undefined ? run(type, props, resolved.config) : [];

    /** The top-level inputs remediation sets, or `undefined`. */
    const fix = (type: string, name: string, props: Record<string, unknown>, resolved: ReturnType<typeof resolveConfig>) => {
        const remediation = args.remediations?.[type];
        if (remediation === undefined || evaluate(type, name, props, resolved).length === 0) return undefined;
        try {
            const patch = remediation(props, resolved.config);
            return patch !== undefined && Object.keys(patch).length > 0 && !containsUnknown(patch) ? patch : undefined;
        } catch {
            return undefined;
        }
    };

    // Sent to the engine for every resource of every other type: a long list of types is most of
    // the bytes the pack answers with, so beyond two types the reason points at the documentation.
    const notApplicable = resourceTypes.length <= 2
        ? `Policy only applies to resources of type ${resourceTypes.map((t) => `'${t}'`).join(", ")}`
        : `Policy only applies to ${resourceTypes.length} resource types, listed in docs/controls.md`;
    let notApplicableError: unknown;
    const validate: ResourceValidation = (vargs, reportViolation) => {
        if (args.checks[vargs.type] === undefined) {
            // Reported to the engine as "not applicable", like validateResourceOfType does. CrossGuard
            // throws an Error for it, and each multi-type policy sees every resource: the first Error
            // (built without a stack trace) is kept and thrown again, since CrossGuard reads only its
            // class and reason.
            if (notApplicableError !== undefined) throw notApplicableError;
            const stackTraceLimit = Error.stackTraceLimit;
            Error.stackTraceLimit = 0;
            try {
                vargs.notApplicable(notApplicable);
            } catch (e) {
                notApplicableError = e;
                throw e;
            } finally {
                Error.stackTraceLimit = stackTraceLimit;
            }
        }
        for (const message of evaluate(vargs.type, vargs.name, sharedPlain(vargs.props, plainProps), configOf(vargs))) {
            reportViolation(message);
        }
    };
    const remediate: ResourceRemediation = (vargs) => {
        if (args.remediations?.[vargs.type] === undefined) return undefined;
        const patch = fix(vargs.type, vargs.name, sharedPlain(vargs.props, plainProps), configOf(vargs));
        // The engine's own values, unknowns included, with the fixed inputs replaced.
        // CrossGuard wraps the inputs twice for remediation (unknown checking, then secret preserving):
        // spreading the inner target keeps secret inputs secret in what goes back to the engine.
        const outer = (vargs.props as Record<string, unknown>)[PROXY_TARGET] ?? vargs.props;
        const raw = (outer as Record<string, unknown>)[PROXY_TARGET] ?? outer;
        return patch === undefined ? undefined : { ...(raw as Record<string, unknown>), ...patch };
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
        configSchema,
        tags: [...tags],
        validateResource: validate,
        ...(args.remediations !== undefined && { remediateResource: remediate }),
    };

    return {
        metadata,
        checks: args.checks,
        defaultConfig: resolveConfig(undefined).config,
        check: (type, props, config, name = "") => evaluate(type, name, plainProps(props), resolveConfig(config)),
        remediate: (type, props, config, name = "") => {
            const plain = plainProps(props);
            const patch = fix(type, name, plain, resolveConfig(config));
            return patch === undefined ? undefined : { ...plain, ...patch };
        },
        policy,
    };
}

/**
 * A policy's config as its checks see it: the schema's defaults, overlaid with what the engine's
 * Configure sent (values that are not null; `enforcementLevel` is the engine's, not the policy's).
 * One resolver for resource and stack policies.
 */
export function mergeConfig(defaults: Readonly<Record<string, unknown>>, configured: unknown): Record<string, unknown> {
    const raw: Record<string, unknown> = structuredClone({ ...defaults });
    if (configured !== null && typeof configured === "object" && !Array.isArray(configured)) {
        for (const [k, v] of Object.entries(configured as Record<string, unknown>)) {
            if (v !== undefined && v !== null && k !== "enforcementLevel") {
                raw[k] = v;
            }
        }
    }
    return raw;
}

function containsUnknown(value: unknown): boolean {
    if (value === UNKNOWN) return true;
    if (value === null || typeof value !== "object") return false;
    return Object.values(value as Record<string, unknown>).some(containsUnknown);
}

/**
 * A policy's metadata, its config schema extended with the `exemptions` every policy takes
 * (`defaultExemptions` in force until the config sets its own). Shared by resource and stack policies.
 */
export function policyMetadata(
    declaration: PolicyDeclaration,
    resourceTypes: readonly string[],
    defaultExemptions: readonly Exemption[] = [],
): PolicyMetadata {
    const declared = declaration.configSchema ?? { properties: {} };
    const configSchema: PolicyConfigSchema = {
        ...declared,
        properties: {
            ...declared.properties,
            exemptions: { ...EXEMPTIONS_SCHEMA_PROPERTY, default: [...defaultExemptions] } as never,
        },
    };
    return {
        name: declaration.name,
        description: declaration.description,
        enforcementLevel: declaration.enforcementLevel,
        severity: declaration.severity,
        controls: declaration.controls,
        configSchema,
        resourceTypes,
        tags: controlTags(declaration.controls),
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
