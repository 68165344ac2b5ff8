/**
 * `aws.iam.getPolicyDocument` answered offline, rendering the document the way the AWS provider
 * does (terraform-provider-aws, data source `aws_iam_policy_document`, read 2026-12-06 in its
 * public source): source documents first, then the statements, then the override documents, each
 * merge replacing a statement with the same Sid; a one-element list written as a string, a longer
 * one sorted in reverse order; principals grouped by type, `"*"` for the `*` type; conditions as
 * `{ test: { variable: values } }`; JSON indented by two spaces, map keys sorted.
 *
 * The scan needs the real document: policies judge bucket, key and trust policies by their
 * statements, and a program that builds them with getPolicyDocument must not hide them.
 */

type Json = string | string[];
interface Statement {
    Sid?: string;
    Effect?: string;
    Action?: Json;
    NotAction?: Json;
    Resource?: Json;
    NotResource?: Json;
    Principal?: unknown;
    NotPrincipal?: unknown;
    Condition?: Record<string, Record<string, Json>>;
}
interface Document { Version?: string; Id?: string; Statement: Statement[] }

/** A thrown error the scan reports as the program's: getPolicyDocument rejected its arguments, as the provider would. */
export class PolicyDocumentError extends Error {}

const strings = (value: unknown): string[] =>
    (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).filter((v): v is string => typeof v === "string");

/** The provider's list encoding: one element as a string, more deduplicated (a set) and sorted in reverse. */
function decodeList(values: readonly string[]): Json | undefined {
    const unique = [...new Set(values)];
    if (unique.length === 0) return undefined;
    if (unique.length === 1) return unique[0];
    return unique.sort().reverse();
}

/** `&{aws:username}` is how a program escapes a policy variable from interpolation: the document gets `${aws:username}`. */
const replaceVariables = (value: Json | undefined): Json | undefined =>
    value === undefined ? undefined : Array.isArray(value) ? value.map(v => v.replace(/&\{/g, "${")) : value.replace(/&\{/g, "${");

interface PrincipalInput { type?: unknown; identifiers?: unknown }

/** Principals grouped by type (identifiers of blocks with the same type joined), `"*"` when the only type is `*`. */
function principals(blocks: readonly PrincipalInput[]): unknown {
    const byType = new Map<string, string[]>();
    for (const block of blocks) {
        const type = typeof block.type === "string" ? block.type : "";
        const identifiers = replaceVariables(decodeList(strings(block.identifiers)));
        const list = byType.get(type) ?? [];
        list.push(...(identifiers === undefined ? [] : Array.isArray(identifiers) ? identifiers : [identifiers]));
        byType.set(type, list);
    }
    if (byType.has("*")) return "*";
    return Object.fromEntries([...byType.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([type, ids]) => [type, ids.length === 1 ? ids[0] : ids]));
}

interface ConditionInput { test?: unknown; variable?: unknown; values?: unknown }

function conditions(blocks: readonly ConditionInput[]): Record<string, Record<string, Json>> {
    const out: Record<string, Record<string, Json>> = {};
    for (const block of blocks) {
        const test = String(block.test ?? "");
        const variable = String(block.variable ?? "");
        const values = strings(block.values).map(v => v.replace(/&\{/g, "${"));
        const existing = out[test]?.[variable];
        const merged = existing === undefined ? values : [...(Array.isArray(existing) ? existing : [existing]), ...values];
        (out[test] ??= {})[variable] = merged.length === 1 ? merged[0] : merged;
    }
    return sortKeys(out) as Record<string, Record<string, Json>>;
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.keys(value).sort().map(key => {
        const v = value[key];
        return [key, v !== null && typeof v === "object" && !Array.isArray(v) ? sortKeys(v as Record<string, unknown>) : v];
    }));
}

interface StatementInput {
    sid?: unknown; effect?: unknown; actions?: unknown; notActions?: unknown; resources?: unknown; notResources?: unknown;
    principals?: unknown; notPrincipals?: unknown; conditions?: unknown;
}

const blocks = <T>(value: unknown): T[] => (Array.isArray(value) ? value.filter(v => v !== null && typeof v === "object") as T[] : []);

function statement(input: StatementInput): Statement {
    const out: Statement = {};
    if (typeof input.sid === "string" && input.sid !== "") out.Sid = input.sid;
    out.Effect = typeof input.effect === "string" ? input.effect : "Allow";
    const set = (key: "Action" | "NotAction" | "Resource" | "NotResource", value: unknown, variables: boolean) => {
        const decoded = decodeList(strings(value));
        if (decoded !== undefined) out[key] = variables ? replaceVariables(decoded) : decoded;
    };
    set("Action", input.actions, false);
    set("NotAction", input.notActions, false);
    set("Resource", input.resources, true);
    set("NotResource", input.notResources, true);
    if (blocks(input.principals).length > 0) out.Principal = principals(blocks(input.principals));
    if (blocks(input.notPrincipals).length > 0) out.NotPrincipal = principals(blocks(input.notPrincipals));
    if (blocks(input.conditions).length > 0) out.Condition = conditions(blocks(input.conditions));
    return out;
}

/** Statements of `next` replace those of `into` with the same Sid, the others are appended; a later Id wins, a later Version upgrades. */
function merge(into: Document, next: Document): void {
    if (next.Id) into.Id = next.Id;
    if (next.Version !== undefined && (into.Version === undefined || next.Version > into.Version)) into.Version = next.Version;
    for (const s of next.Statement ?? []) {
        const same = s.Sid ? into.Statement.findIndex(existing => existing.Sid === s.Sid) : -1;
        if (same >= 0) into.Statement[same] = s;
        else into.Statement.push(s);
    }
}

function parseDocument(text: unknown, what: string): Document {
    let parsed: unknown;
    try {
        parsed = typeof text === "string" ? JSON.parse(text) : text;
    } catch (e) {
        throw new PolicyDocumentError(`getPolicyDocument: ${what} is not JSON (${(e as Error).message})`);
    }
    const doc = (parsed ?? {}) as { Version?: unknown; Id?: unknown; Statement?: unknown };
    const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement === undefined ? [] : [doc.Statement];
    return {
        ...(typeof doc.Version === "string" && { Version: doc.Version }),
        ...(typeof doc.Id === "string" && { Id: doc.Id }),
        Statement: statements as Statement[],
    };
}

/** What getPolicyDocument returns for these arguments: `json` (indented), `minifiedJson`, and an id. */
export function renderPolicyDocument(args: Record<string, unknown>): { json: string; minifiedJson: string; id: string } {
    const merged: Document = { Statement: [] };
    // sourceJson and overrideJson: the single-document forms @pulumi/aws v5 still offers.
    if (typeof args.sourceJson === "string") merge(merged, parseDocument(args.sourceJson, "sourceJson"));
    strings(args.sourcePolicyDocuments).forEach((source, i) => merge(merged, parseDocument(source, `sourcePolicyDocuments[${i}]`)));
    const sids = new Set<string>();
    const own: Document = {
        Version: typeof args.version === "string" ? args.version : "2012-10-17",
        ...(typeof args.policyId === "string" && args.policyId !== "" && { Id: args.policyId }),
        Statement: blocks<StatementInput>(args.statements).map(s => {
            if (typeof s.sid === "string" && s.sid !== "") {
                if (sids.has(s.sid)) throw new PolicyDocumentError(`getPolicyDocument: duplicate Sid (${s.sid}); remove the Sid or ensure the Sid is unique`);
                sids.add(s.sid);
            }
            return statement(s);
        }),
    };
    merge(merged, own);
    strings(args.overridePolicyDocuments).forEach((override, i) => merge(merged, parseDocument(override, `overridePolicyDocuments[${i}]`)));
    if (typeof args.overrideJson === "string") merge(merged, parseDocument(args.overrideJson, "overrideJson"));
    const ordered = {
        ...(merged.Version !== undefined && { Version: merged.Version }),
        ...(merged.Id !== undefined && { Id: merged.Id }),
        Statement: merged.Statement,
    };
    const json = JSON.stringify(ordered, null, 2);
    return { json, minifiedJson: JSON.stringify(ordered), id: String(hashCode(json)) };
}

/** The provider's id for a document: a CRC-32 of the JSON text (its StringHashcode), as a positive number. */
function hashCode(text: string): number {
    let crc = 0xffffffff;
    for (const byte of Buffer.from(text, "utf8")) {
        crc ^= byte;
        for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    const value = (crc ^ 0xffffffff) | 0;
    return value >= 0 ? value : -value;
}
