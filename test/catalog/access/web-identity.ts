/*
 * Evaluates a role's trust policy for an AssumeRoleWithWebIdentity request, as IAM does: an explicit
 * deny wins, else an allow whose principal, action and every condition match. iam-simulate models
 * these requests but drops the `aud` and `sub` keys of OIDC issuers it does not list (Pulumi's among
 * them), so this small evaluator is used instead and checked against iam-simulate on keys it knows
 * (web-identity.spec.ts). Operators beyond StringEquals/StringLike throw: a test cannot pass by
 * ignoring one.
 */

export interface WebIdentityRequest {
    /** ARN of the OIDC provider the token came through. */
    readonly provider: string;
    readonly action?: string;
    /** Claims as condition keys: `api.pulumi.com/oidc:sub` -> value. */
    readonly claims: Readonly<Record<string, string>>;
}

export type Decision = "Allowed" | "ExplicitlyDenied" | "ImplicitlyDenied";

type Statement = { Effect: string; Principal?: unknown; Action?: string | string[]; Condition?: Record<string, Record<string, string | string[]>> };

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** IAM's StringLike: `*` any run of characters, `?` any one character, the rest literal and case-sensitive. */
function globMatches(pattern: string, value: string): boolean {
    const regex = pattern.split("").map(c => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("");
    return new RegExp(`^${regex}$`, "s").test(value);
}

function conditionHolds(operator: string, key: string, expected: string | string[], claims: Readonly<Record<string, string>>): boolean {
    const entry = Object.entries(claims).find(([claim]) => claim.toLowerCase() === key.toLowerCase());
    if (entry === undefined) return false;
    const actual = entry[1];
    switch (operator) {
        case "StringEquals": return list(expected).some(value => value === actual);
        case "StringLike": return list(expected).some(value => globMatches(value, actual));
        default: throw new Error(`condition operator ${operator} is not modelled`);
    }
}

function matches(statement: Statement, request: WebIdentityRequest): boolean {
    const principal = statement.Principal as { Federated?: string | string[] } | undefined;
    if (!list(principal?.Federated).includes(request.provider)) return false;
    const action = request.action ?? "sts:AssumeRoleWithWebIdentity";
    if (!list(statement.Action).some(pattern => globMatches(pattern.toLowerCase(), action.toLowerCase()))) return false;
    return Object.entries(statement.Condition ?? {}).every(([operator, block]) =>
        Object.entries(block).every(([key, expected]) => conditionHolds(operator, key, expected, request.claims)));
}

export function evaluateTrust(document: { Statement: readonly Statement[] }, request: WebIdentityRequest): Decision {
    const matching = document.Statement.filter(statement => matches(statement, request));
    if (matching.some(s => s.Effect === "Deny")) return "ExplicitlyDenied";
    return matching.some(s => s.Effect === "Allow") ? "Allowed" : "ImplicitlyDenied";
}
