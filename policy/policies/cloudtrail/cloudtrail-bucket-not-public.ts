import { StackResource, StackViolation, UNKNOWN, companionsOf, defineStackPolicy, parsePolicyDocument, publicStatements, takesFrom } from "../../lib";
import { checkBucketAcl, checkBucketInlineAcl } from "../s3/s3-public-access-blocked";

export const TRAIL = "aws:cloudtrail/trail:Trail";
export const BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
export const BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const BUCKET_ACLS = ["aws:s3/bucketAcl:BucketAcl", "aws:s3/bucketAclV2:BucketAclV2"];

/** Why a bucket in the stack is public, if it is: a public policy statement or ACL. */
function publicReasons(bucket: StackResource, resources: readonly StackResource[]): string[] {
    const policies = companionsOf(bucket, resources.filter((r) => r.type === BUCKET_POLICY), "bucket");
    const acls = companionsOf(bucket, resources.filter((r) => BUCKET_ACLS.includes(r.type)), "bucket");
    return [
        ...policies.flatMap((p) => publicStatements(parsePolicyDocument(p.props["policy"])).map((s) => `its bucket policy's ${s} allows everyone`)),
        ...acls.flatMap((a) => (checkBucketAcl(a.props).length > 0 ? ["its ACL is public"] : [])),
        ...(checkBucketInlineAcl(bucket.props).length > 0 ? ["its inline ACL is public"] : []),
    ];
}

function checkTrails(resources: readonly StackResource[]): StackViolation[] {
    const buckets = resources.filter((r) => BUCKETS.includes(r.type));
    return resources.filter((r) => r.type === TRAIL).flatMap((trail) => {
        const name = trail.props["s3BucketName"];
        const target = buckets.filter((b) => takesFrom(trail, "s3BucketName", b) || (name !== UNKNOWN && typeof name === "string" && name === b.props["bucket"]));
        return target.flatMap((bucket) => publicReasons(bucket, resources).map((reason) => ({
            urn: trail.urn,
            message: `the trail writes to bucket ${JSON.stringify(bucket.name)}, and ${reason} (foundation evidence): anyone could read the account's API history, ` +
                "and with write access erase it; the log bucket must be private",
        })));
    });
}

export const definition = defineStackPolicy({
    name: "cloudtrail-bucket-not-public",
    description: "The bucket a CloudTrail trail writes to is not public (no public bucket policy statement or ACL in the stack).",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["evidence"] },
    resourceTypes: [TRAIL, ...BUCKETS, BUCKET_POLICY, ...BUCKET_ACLS],
    check: checkTrails,
});
