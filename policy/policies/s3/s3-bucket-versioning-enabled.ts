import { UNKNOWN, asRecord, asString, defineResourcePolicy } from "../../lib";

const BUCKET_VERSIONING = "aws:s3/bucketVersioning:BucketVersioning";
const BUCKET_VERSIONING_V2 = "aws:s3/bucketVersioningV2:BucketVersioningV2";

function checkVersioning(props: Record<string, unknown>): string[] {
    const configuration = asRecord(props["versioningConfiguration"]);
    if (configuration === UNKNOWN) return [];
    const status = asString(configuration?.["status"]);
    if (status === UNKNOWN || (typeof status === "string" && status.trim() === "Enabled")) return [];
    return [`versioningConfiguration.status must be "Enabled" (Security Hub S3.14), got ${status === undefined ? "not set" : JSON.stringify(status)}: ` +
        "an overwritten or deleted object cannot be recovered"];
}

function enableVersioning(props: Record<string, unknown>): Record<string, unknown> | undefined {
    const configuration = asRecord(props["versioningConfiguration"]);
    return configuration === UNKNOWN ? undefined : { versioningConfiguration: { ...(configuration ?? {}), status: "Enabled" } };
}

export const definition = defineResourcePolicy({
    name: "s3-bucket-versioning-enabled",
    description: "S3 bucket versioning resources keep versioning enabled (not suspended or disabled).",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { foundation: ["nothing-lost"] },
    checks: { [BUCKET_VERSIONING]: checkVersioning, [BUCKET_VERSIONING_V2]: checkVersioning },
    remediations: { [BUCKET_VERSIONING]: enableVersioning, [BUCKET_VERSIONING_V2]: enableVersioning },
});
