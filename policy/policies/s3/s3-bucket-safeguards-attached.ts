import { StackResource, StackViolation, companionsOf, defineStackPolicy } from "../../lib";

export const BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
export const VERSIONING = ["aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"];

export function checkBuckets(resources: readonly StackResource[]): StackViolation[] {
    const ofType = (types: readonly string[]) => resources.filter((r) => types.includes(r.type));
    const blocks = ofType([PUBLIC_ACCESS_BLOCK]);
    const versionings = ofType(VERSIONING);
    return ofType(BUCKETS).flatMap((bucket) => [
        ...(companionsOf(bucket, blocks, "bucket").length === 0
            ? [{ urn: bucket.urn, message: "no s3.BucketPublicAccessBlock is attached to this bucket (CIS 2.1.4, FSBP S3.8): it relies on the account-level block alone; add one with all four settings true" }]
            : []),
        ...(companionsOf(bucket, versionings, "bucket").length === 0
            ? [{ urn: bucket.urn, message: 'no s3.BucketVersioning is attached to this bucket (foundation nothing-lost): an overwritten or deleted object cannot be recovered; add one with status "Enabled"' }]
            : []),
    ]);
}

export const definition = defineStackPolicy({
    name: "s3-bucket-safeguards-attached",
    description: "Every S3 bucket in the stack has its own public access block and versioning resources.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { cis: ["2.1.4"], fsbp: ["S3.8"], foundation: ["nothing-lost"] },
    resourceTypes: [...BUCKETS, PUBLIC_ACCESS_BLOCK, ...VERSIONING],
    check: checkBuckets,
});
