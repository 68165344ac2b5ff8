import { StackResource, StackViolation, UNKNOWN, companionsOf, conditionValues, defineStackPolicy, isAllow, parsePolicyDocument } from "../../lib";

export const BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
export const BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";

/** A Deny statement on aws:SecureTransport false (or a TLS version floor): plain HTTP requests are refused. */
function deniesInsecureTransport(policy: StackResource): boolean | typeof UNKNOWN {
    const document = parsePolicyDocument(policy.props["policy"]);
    if (document === UNKNOWN || document?.statements === UNKNOWN) return UNKNOWN;
    return (document?.statements ?? []).some((s) => {
        if (isAllow(s) !== false || s.effect === undefined) return false;
        const secure = conditionValues(s, /^Bool$/, "aws:SecureTransport");
        const tls = conditionValues(s, /^NumericLessThan$/, "s3:TlsVersion");
        return (Array.isArray(secure) && secure.some((v) => typeof v === "string" && v.toLowerCase() === "false")) || (Array.isArray(tls) && tls.length > 0);
    });
}

export function checkBuckets(resources: readonly StackResource[]): StackViolation[] {
    const policies = resources.filter((r) => r.type === BUCKET_POLICY);
    return resources.filter((r) => BUCKETS.includes(r.type)).flatMap((bucket) => {
        const verdicts = companionsOf(bucket, policies, "bucket").map(deniesInsecureTransport);
        if (verdicts.some((v) => v === true || v === UNKNOWN)) return [];
        return [{
            urn: bucket.urn,
            message: 'no bucket policy denies requests without TLS (CIS 2.1.1, FSBP S3.5): add a Deny statement for "s3:*" with the condition ' +
                '{ "Bool": { "aws:SecureTransport": "false" } }, so no client can read or write the bucket over plain HTTP',
        }];
    });
}

export const definition = defineStackPolicy({
    name: "s3-bucket-ssl-only",
    description: "Every S3 bucket in the stack has a bucket policy that denies requests without TLS.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { cis: ["2.1.1"], fsbp: ["S3.5"] },
    resourceTypes: [...BUCKETS, BUCKET_POLICY],
    check: checkBuckets,
});
