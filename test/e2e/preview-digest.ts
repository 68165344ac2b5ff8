/*
 * What the offline preview's `--json` report says about each resource, reduced to what must not change
 * when the code moves: keyed by `type::name`, with URNs written as `type::name` (a parent chain is not
 * behaviour; URN stability has its own test, test/e2e/urns.spec.ts), and hashed, so the committed
 * snapshot stays small. The entry itself is printed when a hash differs.
 */
import { createHash } from "crypto";

interface Reported {
    readonly type: string;
    readonly name: string;
    readonly provider: string | null;
    readonly inputs: Record<string, unknown>;
    readonly options: Record<string, unknown>;
}

export interface PreviewReport {
    readonly resources: readonly Reported[];
    readonly outputs: unknown;
    readonly violations: unknown;
    readonly warnings: unknown;
}

const URN = /urn:pulumi:[^:"]+::[^:"]+::([^"\s]+?)::([^"\s]*)/g;

/** `urn:pulumi:S::P::A$B$type::name` as `type::name`, wherever it appears in a string. */
const withoutChains = (text: string) => text.replace(URN, (_urn, types: string, name: string) => `${types.split("$").pop()}::${name}`);

/** Sorts object keys, so that the same content always gives the same text. */
function canonical(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === "object") {
        return Object.fromEntries(Object.keys(value).sort().map(key => [key, canonical((value as Record<string, unknown>)[key])]));
    }
    return value;
}

/** One resource's behaviour: its inputs, provider and options other than aliases, as canonical text. */
export function resourceEntry(resource: Reported): string {
    const { aliases: _aliases, dependsOn, ...options } = resource.options as { aliases?: unknown; dependsOn?: string[] };
    return withoutChains(JSON.stringify(canonical({
        provider: resource.provider,
        inputs: resource.inputs,
        options: { ...options, dependsOn: [...(dependsOn ?? [])].map(withoutChains).sort() },
    })));
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** The report as `{ "type::name": hash }`, plus the stack's outputs, violations and warnings. */
export function previewDigest(report: PreviewReport): Record<string, string> {
    const digest: Record<string, string> = {};
    for (const resource of report.resources) {
        const key = `${resource.type}::${resource.name}`;
        if (key in digest) throw new Error(`two resources are ${key}`);
        digest[key] = hash(resourceEntry(resource));
    }
    for (const part of ["outputs", "violations", "warnings"] as const) {
        digest[`(${part})`] = hash(withoutChains(JSON.stringify(canonical(report[part]))));
    }
    return Object.fromEntries(Object.keys(digest).sort().map(key => [key, digest[key]]));
}
