import { asString, defineResourcePolicy, valueAt } from "../../lib";
import { RECOMMENDED_VIEWER_POLICIES, WEAK_VIEWER_POLICIES, isS3WebsiteEndpoint, origins, viewerPolicy } from "./viewer-tls";

const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";

/**
 * Settings that accept nothing older than TLS 1.2 (cloudfront-https-only passes them) but are weaker than
 * what AWS recommends: a TLS 1.2 viewer policy other than those of Security Hub CloudFront.15, and S3
 * website endpoints, which CloudFront can reach only over HTTP (CloudFront.9). Sources in ./viewer-tls.ts.
 */
function checkDistribution(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const minimum = viewerPolicy(props);
    if (typeof minimum === "string" && !WEAK_VIEWER_POLICIES.includes(minimum) && !RECOMMENDED_VIEWER_POLICIES.includes(minimum)) {
        messages.push(`viewerCertificate.minimumProtocolVersion should be "TLSv1.2_2021", "TLSv1.2_2025" or "TLSv1.3_2025" (Security Hub CloudFront.15), got ${JSON.stringify(minimum)}: ` +
            "the recommended policies drop the older CBC and non-forward-secret cipher suites");
    }
    for (const [i, origin] of origins(props)) {
        const protocol = asString(valueAt(origin, ["customOriginConfig", "originProtocolPolicy"]));
        if (typeof protocol === "string" && protocol.trim() === "http-only" && isS3WebsiteEndpoint(origin)) {
            messages.push(`origins[${i}] is an Amazon S3 website endpoint, which CloudFront can reach only over HTTP (FSBP CloudFront.9): ` +
                "serve the bucket through its REST endpoint with origin access control instead, unless you need the website endpoint's redirects");
        }
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "cloudfront-tls-recommended",
    description: "CloudFront distributions use a viewer security policy AWS recommends and reach origins over HTTPS (no S3 website endpoints).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["CloudFront.9", "CloudFront.15"] },
    checks: { [DISTRIBUTION]: checkDistribution },
});
