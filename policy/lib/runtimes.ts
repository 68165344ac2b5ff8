/**
 * AWS Lambda's managed runtimes and their end-of-support dates, as data, so the pack ages by
 * itself: a runtime becomes "deprecated" on its deprecation date and "create-blocked" on the date
 * AWS stops accepting new functions that use it, whatever the pack's release date.
 *
 * Source, read 2026-12-06 (the per-language tables are the same as the summary table):
 * - https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html ("Supported runtimes",
 *   "Deprecated runtimes"), and its per-language pages lambda-nodejs.html, lambda-python.html,
 *   lambda-java.html, lambda-csharp.html, lambda-ruby.html;
 * - https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html: after the deprecation
 *   date Lambda no longer applies security patches; then it blocks creating, and later updating,
 *   functions that use the runtime (each date in UTC).
 * Dates of runtimes deprecated before 2025 were cross-checked with cfn-lint's lifecycle table
 * (aws-cloudformation/cfn-lint, src/cfnlint/data/AdditionalSpecs/LmbdRuntimeLifecycle.json).
 * A date AWS has not announced is left out: that phase is not reported before AWS announces it.
 * Update this table when AWS moves a date (it has, several times); the policy config can also
 * override the evaluation date (`today`).
 */

export interface RuntimeLifecycle {
    /** YYYY-MM-DD: no security patches from this date on. */
    readonly deprecated: string;
    /** YYYY-MM-DD: creating functions with this runtime fails from this date on. */
    readonly blockCreate?: string;
    /** YYYY-MM-DD: updating functions with this runtime fails from this date on. */
    readonly blockUpdate?: string;
}

/** Where the table comes from, for messages and docs. */
export const RUNTIME_TABLE_SOURCE = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html";
/** The day the table was last read from that page. */
export const RUNTIME_TABLE_READ = "2026-12-06";

export const LAMBDA_RUNTIMES: { readonly [runtime: string]: RuntimeLifecycle } = {
    // Supported runtimes (projected dates).
    "nodejs24.x": { deprecated: "2028-04-30", blockCreate: "2028-06-01", blockUpdate: "2028-07-01" },
    "nodejs22.x": { deprecated: "2027-04-30", blockCreate: "2027-06-01", blockUpdate: "2027-07-01" },
    "python3.14": { deprecated: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
    "python3.13": { deprecated: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
    "python3.12": { deprecated: "2028-10-31", blockCreate: "2028-11-30", blockUpdate: "2029-01-10" },
    "python3.11": { deprecated: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31" },
    "python3.10": { deprecated: "2026-10-31", blockCreate: "2026-11-30", blockUpdate: "2027-01-15" },
    "java25": { deprecated: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
    "java21": { deprecated: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
    "java17": { deprecated: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31" },
    "java11": { deprecated: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31" },
    "java8.al2": { deprecated: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31" },
    "dotnet10": { deprecated: "2028-11-14", blockCreate: "2028-12-14", blockUpdate: "2029-01-15" },
    "dotnet8": { deprecated: "2026-11-10", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
    "ruby4.0": { deprecated: "2029-03-31", blockCreate: "2029-04-30", blockUpdate: "2029-05-31" },
    "ruby3.4": { deprecated: "2028-03-31", blockCreate: "2028-04-30", blockUpdate: "2028-05-31" },
    "ruby3.3": { deprecated: "2027-03-31", blockCreate: "2027-04-30", blockUpdate: "2027-05-31" },
    // Deprecated runtimes.
    "nodejs20.x": { deprecated: "2026-04-30", blockCreate: "2026-08-31", blockUpdate: "2026-09-30" },
    "ruby3.2": { deprecated: "2026-03-31", blockCreate: "2026-08-31", blockUpdate: "2026-09-30" },
    "python3.9": { deprecated: "2025-12-15" },
    "nodejs18.x": { deprecated: "2025-09-01", blockCreate: "2025-10-01", blockUpdate: "2025-11-01" },
    "dotnet6": { deprecated: "2024-12-20", blockCreate: "2025-10-01", blockUpdate: "2025-11-01" },
    "python3.8": { deprecated: "2024-10-14", blockCreate: "2025-10-01", blockUpdate: "2025-11-01" },
    "nodejs16.x": { deprecated: "2024-06-12", blockCreate: "2025-10-01", blockUpdate: "2025-11-01" },
    "dotnet7": { deprecated: "2024-05-14", blockCreate: "2024-05-14", blockUpdate: "2024-05-14" },
    "java8": { deprecated: "2024-01-08", blockCreate: "2024-02-08", blockUpdate: "2025-11-01" },
    "go1.x": { deprecated: "2024-01-08", blockCreate: "2024-02-08", blockUpdate: "2025-11-01" },
    "provided": { deprecated: "2024-01-08", blockCreate: "2024-02-08", blockUpdate: "2025-11-01" },
    "ruby2.7": { deprecated: "2023-12-07", blockCreate: "2024-01-09", blockUpdate: "2025-11-01" },
    "nodejs14.x": { deprecated: "2023-12-04", blockCreate: "2024-07-09", blockUpdate: "2025-11-01" },
    "python3.7": { deprecated: "2023-12-04", blockCreate: "2024-01-09", blockUpdate: "2025-11-01" },
    "dotnetcore3.1": { deprecated: "2023-04-03", blockCreate: "2023-04-03", blockUpdate: "2023-05-03" },
    "nodejs12.x": { deprecated: "2023-03-31", blockCreate: "2023-03-31", blockUpdate: "2023-04-30" },
    "python3.6": { deprecated: "2022-07-18", blockCreate: "2022-07-18", blockUpdate: "2022-08-29" },
    "dotnet5.0": { deprecated: "2022-05-10" },
    "dotnetcore2.1": { deprecated: "2022-01-05", blockCreate: "2022-01-05", blockUpdate: "2022-04-13" },
    "nodejs10.x": { deprecated: "2021-07-30", blockCreate: "2021-07-30", blockUpdate: "2022-02-14" },
    "ruby2.5": { deprecated: "2021-07-30", blockCreate: "2021-07-30", blockUpdate: "2022-03-31" },
    "python2.7": { deprecated: "2021-07-15", blockCreate: "2021-07-15", blockUpdate: "2022-05-30" },
    "nodejs8.10": { deprecated: "2020-03-06", blockCreate: "2020-03-06", blockUpdate: "2020-03-06" },
    "nodejs4.3": { deprecated: "2020-03-05", blockCreate: "2020-03-05", blockUpdate: "2020-03-05" },
    "nodejs4.3-edge": { deprecated: "2020-03-05", blockCreate: "2019-04-30", blockUpdate: "2019-04-30" },
    "nodejs6.10": { deprecated: "2019-08-12", blockCreate: "2019-08-12", blockUpdate: "2019-08-12" },
    "dotnetcore1.0": { deprecated: "2019-06-27", blockCreate: "2019-07-30", blockUpdate: "2019-07-30" },
    "dotnetcore2.0": { deprecated: "2019-05-30", blockCreate: "2019-05-30", blockUpdate: "2019-05-30" },
    "nodejs": { deprecated: "2016-10-31", blockCreate: "2016-10-31", blockUpdate: "2016-10-31" },
};

/** What a runtime's lifecycle means on a given day. */
export type RuntimePhase = "supported" | "deprecated" | "create-blocked";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` of a date in UTC. */
export function isoDay(date: Date): string {
    return date.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` day that is a real date, or `undefined`. */
export function parseDay(value: unknown): string | undefined {
    if (typeof value !== "string" || !DAY.test(value.trim())) return undefined;
    const day = value.trim();
    const parsed = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) || isoDay(parsed) !== day ? undefined : day;
}

/**
 * The phase of `runtime` on `day` (YYYY-MM-DD, compared as text); `undefined` for a runtime the
 * table does not know (a new runtime, `provided.al2023`, a typo), which is never reported.
 */
export function runtimePhase(runtime: string, day: string, table: { readonly [runtime: string]: RuntimeLifecycle } = LAMBDA_RUNTIMES): RuntimePhase | undefined {
    const lifecycle = Object.prototype.hasOwnProperty.call(table, runtime) ? table[runtime] : undefined;
    if (lifecycle === undefined) return undefined;
    if (lifecycle.blockCreate !== undefined && day >= lifecycle.blockCreate) return "create-blocked";
    return day >= lifecycle.deprecated ? "deprecated" : "supported";
}

/** The newest supported runtime of the same language on `day`, to suggest in a message. */
export function successorOf(runtime: string, day: string, table: { readonly [runtime: string]: RuntimeLifecycle } = LAMBDA_RUNTIMES): string | undefined {
    const family = runtime.replace(/[0-9].*$/, "").replace(/core$/, "");
    const candidates = Object.entries(table)
        .filter(([name, lifecycle]) => name !== runtime && name.replace(/[0-9].*$/, "") === family && day < lifecycle.deprecated)
        .sort(([, a], [, b]) => (a.deprecated < b.deprecated ? 1 : a.deprecated > b.deprecated ? -1 : 0));
    return candidates[0]?.[0];
}

/** The config property both runtime policies take: the day to evaluate the table as of. */
export const TODAY_PROPERTY = {
    type: "string",
    default: "",
    description: "Evaluate the runtime table as of this day (YYYY-MM-DD); empty: the current date (UTC).",
} as const;
