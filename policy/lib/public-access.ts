/**
 * When is a resource-based policy statement public? The way S3, EFS and IAM Access Analyzer decide it:
 * an Allow to everyone (`Principal: "*"`, `{ AWS: "*" }`, `{ AWS: ["*"] }`, an ARN with a wildcard
 * account such as `arn:aws:iam::*:root`, a public web identity provider, or an Allow with
 * `NotPrincipal`) is public unless a condition pins it to FIXED accounts, organizations, sources,
 * networks or principals (EFS: or to the file system's mount targets,
 * https://docs.aws.amazon.com/efs/latest/ug/access-control-block-public-access.html, read 2026-12-06).
 *
 * "Fixed" follows the S3 user guide's definition (values without a wildcard or a policy variable),
 * read 2026-12-06 at
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
 * (the awsdocs/amazon-s3-userguide copy): an ARN is fixed when its account is (so
 * `arn:aws:iam::*:role/admin` or `arn:aws:iam::*` limit nothing: any account can create that role),
 * `s3:DataAccessPointArn` may wildcard the access point name as long as the account is fixed,
 * `aws:userid` may be `AROLEID:*`, and `aws:SourceIp` ranges broader than /8 (IPv4) or /32 (IPv6)
 * outside the private ranges count as public. Every value a condition lists must be fixed: one
 * wildcard among fixed values lets everyone in.
 *
 * The same guide recommends delegating a bucket's access control to its access points with
 * `Principal: { AWS: "*" }` limited by `s3:DataAccessPointAccount` (Example 6 of
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html#access-points-delegating-control,
 * read 2026-12-06): a fixed access point account or ARN is a limiting condition.
 */
import { PolicyDocument, PolicyStatement, Principals, anyMatches, describeStatement, isAllow } from "./iam-document";
import { UNKNOWN, Unknown } from "./unknown";

/** How a restricting key's value must look to limit who is let in. */
type Fixed = (value: string) => boolean;

const WILDCARD = /[*?]|\$\{/;
const noWildcard: Fixed = (v) => v !== "" && !WILDCARD.test(v);

/** An ARN whose account is fixed; for ARNs that have no account (S3 buckets), a name that does not start with a wildcard. */
export const fixedArn: Fixed = (v) => {
    const parts = v.split(":");
    if (parts.length < 6 || parts[0] !== "arn") return false;
    const [, partition, service, , account] = parts as [string, string, string, string, string];
    if (WILDCARD.test(partition) || WILDCARD.test(service) || service === "") return false;
    if (account !== "") return noWildcard(account);
    const resource = parts.slice(5).join(":");
    return resource !== "" && !/^[*?$]/.test(resource);
};

/** `o-abc123/*` and `o-abc123/r-ab12/ou-ab12-11111111/*`: the organization id is fixed. */
const fixedOrgPath: Fixed = (v) => noWildcard(v.split("/")[0]!);

/** `AROAEXAMPLEID:*` is fixed (one role's sessions); `*:alice` is not. */
const fixedUserId: Fixed = (v) => noWildcard(v.split(":")[0]!);

/**
 * A CIDR no broader than /8 (IPv4) or /32 (IPv6), or a single address. (S3 excludes the private
 * ranges from its "broader than /8" rule; they are all /8 or narrower.)
 */
export const fixedCidr: Fixed = (v) => {
    const [address, prefix] = v.split("/") as [string, string | undefined];
    if (WILDCARD.test(v) || address === "") return false;
    if (prefix === undefined) return true;
    return Number(prefix) >= (address.includes(":") ? 32 : 8);
};

/** Condition keys whose fixed values make an everyone-statement non-public, and what "fixed" means for each. */
export const RESTRICTING_CONDITION_KEYS: { readonly [key: string]: Fixed } = {
    "aws:PrincipalOrgID": noWildcard,
    "aws:PrincipalOrgPaths": fixedOrgPath,
    "aws:PrincipalAccount": noWildcard,
    "aws:PrincipalArn": fixedArn,
    "aws:userid": fixedUserId,
    "aws:SourceAccount": noWildcard,
    "aws:SourceArn": fixedArn,
    "aws:SourceOwner": noWildcard,
    "aws:SourceOrgID": noWildcard,
    "aws:SourceOrgPaths": fixedOrgPath,
    "aws:SourceIp": fixedCidr,
    "aws:SourceVpc": noWildcard,
    "aws:SourceVpce": noWildcard,
    // The account or organization that owns the VPC endpoint the request came through.
    "aws:VpceAccount": noWildcard,
    "aws:VpceOrgID": noWildcard,
    "aws:VpceOrgPaths": fixedOrgPath,
    "kms:CallerAccount": noWildcard,
    "kms:ViaService": noWildcard,
    "s3:DataAccessPointAccount": noWildcard,
    "s3:DataAccessPointArn": fixedArn,
    "s3:x-amz-server-side-encryption-aws-kms-key-id": fixedArn,
    // Amazon EFS: access only through the file system's mount targets, in your VPCs. "The meaning of public",
    // https://docs.aws.amazon.com/efs/latest/ug/access-control-block-public-access.html (read 2026-12-06).
    "elasticfilesystem:AccessedViaMountTarget": (v) => v.toLowerCase() === "true",
};
/** Keys tested with Bool rather than a string, ARN or IP operator. */
const BOOLEAN_KEYS = new Set(["elasticfilesystem:accessedviamounttarget"]);
const KEYS = new Map(Object.entries(RESTRICTING_CONDITION_KEYS).map(([k, fixed]) => [k.toLowerCase(), fixed]));

/**
 * Operators that let a request in only when the key has one of the listed values. `ForAllValues:`
 * is left out (it is true when the key is absent), and so are `...IfExists` (the same) and every
 * negated operator.
 */
const LIMITING_OPERATOR = /^(ForAnyValue:)?((String|Arn)(Equals|Like)(IgnoreCase)?|IpAddress|Bool)$/;

/** The values of a principal type, or UNKNOWN. */
const principalValues = (principals: Principals | Unknown | undefined, type: string) =>
    principals === UNKNOWN || principals === undefined ? undefined : principals[type];

/** A principal that means "any AWS account": `*`, or an ARN whose account is a wildcard (`arn:aws:iam::*:root`). */
export const isAnyone = (principal: string) => principal === "*" || (/^arn:/.test(principal) && !fixedArn(principal));

/**
 * An Allow to everyone: `*` in any shape IAM reads, `NotPrincipal` (everyone but the principals
 * named), or a public web identity provider (`{ Federated: "graph.facebook.com" }`, the S3 guide's
 * first example of a public policy: anyone can sign in there). A SAML or OIDC provider of your
 * account (an ARN) is yours.
 */
export const everyone = (statement: PolicyStatement) =>
    (statement.notPrincipal !== undefined && statement.notPrincipal !== UNKNOWN) ||
    anyMatches(principalValues(statement.principal, "AWS"), isAnyone) === true ||
    anyMatches(principalValues(statement.principal, "Federated"), (p) => p === "*" || !p.startsWith("arn:")) === true;

/**
 * `true` when a restricting key is tested, with a limiting operator, against values that are all
 * fixed (an unknown value counts as fixed: it is the account or organization id of another resource).
 * An unknown condition counts as limiting too.
 */
export function restricted(statement: PolicyStatement): boolean {
    if (statement.condition === UNKNOWN) return true;
    return Object.entries(statement.condition ?? {}).some(([operator, tests]) => {
        if (!LIMITING_OPERATOR.test(operator)) return false;
        if (tests === UNKNOWN) return true;
        if (tests === null || typeof tests !== "object" || Array.isArray(tests)) return false;
        return Object.entries(tests as Record<string, unknown>).some(([key, value]) => {
            const fixed = KEYS.get(key.toLowerCase());
            if (fixed === undefined || BOOLEAN_KEYS.has(key.toLowerCase()) !== operator.endsWith("Bool")) return false;
            if (value === UNKNOWN) return true;
            const values = Array.isArray(value) ? value : [value];
            return values.length > 0 && values.every((v) => v === UNKNOWN || ((typeof v === "string" || typeof v === "number" || typeof v === "boolean") && fixed(String(v).trim())));
        });
    });
}

/** The statements of a resource policy that grant everyone access, described for messages. */
export function publicStatements(document: PolicyDocument | Unknown | undefined): string[] {
    if (document === UNKNOWN || document === undefined || document.statements === UNKNOWN) return [];
    return document.statements
        .filter((s) => isAllow(s) === true && everyone(s) && s.condition !== UNKNOWN && !restricted(s))
        .map(describeStatement);
}
