import type { AnalyzerResourceInput, PolicyPackSession, PolicyViolation } from "../policy-runner";
import type { RecordedResource } from "../mock-runtime/runtime";

/** The engine's view of a resource: `Analyze` gets its inputs, `AnalyzeStack` its final state. */
export function toAnalyzerInput(resource: RecordedResource, byUrn: ReadonlyMap<string, RecordedResource>, view: "inputs" | "state"): AnalyzerResourceInput {
    const provider = resource.provider ? byUrn.get(resource.provider) : undefined;
    return {
        urn: resource.urn,
        type: resource.type,
        name: resource.name,
        properties: resource[view],
        options: {
            protect: resource.options.protect,
            ignoreChanges: resource.options.ignoreChanges,
            retainOnDelete: resource.options.retainOnDelete,
            parent: resource.parent,
            dependsOn: resource.options.dependsOn,
        },
        parent: resource.parent,
        dependencies: resource.dependencies,
        propertyDependencies: resource.propertyDependencies,
        provider: provider ? { urn: provider.urn, type: provider.type, name: provider.name, properties: provider.inputs } : null,
    };
}

/** A remediation the pack applied: the inputs it set (top-level keys whose value changed). */
export interface AppliedRemediation {
    urn: string;
    policy: string;
    changed: Record<string, unknown>;
}

/**
 * Every resource through `Analyze` (concurrently, like the engine), then the stack through
 * `AnalyzeStack`. When a policy's level is `remediate`, each resource first goes through
 * `Remediate`, and `Analyze` sees the fixed inputs, as in the engine; the fixes are pushed to
 * `remediations`. `onProgress`, if given, hears how many resources `Analyze` has answered for
 * so far, out of how many, after each answer (the last call has analysed === total, before
 * `AnalyzeStack`).
 */
export async function analyzeResources(
    pack: PolicyPackSession,
    resources: readonly RecordedResource[],
    remediations: AppliedRemediation[] = [],
    onProgress?: (analysed: number, total: number) => void,
): Promise<PolicyViolation[]> {
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    let analysed = 0;
    const perResource = await Promise.all(resources.map(async r => {
        const input = toAnalyzerInput(r, byUrn, "inputs");
        if (pack.remediatingPolicies.length > 0) {
            for (const fix of await pack.remediate(input)) {
                if (fix.properties === undefined) continue;
                const changed = Object.fromEntries(Object.entries(fix.properties)
                    .filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(input.properties[key])));
                remediations.push({ urn: r.urn, policy: fix.policy, changed });
                input.properties = fix.properties;
            }
        }
        const violations = await pack.analyze(input);
        onProgress?.(++analysed, resources.length);
        return violations;
    }));
    const stack = await pack.analyzeStack(resources.map(r => toAnalyzerInput(r, byUrn, "state")));
    return [...perResource.flat(), ...stack];
}
