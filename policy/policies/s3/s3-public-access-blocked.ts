import { UNKNOWN, asBool, asList, asRecord, asString, defineResourcePolicy } from "../../lib";

export const ACCOUNT_PUBLIC_ACCESS_BLOCK = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
export const BUCKET_PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
export const BUCKET_ACL = "aws:s3/bucketAcl:BucketAcl";
export const BUCKET_ACL_V2 = "aws:s3/bucketAclV2:BucketAclV2";
export const BUCKET = "aws:s3/bucket:Bucket";
export const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";

/** The four settings and why each matters. */
const BLOCK_SETTINGS: ReadonlyArray<readonly [string, string]> = [
    ["blockPublicAcls", "new public ACLs can still be put on buckets and objects"],
    ["blockPublicPolicy", "a bucket policy that grants public access can still be attached"],
    ["ignorePublicAcls", "existing public ACLs still grant access"],
    ["restrictPublicBuckets", "buckets with a public policy stay reachable from outside the account"],
];

/** Account and bucket public access blocks: all four settings must be true. */
export function checkPublicAccessBlock(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    for (const [setting, risk] of BLOCK_SETTINGS) {
        const value = asBool(props[setting]);
        if (value !== UNKNOWN && value !== true) {
            messages.push(`${setting} must be true (CIS 2.1.4): without it, ${risk}`);
        }
    }
    return messages;
}

/** Canned ACLs that open a bucket, what they grant, and the FSBP controls they break. */
const PUBLIC_CANNED_ACLS: { readonly [acl: string]: readonly [string, string] } = {
    "public-read": ["anyone on the internet can list and read the bucket", "FSBP S3.2"],
    "public-read-write": ["anyone on the internet can list, read and write the bucket", "FSBP S3.2, S3.3"],
    "authenticated-read": ["any AWS account can list and read the bucket", "FSBP S3.2"],
};

/** Grantee groups that make a grant public, and who they are. */
const PUBLIC_GRANTEES: { readonly [uri: string]: readonly [string, string] } = {
    "http://acs.amazonaws.com/groups/global/AllUsers": ["AllUsers", "anyone on the internet"],
    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers": ["AuthenticatedUsers", "any AWS account"],
};

const FIX = 'use "private" and grant access through IAM or a bucket policy';

function cannedAclMessages(value: unknown): string[] {
    const acl = asString(value);
    const canned = typeof acl === "string" ? PUBLIC_CANNED_ACLS[acl.trim().toLowerCase()] : undefined;
    return canned === undefined || typeof acl !== "string"
        ? []
        : [`acl must not be ${JSON.stringify(acl)} (${canned[1]}): ${canned[0]}; ${FIX}`];
}

/**
 * Grants to the AllUsers / AuthenticatedUsers groups. `path` names the grant list in messages;
 * `granteeOf` finds the grantee's uri holder and `permissionsOf` the granted permissions.
 */
function publicGrantMessages(
    grantsValue: unknown,
    path: string,
    granteeOf: (grant: Record<string, unknown>) => unknown,
    permissionsOf: (grant: Record<string, unknown>) => unknown,
): string[] {
    const grants = asList(grantsValue);
    if (!Array.isArray(grants)) {
        return [];
    }
    const messages: string[] = [];
    grants.forEach((value, i) => {
        const grant = asRecord(value);
        if (grant === UNKNOWN || grant === undefined) {
            return;
        }
        const grantee = asRecord(granteeOf(grant));
        const uri = grantee === UNKNOWN || grantee === undefined ? undefined : asString(grantee["uri"]);
        const group = typeof uri === "string" ? PUBLIC_GRANTEES[uri.trim()] : undefined;
        if (group === undefined) {
            return;
        }
        const permissions = asList(permissionsOf(grant));
        const known = Array.isArray(permissions) ? permissions.filter((p): p is string => typeof p === "string") : [];
        const what = known.length > 0 ? known.join(", ") : "access";
        messages.push(
            `${path}[${i}] must not grant ${what} to the ${group[0]} group (FSBP S3.2, S3.3): ` +
                `${group[1]} gets that access to the bucket; ${FIX}`,
        );
    });
    return messages;
}

/** BucketAcl (and its deprecated alias BucketAclV2): no public canned ACL, no public grant. */
export function checkBucketAcl(props: Record<string, unknown>): string[] {
    const acp = asRecord(props["accessControlPolicy"]);
    return [
        ...cannedAclMessages(props["acl"]),
        ...(acp === UNKNOWN || acp === undefined
            ? []
            : publicGrantMessages(acp["grants"], "accessControlPolicy.grants", (g) => g["grantee"], (g) => g["permission"])),
    ];
}

/** The deprecated inline ACL of Bucket / BucketV2 (`acl`, `grants`). */
export function checkBucketInlineAcl(props: Record<string, unknown>): string[] {
    return [
        ...cannedAclMessages(props["acl"]),
        ...publicGrantMessages(props["grants"], "grants", (g) => g, (g) => g["permissions"]),
    ];
}

/** Turns all four settings on. */
function remediatePublicAccessBlock(): Record<string, unknown> {
    return Object.fromEntries(BLOCK_SETTINGS.map(([setting]) => [setting, true]));
}

export const definition = defineResourcePolicy({
    name: "s3-public-access-blocked",
    description:
        "S3 Block Public Access is fully on (account and bucket level) and no bucket ACL makes a bucket public.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["2.1.4"], fsbp: ["S3.1", "S3.2", "S3.3", "S3.8"] },
    checks: {
        [ACCOUNT_PUBLIC_ACCESS_BLOCK]: checkPublicAccessBlock,
        [BUCKET_PUBLIC_ACCESS_BLOCK]: checkPublicAccessBlock,
        [BUCKET_ACL]: checkBucketAcl,
        [BUCKET_ACL_V2]: checkBucketAcl,
        [BUCKET]: checkBucketInlineAcl,
        [BUCKET_V2]: checkBucketInlineAcl,
    },
    remediations: {
        [ACCOUNT_PUBLIC_ACCESS_BLOCK]: remediatePublicAccessBlock,
        [BUCKET_PUBLIC_ACCESS_BLOCK]: remediatePublicAccessBlock,
    },
});
