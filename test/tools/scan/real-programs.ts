/**
 * The pack measured on real programs nobody here wrote: test/fixtures/real-programs/*.json hold each
 * program's resources as `npm run scan` captured them (tools/scan/capture.ts) with a security review
 * of each resource. This module runs every resource through the pack's resource policies and the
 * whole program through its stack policies, in process (the policies' own definitions, as
 * test/policy/recommended.spec.ts does), and compares the findings with the review.
 *
 * A review labels a resource's clear-cut weaknesses (each must be flagged: recall) and, separately,
 * debatable observations (true, worth an advisory, not required); a finding that matches neither is
 * a false positive, and so is a mandatory finding on a debatable observation. A label matches a
 * finding by the policy's name or by one of the policy's CIS/FSBP control ids, so a label holds
 * while the policy that covers its control is renamed or split.
 */
import * as fs from "fs";
import * as path from "path";
import { definitions, stackDefinitions } from "../../../policy/policies";
import type { StackResource } from "../../../policy/lib/define-stack";
import { plainProps } from "../../../policy/lib/unknown";

export const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "real-programs");

/** One labelled observation: what is wrong, and what should flag it. */
export interface Label {
    /** What is wrong, said as a reviewer would: "security group allows 0.0.0.0/0 on port 22". */
    readonly what: string;
    /** "resource": visible in the resource's own inputs; "stack": needs other resources (a subnet's setting, a missing companion). */
    readonly scope: "resource" | "stack";
    /** Policies expected to flag it (any of them). */
    readonly policies?: readonly string[];
    /** Control ids whose policies are expected to flag it (any of them), as the pack tags them: "fsbp:EC2.8", "cis-3.0:5.2". */
    readonly controls?: readonly string[];
}

export interface Review {
    readonly weaknesses: readonly Label[];
    /** True but debatable observations: an advisory finding on them is welcome, a mandatory one is a false positive. */
    readonly debatable?: readonly Omit<Label, "scope">[];
    /** Why the resource is fine as it is, or what the review could not judge from the inputs (code, plugin internals). */
    readonly note?: string;
}

export interface FixtureResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly custom: boolean;
    readonly remote?: boolean;
    readonly parent: string | null;
    readonly provider: string | null;
    readonly inputs: Record<string, unknown>;
    /** State keys the mocks computed: the state AnalyzeStack sees is the inputs overlaid with these. */
    readonly outputs: Record<string, unknown>;
    readonly dependencies: readonly string[];
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
    readonly review?: Review;
}

export interface Fixture {
    readonly file: string;
    readonly source: { readonly repo: string; readonly path: string; readonly commit: string; readonly licence: string; readonly copyright: string };
    readonly captured: { readonly stack: string; readonly config: Record<string, string>; readonly packages: Record<string, string> };
    readonly resources: readonly FixtureResource[];
}

export function loadFixtures(): Fixture[] {
    return fs.readdirSync(FIXTURES).filter(f => f.endsWith(".json")).sort()
        .map(file => ({ file, ...JSON.parse(fs.readFileSync(path.join(FIXTURES, file), "utf8")) }) as Fixture);
}

/** Resources a review must cover: custom resources, providers aside. */
export const reviewable = (r: FixtureResource) => r.custom && !r.type.startsWith("pulumi:providers:");

export interface Finding {
    readonly file: string;
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly policy: string;
    readonly level: string;
    readonly kind: "resource" | "stack";
    readonly message: string;
}

const levels = new Map([...definitions, ...stackDefinitions].map(d => [d.metadata.name, d.metadata.enforcementLevel as string]));
const tags = new Map([...definitions, ...stackDefinitions].map(d => [d.metadata.name, new Set(d.metadata.tags)]));

/** Every finding of the pack on a program, from its resource policies then its stack policies. */
export function findings(fixture: Fixture): Finding[] {
    const byUrn = new Map(fixture.resources.map(r => [r.urn, r]));
    const out: Finding[] = [];
    for (const r of fixture.resources) {
        for (const d of definitions) {
            for (const message of d.check(r.type, r.inputs, undefined, r.name)) {
                out.push({ file: fixture.file, urn: r.urn, type: r.type, name: r.name, policy: d.metadata.name, level: d.metadata.enforcementLevel, kind: "resource", message });
            }
        }
    }
    const stack: StackResource[] = fixture.resources.map(r => ({
        urn: r.urn,
        type: r.type,
        name: r.name,
        props: plainProps({ ...r.inputs, ...r.outputs }),
        dependencies: [...r.dependencies],
        propertyDependencies: r.propertyDependencies,
    }));
    for (const d of stackDefinitions) {
        for (const v of d.check(stack)) {
            const r = byUrn.get(v.urn);
            out.push({
                file: fixture.file, urn: v.urn, type: r?.type ?? "(stack)", name: r?.name ?? "(stack)", policy: d.metadata.name,
                level: levels.get(d.metadata.name) ?? "advisory", kind: "stack", message: v.message,
            });
        }
    }
    return out;
}

/** Whether a finding of `policy` answers a label: the policy is named, or it covers one of the label's controls. */
export function matches(label: Omit<Label, "scope">, policy: string): boolean {
    if (label.policies?.includes(policy)) return true;
    const covered = tags.get(policy);
    return (label.controls ?? []).some(control => covered?.has(control) === true);
}

export interface Miss { readonly file: string; readonly type: string; readonly name: string; readonly scope: string; readonly what: string; readonly expected: string }
export interface FalsePositive {
    readonly file: string; readonly type: string; readonly name: string; readonly policy: string; readonly level: string; readonly why: string; readonly message: string;
}

export interface Measurement {
    readonly programs: number;
    readonly resources: number;
    readonly fine: number;
    readonly weaknesses: { readonly resource: number; readonly stack: number };
    readonly caught: { readonly resource: number; readonly stack: number };
    readonly recall: { readonly resource: number; readonly stack: number };
    readonly findings: number;
    readonly precision: number;
    readonly misses: Miss[];
    readonly falsePositives: FalsePositive[];
    /** Findings on resources whose review found nothing wrong. */
    readonly onFineResources: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function measure(fixtures: readonly Fixture[]): Measurement {
    const misses: Miss[] = [];
    const falsePositives: FalsePositive[] = [];
    let resources = 0;
    let fine = 0;
    let onFine = 0;
    let total = 0;
    const weaknesses = { resource: 0, stack: 0 };
    const caught = { resource: 0, stack: 0 };
    for (const fixture of fixtures) {
        const found = findings(fixture);
        total += found.length;
        const reviews = new Map(fixture.resources.filter(reviewable).map(r => [r.urn, r.review ?? { weaknesses: [] }]));
        for (const r of fixture.resources.filter(reviewable)) {
            const review = reviews.get(r.urn)!;
            resources++;
            if (review.weaknesses.length === 0) fine++;
            const mine = found.filter(f => f.urn === r.urn);
            for (const label of review.weaknesses) {
                weaknesses[label.scope]++;
                if (mine.some(f => matches(label, f.policy))) caught[label.scope]++;
                else {
                    misses.push({
                        file: fixture.file, type: r.type, name: r.name, scope: label.scope, what: label.what,
                        expected: [...(label.policies ?? []), ...(label.controls ?? [])].join(" or "),
                    });
                }
            }
        }
        for (const f of found) {
            const review = reviews.get(f.urn);
            const weakness = review?.weaknesses.some(l => matches(l, f.policy)) === true;
            const debatable = review?.debatable?.some(l => matches(l, f.policy)) === true;
            const why = review === undefined ? "on a resource the review does not cover"
                : weakness ? undefined
                    : debatable ? (f.level === "mandatory" ? "mandatory on a debatable observation" : undefined)
                        : "no labelled weakness or debatable observation matches it";
            if (why === undefined) continue;
            if (review !== undefined && review.weaknesses.length === 0) onFine++;
            falsePositives.push({ file: f.file, type: f.type, name: f.name, policy: f.policy, level: f.level, why, message: f.message.split("\n")[0] });
        }
    }
    return {
        programs: fixtures.length,
        resources,
        fine,
        weaknesses,
        caught,
        recall: { resource: ratio(caught.resource, weaknesses.resource), stack: ratio(caught.stack, weaknesses.stack) },
        findings: total,
        precision: ratio(total - falsePositives.length, total),
        misses,
        falsePositives,
        onFineResources: onFine,
    };
}

/** The figures, each miss and each false positive, one per line. */
export function report(m: Measurement): string {
    const pct = (x: number) => x.toFixed(2);
    return [
        `Real programs: ${m.programs} programs, ${m.resources} reviewed resources (${m.fine} fine), ${m.weaknesses.resource + m.weaknesses.stack} labelled weaknesses`,
        `  resource policies: recall ${pct(m.recall.resource)} (${m.caught.resource}/${m.weaknesses.resource})`,
        `  stack policies:    recall ${pct(m.recall.stack)} (${m.caught.stack}/${m.weaknesses.stack})`,
        `  findings: ${m.findings}, precision ${pct(m.precision)}, false positives ${m.falsePositives.length} (${m.onFineResources} on resources reviewed as fine)`,
        ...(m.misses.length ? [`Misses (${m.misses.length}):`, ...m.misses.map(x => `  - [${x.scope}] ${x.file} ${x.type} "${x.name}": ${x.what} (expected: ${x.expected})`)] : []),
        ...(m.falsePositives.length ? [`False positives (${m.falsePositives.length}):`, ...m.falsePositives.map(x => `  - ${x.file} ${x.type} "${x.name}": ${x.policy} [${x.level}], ${x.why}: ${x.message}`)] : []),
    ].join("\n");
}
