import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";
import { LAMBDA_RUNTIMES, parseDay, RUNTIME_TABLE_READ, runtimePhase, TODAY_PROPERTY } from "../../lib/runtimes";
import { dayOf, replacementFor } from "./lambda-supported-runtime";

export const FUNCTION = "aws:lambda/function:Function";

interface BlockedConfig {
    readonly today: string | undefined;
}

/**
 * Mandatory once AWS blocks creating functions with the runtime (AWS's runtime table, see
 * ../../lib/runtimes.ts): the runtime has had no security patch since its deprecation date, a new
 * function with it cannot be created at all, and soon an existing one cannot be updated, fixes
 * included. Before that day, lambda-supported-runtime reports the deprecation as advisory.
 */
function checkFunction(props: Record<string, unknown>, config: BlockedConfig): string[] {
    const value = asString(props["runtime"]);
    if (value === UNKNOWN || value === undefined) return [];
    const runtime = value.trim();
    const day = dayOf(config);
    if (runtimePhase(runtime, day) !== "create-blocked") return [];
    const lifecycle = LAMBDA_RUNTIMES[runtime]!;
    const update = lifecycle.blockUpdate === undefined ? "" : lifecycle.blockUpdate <= day
        ? `, and updating them since ${lifecycle.blockUpdate}`
        : `, and will block updating them from ${lifecycle.blockUpdate}`;
    return [`runtime ${JSON.stringify(runtime)} is past end of support (FSBP Lambda.2): deprecated since ${lifecycle.deprecated}, unpatched since; ` +
        `AWS blocks creating functions that use it since ${lifecycle.blockCreate}${update}; move to ${replacementFor(runtime, day)} ` +
        `(AWS's runtime table as read ${RUNTIME_TABLE_READ})`];
}

export const definition = defineResourcePolicy<BlockedConfig>({
    name: "lambda-runtime-not-blocked",
    description: "Lambda functions do not use a runtime AWS no longer lets new functions use (past its deprecation date and its block-create date in AWS's runtime table).",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["Lambda.2"] },
    configSchema: {
        properties: {
            today: { ...TODAY_PROPERTY },
        },
    },
    parseConfig: (raw) => ({ today: parseDay(raw["today"]) }),
    checks: { [FUNCTION]: checkFunction },
});
