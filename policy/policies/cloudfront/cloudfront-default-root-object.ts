import { UNKNOWN, asList, asRecord, asString, defineResourcePolicy } from "../../lib";

export const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";

/** A distribution in front of an S3 bucket names the object served for "/". */
export function checkDistribution(props: Record<string, unknown>): string[] {
    const origins = asList(props["origins"]);
    if (!Array.isArray(origins)) return [];
    const fromS3 = origins.some((o) => {
        const origin = asRecord(o);
        const domain = origin === undefined || origin === UNKNOWN ? undefined : asString(origin["domainName"]);
        return typeof domain === "string" && /\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/.test(domain.trim());
    });
    const root = asString(props["defaultRootObject"]);
    return fromS3 && root !== UNKNOWN && (root === undefined || root.trim() === "")
        ? ['defaultRootObject must name the object served for "/", e.g. "index.html" (Security Hub CloudFront.1): without it a request for the root ' +
            "is passed to the bucket, which may list or expose more than intended"]
        : [];
}

export const definition = defineResourcePolicy({
    name: "cloudfront-default-root-object",
    description: "CloudFront distributions in front of S3 name a default root object.",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { fsbp: ["CloudFront.1"] },
    checks: { [DISTRIBUTION]: checkDistribution },
});
