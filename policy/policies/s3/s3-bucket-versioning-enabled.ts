import { UNKNOWN, asBool, asRecord, asString, defineResourcePolicy } from "../../lib";

const BUCKET_VERSIONING = "aws:s3/bucketVersioning:BucketVersioning";
const BUCKET_VERSIONING_V2 = "aws:s3/bucketVersioningV2:BucketVersioningV2";
const BUCKET = "aws:s3/bucket:Bucket";

function checkVersioning(props: Record<string, unknown>): string[] {
    const configuration = asRecord(props["versioningConfiguration"]);
    if (configuration === UNKNOWN) return [];
    const status = asString(configuration?.["status"]);
    if (status === UNKNOWN || (typeof status === "string" && status.trim() === "Enabled")) return [];
    return [`versioningConfiguration.status must be "Enabled" (Security Hub S3.14), got ${status === undefined ? "not set" : JSON.stringify(status)}: ` +
        "an overwritten or deleted object cannot be recovered"];
}

/** The deprecated inline `versioning` of s3.Bucket, which @pulumi/aws v7 still accepts: only turning it off is reported. */
function checkInlineVersioning(props: Record<string, unknown>): string[] {
    const versioning = asRecord(props["versioning"]);
    if (versioning === undefined || versioning === UNKNOWN) return [];
    return asBool(versioning["enabled"]) === false
        ? ["versioning.enabled must not be false (Security Hub S3.14): an overwritten or deleted object cannot be recovered; set it to true, or use an s3.BucketVersioning"]
        : [];
}

function enableVersioning(props: Record<string, unknown>): Record<string, unknown> | undefined {
    const configuration = asRecord(props["versioningConfiguration"]);
    return configuration === UNKNOWN ? undefined : { versioningConfiguration: { ...(configuration ?? {}), status: "Enabled" } };
}

export const definition = defineResourcePolicy({
    name: "s3-bucket-versioning-enabled",
    description: "S3 bucket versioning resources, and buckets' inline versioning, keep versioning enabled (not suspended or disabled).",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { foundation: ["nothing-lost"] },
    checks: { [BUCKET_VERSIONING]: checkVersioning, [BUCKET_VERSIONING_V2]: checkVersioning, [BUCKET]: checkInlineVersioning },
    remediations: { [BUCKET_VERSIONING]: enableVersioning, [BUCKET_VERSIONING_V2]: enableVersioning },
});
