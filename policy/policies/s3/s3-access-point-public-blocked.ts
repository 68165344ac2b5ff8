import { UNKNOWN, asBool, asRecord, defineResourcePolicy } from "../../lib";

const ACCESS_POINT = "aws:s3/accessPoint:AccessPoint";

const SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];

/** Unset, every setting is on: only one turned off is refused. */
function checkAccessPoint(props: Record<string, unknown>): string[] {
    const block = asRecord(props["publicAccessBlockConfiguration"]);
    if (block === undefined || block === UNKNOWN) return [];
    return SETTINGS.filter((s) => asBool(block[s]) === false).map((s) =>
        `publicAccessBlockConfiguration.${s} must not be false (foundation least-privilege): the access point could make the bucket's data public`);
}

export const definition = defineResourcePolicy({
    name: "s3-access-point-public-blocked",
    description: "S3 access points keep every public access block setting on.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["least-privilege"] },
    checks: { [ACCESS_POINT]: checkAccessPoint },
});
