/**
 * Stack policies: rules about how resources relate (a bucket and the public access block meant
 * for it, a trail and the bucket it writes to), which one resource's inputs cannot decide. Built
 * like resource policies (./define.ts): metadata, a pure check over plain data, exemptions, and
 * no exception ever escaping to the engine.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import { mergeConfig, PolicyDeclaration, PolicyMetadata, policyMetadata, schemaDefaults } from "./define";
import { Exemption, exemptionFor, parseExemptions } from "./exemptions";
import { proxyTarget } from "./shared-inputs";
import { plainProps } from "./unknown";

/** A resource of the stack as a stack check sees it: plain props (unknowns are UNKNOWN). */
export interface StackResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly props: Record<string, unknown>;
    /** URNs of the resources it depends on, through any input. */
    readonly dependencies: readonly string[];
    /** Per input, the URNs its value comes from (empty when the engine sent none). */
    readonly propertyDependencies?: { readonly [input: string]: readonly string[] };
}

export interface StackViolation {
    /** The resource the finding is about. */
    readonly urn: string;
    readonly message: string;
}

/** `config`: the policy's config, schema defaults overlaid with what is configured. */
export type PureStackCheck = (resources: readonly StackResource[], config: Record<string, unknown>) => StackViolation[];

export interface StackPolicyArgs extends PolicyDeclaration {
    /** The resource types the check reads, for the docs. */
    readonly resourceTypes: readonly string[];
    /** Exemptions in force when the config sets none (see defineResourcePolicy). */
    readonly defaultExemptions?: readonly Exemption[];
    readonly check: PureStackCheck;
}

export interface StackPolicyDefinition {
    readonly metadata: PolicyMetadata;
    /** Runs the check as the CrossGuard wrapper does (exemptions applied, never throws). */
    check(resources: readonly StackResource[], config?: Record<string, unknown>): StackViolation[];
    readonly policy: StackValidationPolicy;
}

export function defineStackPolicy(args: StackPolicyArgs): StackPolicyDefinition {
    const metadata = policyMetadata(args, args.resourceTypes, args.defaultExemptions);
    const { configSchema } = metadata;
    const defaults = schemaDefaults(configSchema);

    const run = (resources: readonly StackResource[], configured: unknown): StackViolation[] => {
        const raw = mergeConfig(defaults, configured);
        const exemptions = parseExemptions(raw["exemptions"]);
        const byUrn = new Map(resources.map((r) => [r.urn, r]));
        try {
            return args.check(resources, raw).filter((v) => {
                const resource = byUrn.get(v.urn);
                return resource === undefined || exemptionFor(exemptions, resource.name, resource.props) === undefined;
            });
        } catch (e) {
            const reason = e instanceof Error ? e.message : String(e);
            return [{ urn: "", message: `${args.name} could not evaluate this stack (${reason}); failing closed: this is a bug in the policy pack, please report it` }];
        }
    };

    const policy: StackValidationPolicy = {
        name: args.name,
        description: args.description,
        enforcementLevel: args.enforcementLevel,
        severity: args.severity,
        configSchema,
        tags: [...metadata.tags],
        validateStack: (vargs, reportViolation) => {
            // CrossGuard rebuilds every resource for each stack policy; the plain view is built once per
            // resource and shared by the pack's stack policies (keyed by the deserialized inputs).
            const resources: StackResource[] = vargs.resources.map((r) => sharedStackResource(r, () => ({
                urn: r.urn,
                type: r.type,
                name: r.name,
                props: plainProps(r.props),
                dependencies: (r.dependencies ?? []).map((d) => d.urn),
                propertyDependencies: Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).map(([k, deps]) => [k, deps.map((d) => d.urn)])),
            })));
            let configured: unknown;
            try {
                configured = vargs.getConfig();
            } catch {
                configured = undefined;
            }
            for (const v of run(resources, configured)) reportViolation(v.message, v.urn || undefined);
        },
    };
    return { metadata, check: run, policy };
}

/**
 * The resources of `candidates` meant for `target`: their `property` input comes from it (property
 * dependencies, which work on a first preview, when names and ids are not known yet) or names it
 * (its `bucket`/`name`/`id`/`arn`, where known). Without property dependencies (an engine that
 * sends none), any dependency on the target counts.
 */
export function companionsOf(target: StackResource, candidates: readonly StackResource[], property: string): StackResource[] {
    const names = ["bucket", "name", "id", "arn"].map((k) => target.props[k]).filter((v): v is string => typeof v === "string" && v !== "");
    return candidates.filter((c) => (typeof c.props[property] === "string" && names.includes(c.props[property] as string)) || takesFrom(c, property, target));
}

/**
 * Does `resource`'s `property` input come from `source`? By property dependencies; without any
 * (an engine that sends none), any dependency on `source` counts.
 */
export function takesFrom(resource: StackResource, property: string, source: StackResource): boolean {
    const byProperty = resource.propertyDependencies;
    return byProperty !== undefined && Object.keys(byProperty).length > 0
        ? (byProperty[property] ?? []).includes(source.urn)
        : resource.dependencies.includes(source.urn);
}

const stackResources = new WeakMap<object, StackResource>();

/**
 * `build()`, once per resource of an AnalyzeStack request: CrossGuard gives each stack policy new
 * resource objects, but the same deserialized inputs behind their props proxy (./shared-inputs.ts).
 */
function sharedStackResource(resource: { readonly props: unknown }, build: () => StackResource): StackResource {
    const key = proxyTarget(resource.props);
    if (key === undefined) return build();
    let shared = stackResources.get(key);
    if (shared === undefined) stackResources.set(key, (shared = build()));
    return shared;
}
