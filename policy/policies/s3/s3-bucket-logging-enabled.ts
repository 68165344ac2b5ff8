import { StackResource, StackViolation, companionsOf, defineStackPolicy } from "../../lib";

export const BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
export const LOGGING = ["aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2"];

export function checkBuckets(resources: readonly StackResource[]): StackViolation[] {
    const loggings = resources.filter((r) => LOGGING.includes(r.type));
    return resources
        .filter((r) => BUCKETS.includes(r.type) && companionsOf(r, loggings, "bucket").length === 0)
        .map((bucket) => ({
            urn: bucket.urn,
            message: "no s3.BucketLogging writes this bucket's server access logs (FSBP S3.9): requests to it leave no record beyond CloudTrail's data events; " +
                "add one targeting a log bucket (a log bucket itself can be exempted with a justification)",
        }));
}

export const definition = defineStackPolicy({
    name: "s3-bucket-logging-enabled",
    description: "Every S3 bucket in the stack writes server access logs.",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { fsbp: ["S3.9"] },
    resourceTypes: [...BUCKETS, ...LOGGING],
    defaultExemptions: [{
        match: "*-logs-access-log-bucket",
        justification: "the foundation's access-log bucket receives the other log buckets' access logs; logging it into itself would loop",
    }],
    check: checkBuckets,
});
