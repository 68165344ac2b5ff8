/**
 * When is a resource-based policy statement public? The way S3 and IAM Access Analyzer decide it:
 * an Allow to everyone (`Principal: "*"` or `{ AWS: "*" }`) is public unless a condition pins it
 * to fixed accounts, organizations, sources, networks or principals.
 */
import { PolicyDocument, PolicyStatement, anyMatches, conditionValues, describeStatement, isAllow } from "./iam-document";
import { UNKNOWN, Unknown } from "./unknown";

/** Condition keys whose fixed values make an everyone-statement non-public. */
export const RESTRICTING_CONDITION_KEYS = [
    "aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:userid",
    "aws:SourceAccount", "aws:SourceArn", "aws:SourceOwner", "aws:SourceOrgID", "aws:SourceOrgPaths",
    "aws:SourceIp", "aws:SourceVpc", "aws:SourceVpce", "kms:CallerAccount", "kms:ViaService",
];
const FIXED = /^(String|Arn)(Equals|Like)(IgnoreCase)?$|^IpAddress$/;

export const everyone = (statement: PolicyStatement) =>
    (statement.notPrincipal !== undefined && statement.notPrincipal !== UNKNOWN) ||
    (statement.principal !== UNKNOWN && statement.principal !== undefined && anyMatches(statement.principal["AWS"], (p) => p === "*") === true);

/** `true` when a restricting key has a value that is not a bare wildcard (or an unknown one). */
export function restricted(statement: PolicyStatement): boolean {
    return RESTRICTING_CONDITION_KEYS.some((key) => {
        const values = conditionValues(statement, FIXED, key);
        return values === UNKNOWN || values.some((v) => v === UNKNOWN || (v.trim() !== "*" && v.trim() !== "" && v.trim() !== "0.0.0.0/0" && v.trim() !== "::/0"));
    });
}

/** The statements of a resource policy that grant everyone access, described for messages. */
export function publicStatements(document: PolicyDocument | Unknown | undefined): string[] {
    if (document === UNKNOWN || document === undefined || document.statements === UNKNOWN) return [];
    return document.statements
        .filter((s) => isAllow(s) === true && everyone(s) && s.condition !== UNKNOWN && !restricted(s))
        .map(describeStatement);
}
