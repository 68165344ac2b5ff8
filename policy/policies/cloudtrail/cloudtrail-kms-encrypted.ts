import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

export const TRAIL = "aws:cloudtrail/trail:Trail";

export function checkTrail(props: Record<string, unknown>): string[] {
    const key = asString(props["kmsKeyId"]);
    return key === UNKNOWN || (typeof key === "string" && key.trim() !== "")
        ? []
        : ["kmsKeyId must name a KMS key (FSBP CloudTrail.2): without it the trail is encrypted only with S3-managed keys, and anyone who can read the bucket can read the logs"];
}

export const definition = defineResourcePolicy({
    name: "cloudtrail-kms-encrypted",
    description: "CloudTrail trails encrypt their log files with a KMS key.",
    enforcementLevel: "mandatory",
    severity: "medium",
    controls: { fsbp: ["CloudTrail.2"] },
    checks: { [TRAIL]: checkTrail },
});
