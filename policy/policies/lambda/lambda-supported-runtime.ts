import { UNKNOWN, asString, defineResourcePolicy, stringList } from "../../lib";
import { isoDay, LAMBDA_RUNTIMES, parseDay, RUNTIME_TABLE_READ, RuntimeLifecycle, runtimePhase, successorOf, TODAY_PROPERTY } from "../../lib/runtimes";

export const FUNCTION = "aws:lambda/function:Function";

/**
 * Advisory from AWS's deprecation date until the day AWS blocks creating functions with the
 * runtime; from that day on lambda-runtime-not-blocked (mandatory) reports it instead. AWS's
 * runtime support policy (https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html,
 * read 2026-12-06): a deprecated runtime gets no security patches, but existing functions keep
 * working and can still be updated, so the finding is a deadline, not yet a block.
 */
export interface RuntimeConfig {
    /** The day the runtime table is read for (YYYY-MM-DD); `undefined`: today, in UTC. */
    readonly today: string | undefined;
    /** Runtimes to report as deprecated whatever the table says. */
    readonly deprecatedRuntimes: readonly string[];
}

export function parseConfig(raw: Record<string, unknown>): RuntimeConfig {
    return { today: parseDay(raw["today"]), deprecatedRuntimes: stringList(raw["deprecatedRuntimes"]).map((r) => r.trim()) };
}

/** The evaluation day of a config: its `today`, or the current UTC day. */
export const dayOf = (config: { readonly today?: string | undefined }): string => config.today ?? isoDay(new Date());

/** The supported runtime to suggest instead of `runtime`. */
export function replacementFor(runtime: string, day: string, table: { readonly [runtime: string]: RuntimeLifecycle } = LAMBDA_RUNTIMES): string {
    if (runtime === "provided" || runtime === "go1.x") return "provided.al2023";
    const next = successorOf(runtime, day, table);
    return next === undefined ? "a supported runtime" : next;
}

export function checkFunction(props: Record<string, unknown>, config: RuntimeConfig): string[] {
    const value = asString(props["runtime"]);
    if (value === UNKNOWN || value === undefined) return [];
    const runtime = value.trim();
    const day = dayOf(config);
    const lifecycle = Object.prototype.hasOwnProperty.call(LAMBDA_RUNTIMES, runtime) ? LAMBDA_RUNTIMES[runtime] : undefined;
    const phase = runtimePhase(runtime, day);
    if (phase === "deprecated" && lifecycle !== undefined) {
        const blocks = lifecycle.blockCreate === undefined
            ? "AWS will then block creating and updating functions that use it"
            : `AWS blocks creating functions that use it from ${lifecycle.blockCreate}` +
                (lifecycle.blockUpdate === undefined ? "" : ` and updating them from ${lifecycle.blockUpdate}`);
        return [`runtime ${JSON.stringify(runtime)} is deprecated since ${lifecycle.deprecated} (FSBP Lambda.2): Lambda no longer patches it, and ${blocks}; ` +
            `move to ${replacementFor(runtime, day)} (AWS's runtime table as read ${RUNTIME_TABLE_READ})`];
    }
    if ((phase === undefined || phase === "supported") && config.deprecatedRuntimes.includes(runtime)) {
        return [`runtime ${JSON.stringify(runtime)} is listed as deprecated (FSBP Lambda.2, policy config deprecatedRuntimes): it gets no security patches; move to a supported runtime`];
    }
    return [];
}

export const definition = defineResourcePolicy<RuntimeConfig>({
    name: "lambda-supported-runtime",
    description: "Lambda functions do not use a runtime AWS has deprecated (dated from AWS's runtime table; lambda-runtime-not-blocked takes over once AWS blocks creating functions with it).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["Lambda.2"] },
    configSchema: {
        properties: {
            today: { ...TODAY_PROPERTY },
            deprecatedRuntimes: {
                type: "array",
                items: { type: "string" },
                default: [],
                description: "Runtimes to report as deprecated in addition to AWS's table (for runtimes the table does not know, e.g. a custom runtime you retire).",
            },
        },
    },
    parseConfig,
    checks: { [FUNCTION]: checkFunction },
});
