import type { AnalyzerResourceInput, PolicyPackSession, PolicyViolation } from "../policy-runner";
import type { RecordedResource } from "./runtime";

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
        provider: provider ? { urn: provider.urn, type: provider.type, name: provider.name, properties: provider.inputs } : null,
    };
}

/** Every resource through `Analyze` (concurrently, like the engine), then the stack through `AnalyzeStack`. */
export async function analyzeResources(pack: PolicyPackSession, resources: readonly RecordedResource[]): Promise<PolicyViolation[]> {
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    const perResource = await Promise.all(resources.map(r => pack.analyze(toAnalyzerInput(r, byUrn, "inputs"))));
    const stack = await pack.analyzeStack(resources.map(r => toAnalyzerInput(r, byUrn, "state")));
    return [...perResource.flat(), ...stack];
}
