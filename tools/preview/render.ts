import type { PolicyViolation } from "../policy-runner";
import type { AppliedRemediation } from "./analyze";
import type { RecordedResource } from "./runtime";

type Violation = Pick<PolicyViolation, "policy" | "level" | "urn" | "message">;

/** `aws:organizations/account:Account` -> `aws:organizations:Account` */
const shortType = (type: string) => type.replace(/\/[^:]+:/, ":");

/** Providers first, then the rest in registration order. */
const providersFirst = (a: RecordedResource, b: RecordedResource) =>
    Number(b.type.startsWith("pulumi:providers:")) - Number(a.type.startsWith("pulumi:providers:"));

function annotations(resource: RecordedResource, byUrn: Map<string, RecordedResource>): string {
    const notes: string[] = [];
    if (resource.provider) notes.push(`provider=${byUrn.get(resource.provider)?.name ?? resource.provider}`);
    const region = resource.inputs.region;
    if (typeof region === "string" && resource.type !== "pulumi:providers:aws") notes.push(`region=${region}`);
    if (resource.options.protect) notes.push("protect");
    if (resource.options.import) notes.push(`import=${resource.options.import}`);
    if (resource.options.ignoreChanges.length) notes.push(`ignoreChanges=${resource.options.ignoreChanges.join(",")}`);
    return notes.length ? `  [${notes.join(" ")}]` : "";
}

/** The resource tree, children under their parent, in registration order. */
export function renderTree(resources: readonly RecordedResource[], violations: readonly Violation[]): string[] {
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    const children = new Map<string | null, RecordedResource[]>();
    for (const r of resources) {
        const parent = r.parent && byUrn.has(r.parent) ? r.parent : null;
        children.set(parent, [...(children.get(parent) ?? []), r]);
    }
    const flagged = new Map<string, string>();
    for (const v of violations) {
        if (flagged.get(v.urn) !== "mandatory") flagged.set(v.urn, v.level);
    }
    const lines: string[] = [];
    const walk = (parent: string | null, prefix: string) => {
        const kids = [...(children.get(parent) ?? [])].sort(providersFirst);
        kids.forEach((r, i) => {
            const last = i === kids.length - 1;
            const branch = parent === null ? "" : last ? "└─ " : "├─ ";
            const mark = flagged.has(r.urn) ? (flagged.get(r.urn) === "mandatory" ? "✖ " : "! ") : "+ ";
            lines.push(`${mark}${prefix}${branch}${shortType(r.type)}  ${r.name}${annotations(r, byUrn)}`);
            walk(r.urn, parent === null ? "" : prefix + (last ? "   " : "│  "));
        });
    };
    walk(null, "");
    return lines;
}

export function renderViolations(violations: readonly Violation[], resources: readonly RecordedResource[]): string[] {
    if (violations.length === 0) return ["Policy violations: none"];
    const names = new Map(resources.map(r => [r.urn, r.name]));
    const lines = [`Policy violations (${violations.length}):`];
    for (const v of violations) {
        lines.push(`  [${v.level}] ${v.policy}  (${names.get(v.urn) ?? (v.urn || "stack")})`);
        lines.push(`      ${v.message.split("\n").join("\n      ")}`);
    }
    return lines;
}

/** Settings weaker than the defaults, each on its own line, after the violations. */
export function renderWarnings(warnings: readonly string[]): string[] {
    if (warnings.length === 0) return [];
    return [`Config warnings (${warnings.length}): settings weaker than the defaults`, ...warnings.map(w => `  ! ${w}`), ""];
}

/** The inputs policies at level `remediate` set, per resource, as the engine would apply them. */
export function renderRemediations(remediations: readonly AppliedRemediation[], resources: readonly RecordedResource[]): string[] {
    if (remediations.length === 0) return [];
    const names = new Map(resources.map(r => [r.urn, `${r.type} "${r.name}"`]));
    return [
        `Remediations (${remediations.length}): inputs the policy pack set before analysis`,
        ...remediations.map(r => `  ~ ${names.get(r.urn) ?? r.urn}: ${r.policy} set ${Object.entries(r.changed).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ")}`),
        "",
    ];
}
