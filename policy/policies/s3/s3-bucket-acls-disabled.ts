import { UNKNOWN, asRecord, asString, defineResourcePolicy } from "../../lib";

const OWNERSHIP_CONTROLS = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";

function checkOwnershipControls(props: Record<string, unknown>): string[] {
    const rule = asRecord(props["rule"]);
    if (rule === UNKNOWN) return [];
    const ownership = asString(rule?.["objectOwnership"]);
    if (ownership === UNKNOWN || ownership === "BucketOwnerEnforced") return [];
    return [`rule.objectOwnership must be "BucketOwnerEnforced" (FSBP S3.12), got ${ownership === undefined ? "not set" : JSON.stringify(ownership)}: ` +
        "ACLs stay in force and can grant access past the bucket policy; grant access with the bucket policy and IAM only"];
}

export const definition = defineResourcePolicy({
    name: "s3-bucket-acls-disabled",
    description: "S3 bucket ownership controls disable ACLs (BucketOwnerEnforced).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["S3.12"] },
    checks: { [OWNERSHIP_CONTROLS]: checkOwnershipControls },
});
