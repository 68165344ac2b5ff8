import { UNKNOWN, asList, asRecord, asString, defineResourcePolicy } from "../../lib";

export const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";

/**
 * A distribution in front of an S3 bucket (an S3 origin, not a custom origin such as an S3 website endpoint,
 * whose index document answers "/") names the object served for "/". Security Hub CloudFront.1 "doesn't apply
 * to CloudFront distributions that use custom origins":
 * https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-1 (read 2026-12-06)
 */
export function checkDistribution(props: Record<string, unknown>): string[] {
    const origins = asList(props["origins"]);
    if (!Array.isArray(origins)) return [];
    const fromS3 = origins.some((o) => {
        const origin = asRecord(o);
        if (origin === undefined || origin === UNKNOWN || (origin["customOriginConfig"] !== undefined && origin["customOriginConfig"] !== null)) return false;
        const domain = asString(origin["domainName"]);
        return typeof domain === "string" && /\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/.test(domain.trim()) && !/\.s3-website[.-]/.test(domain);
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
