/**
 * A small, lenient IAM policy document reader.
 *
 * Resource inputs carry policy documents as JSON strings (`JSON.stringify`, `aws.iam.getPolicyDocument`
 * output) or as objects (`aws.iam.PolicyDocument`), with `Statement`, `Action`, `Resource`, ...
 * either single values or lists. This normalizes all of that to lists and never throws: anything
 * that is not a document reads as `undefined`, and unknown values stay {@link UNKNOWN} so a check
 * can tell "no" from "can't know yet".
 *
 * (We do not use @cloud-copilot/iam-policy here: it is AGPL-3.0 licensed, which does not fit an
 * Apache-2.0 policy pack that is published and run by others, and it has no notion of unknowns.)
 */
import { UNKNOWN, Unknown, toPlain } from "./unknown";
import { asList, asString } from "./values";

/** A normalized list element value; `UNKNOWN` for the whole list or for single elements. */
export type ValueList = ReadonlyArray<string | Unknown> | Unknown | undefined;

export interface PolicyStatement {
    /** Position in the document's Statement list (0-based). */
    readonly index: number;
    readonly sid: string | undefined;
    readonly effect: string | Unknown | undefined;
    readonly action: ValueList;
    readonly notAction: ValueList;
    readonly resource: ValueList;
    readonly notResource: ValueList;
    /** `Principal`: `"*"` becomes `{ AWS: ["*"] }`; each principal type's values as a list. */
    readonly principal: Principals | Unknown | undefined;
    /** `NotPrincipal`, read like `principal`: an Allow with it grants everyone else. */
    readonly notPrincipal: Principals | Unknown | undefined;
    /** `Condition` as given (operator -> key -> value(s)); `UNKNOWN` if unknown. */
    readonly condition: Record<string, unknown> | Unknown | undefined;
}

/** Principal type ("AWS", "Service", "Federated", "CanonicalUser") -> values. */
export type Principals = { readonly [type: string]: ValueList };

export interface PolicyDocument {
    /** `UNKNOWN` when the Statement element itself is unknown. */
    readonly statements: ReadonlyArray<PolicyStatement> | Unknown;
}

/**
 * Reads a policy document given as a JSON string or an object.
 * Returns `UNKNOWN` if the document is unknown, `undefined` if it is absent or not a document.
 */
export function parsePolicyDocument(value: unknown): PolicyDocument | Unknown | undefined {
    if (value === UNKNOWN) {
        return UNKNOWN;
    }
    let doc: unknown = value;
    if (typeof value === "string") {
        if (value.trim() === "") {
            return undefined;
        }
        try {
            // Unknowns can only hide inside a string as sentinels; toPlain turns them into UNKNOWN.
            doc = toPlain(JSON.parse(value));
        } catch {
            return undefined;
        }
        if (doc === UNKNOWN) {
            return UNKNOWN;
        }
    }
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
        return undefined;
    }
    const rawStatements = asList((doc as Record<string, unknown>)["Statement"]);
    if (rawStatements === UNKNOWN) {
        return { statements: UNKNOWN };
    }
    const statements: PolicyStatement[] = [];
    (rawStatements ?? []).forEach((raw, index) => {
        if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
            return;
        }
        const s = raw as Record<string, unknown>;
        const sid = s["Sid"];
        statements.push({
            index,
            sid: typeof sid === "string" && sid !== "" ? sid : undefined,
            effect: asString(s["Effect"]),
            action: valueList(s["Action"]),
            notAction: valueList(s["NotAction"]),
            resource: valueList(s["Resource"]),
            notResource: valueList(s["NotResource"]),
            principal: principals(s["Principal"]),
            notPrincipal: principals(s["NotPrincipal"]),
            condition: condition(s["Condition"]),
        });
    });
    return { statements };
}

function principals(value: unknown): Principals | Unknown | undefined {
    if (value === UNKNOWN) return UNKNOWN;
    if (typeof value === "string") return { AWS: [value.trim()] };
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([type, v]) => [type, valueList(v)]));
}

function condition(value: unknown): Record<string, unknown> | Unknown | undefined {
    if (value === UNKNOWN) return UNKNOWN;
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * The values a condition tests `key` with, over every operator whose name matches `operator`
 * (e.g. /^String(Equals|Like)(IgnoreCase)?$/, with a ForAnyValue: prefix allowed). ForAllValues:
 * operators are not read: they hold when the key is absent from the request, so they never limit it;
 * keys compare case-insensitively, as IAM does. `UNKNOWN` if the condition or a value is unknown.
 */
export function conditionValues(statement: PolicyStatement, operator: RegExp, key: string): Array<string | Unknown> | Unknown {
    if (statement.condition === UNKNOWN) return UNKNOWN;
    const out: Array<string | Unknown> = [];
    for (const [op, tests] of Object.entries(statement.condition ?? {})) {
        if (!operator.test(op.replace(/^ForAnyValue:/, ""))) continue;
        if (tests === UNKNOWN) return UNKNOWN;
        if (tests === null || typeof tests !== "object" || Array.isArray(tests)) continue;
        for (const [k, v] of Object.entries(tests as Record<string, unknown>)) {
            if (k.toLowerCase() !== key.toLowerCase()) continue;
            const list = valueList(v);
            if (list === UNKNOWN) return UNKNOWN;
            out.push(...(list ?? []));
        }
    }
    return out;
}

function valueList(value: unknown): ValueList {
    const list = asList(value);
    if (list === UNKNOWN || list === undefined) {
        return list;
    }
    const out: Array<string | Unknown> = [];
    for (const v of list) {
        if (v === UNKNOWN) {
            out.push(UNKNOWN);
        } else if (typeof v === "string") {
            out.push(v.trim());
        }
    }
    return out;
}

/**
 * Does a known element of the list match? `true` if one does; otherwise `UNKNOWN` if the list
 * (or an element) is unknown; otherwise `false` (also for an absent list).
 */
export function anyMatches(list: ValueList, predicate: (value: string) => boolean): boolean | Unknown {
    if (list === UNKNOWN) {
        return UNKNOWN;
    }
    if (list === undefined) {
        return false;
    }
    let sawUnknown = false;
    for (const v of list) {
        if (v === UNKNOWN) {
            sawUnknown = true;
        } else if (predicate(v)) {
            return true;
        }
    }
    return sawUnknown ? UNKNOWN : false;
}

/** `true`/`false` for a known Effect, case-insensitively; `UNKNOWN` if unknown. */
export function isAllow(statement: PolicyStatement): boolean | Unknown {
    if (statement.effect === UNKNOWN) {
        return UNKNOWN;
    }
    return typeof statement.effect === "string" && statement.effect.trim().toLowerCase() === "allow";
}

/** `Statement[2] (Sid "Admin")`: how messages name a statement. */
export function describeStatement(statement: PolicyStatement): string {
    return statement.sid === undefined
        ? `Statement[${statement.index}]`
        : `Statement[${statement.index}] (Sid ${JSON.stringify(statement.sid)})`;
}
