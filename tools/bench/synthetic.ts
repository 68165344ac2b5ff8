/*
 * What the bench's processes share: its stacks (the example stack with more accounts and regions, so
 * they keep up with the config schema) and how a case's process reports back.
 */
import * as path from "path";
import { readStackConfigFile } from "../../config";

export const ROOT = path.resolve(__dirname, "..", "..");
/** The line a case's process (case.ts) prints its result on, as JSON after this prefix. */
export const CASE_RESULT_PREFIX = "bench-case ";
/** Milliseconds since `start` (a `process.hrtime.bigint()`). */
export const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
export const REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"];

/**
 * The example stack (`Pulumi.prod.yaml`, so every section the schema knows is there) with `accounts`
 * accounts spread over its workload OUs and the first `regions` regions allowed.
 */
export function syntheticConfig(accounts: number, regions: number): Record<string, string> {
    const values = readStackConfigFile(path.join(ROOT, "Pulumi.prod.yaml"));
    const organization = JSON.parse(values["foundation:organization"]);
    const examples: { key: string; ou: string }[] = JSON.parse(values["foundation:accounts"]);
    const security = examples.filter(a => a.key === organization.logArchiveAccount || a.key === organization.auditAccount);
    const ous = [...new Set(examples.filter(a => !security.includes(a)).map(a => a.ou))];
    const workloads = Array.from({ length: Math.max(0, accounts - security.length) }, (_, i) => ({
        key: `workload-${i + 1}`, name: `Workload ${i + 1}`, email: `aws-workload-${i + 1}@example.com`, ou: ous[i % ous.length],
    }));
    const synthetic = [...security, ...workloads];
    // The example's references to its own workload accounts become their OUs (identity, guardrails) or an account there (pipelines).
    const kept = new Set(["management", ...synthetic.map(a => a.key)]);
    const ouOf = new Map(examples.map(a => [a.key, a.ou]));
    const identity = values["foundation:identity"] && JSON.parse(values["foundation:identity"]);
    for (const assignment of identity?.assignments ?? []) {
        assignment.targets = [...new Set((assignment.targets as string[]).map(t => (kept.has(t) || !ouOf.has(t) ? t : ouOf.get(t)!)))];
    }
    const pipelines = values["foundation:pipelines"] && JSON.parse(values["foundation:pipelines"]);
    if (pipelines?.workloads) {
        pipelines.workloads = (pipelines.workloads as { account: string }[])
            .map(w => ({ ...w, account: kept.has(w.account) ? w.account : synthetic.find(a => a.ou === ouOf.get(w.account))?.key }))
            .filter(w => w.account !== undefined);
    }
    const guardrails = values["foundation:guardrails"] && JSON.parse(values["foundation:guardrails"]);
    if (guardrails?.serviceControlPolicies) {
        const remapped: Record<string, string[]> = {};
        for (const [target, names] of Object.entries(guardrails.serviceControlPolicies as Record<string, string[]>)) {
            const to = kept.has(target) || !ouOf.has(target) ? target : ouOf.get(target)!;
            remapped[to] = [...new Set([...(remapped[to] ?? []), ...names])];
        }
        guardrails.serviceControlPolicies = remapped;
    }
    return {
        ...values,
        "foundation:organization": JSON.stringify({ ...organization, homeRegion: REGIONS[0], allowedRegions: REGIONS.slice(0, regions) }),
        "foundation:accounts": JSON.stringify(synthetic),
        ...(identity && { "foundation:identity": JSON.stringify(identity) }),
        ...(pipelines && { "foundation:pipelines": JSON.stringify(pipelines) }),
        ...(guardrails && { "foundation:guardrails": JSON.stringify(guardrails) }),
    };
}
