import { asList, asRecord, asString, defineResourcePolicy, stringList, valueAt } from "../../lib";
import { WEAK_VIEWER_POLICIES, isS3WebsiteEndpoint, origins, viewerPolicy } from "./viewer-tls";

export const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";

const WEAK_ORIGIN_PROTOCOLS = new Set(["SSLv3", "TLSv1", "TLSv1.1"]);

function viewerProtocol(path: string, behavior: unknown): string[] {
    const policy = asString(valueAt(behavior, ["viewerProtocolPolicy"]));
    return typeof policy === "string" && policy.trim() === "allow-all"
        ? [`${path}.viewerProtocolPolicy must be "redirect-to-https" or "https-only" (FSBP CloudFront.3): with "allow-all" viewers can use plain HTTP`]
        : [];
}

/**
 * What AWS documents as exposure: plain HTTP to viewers, viewer or origin TLS older than 1.2, clear text to a
 * custom origin. Weaker-but-TLS-1.2 settings (TLSv1.2_2018, TLSv1.2_2019, S3 website origins, which accept only
 * HTTP) are cloudfront-tls-recommended's advisories. Sources in ./viewer-tls.ts.
 */
export function checkDistribution(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    messages.push(...viewerProtocol("defaultCacheBehavior", props["defaultCacheBehavior"]));
    const ordered = asList(props["orderedCacheBehaviors"]);
    if (Array.isArray(ordered)) ordered.forEach((behavior, i) => messages.push(...viewerProtocol(`orderedCacheBehaviors[${i}]`, behavior)));

    const minimum = viewerPolicy(props);
    if (WEAK_VIEWER_POLICIES.some((weak) => weak === minimum)) {
        const explicit = asString(valueAt(props, ["viewerCertificate", "minimumProtocolVersion"]));
        messages.push(`viewerCertificate.minimumProtocolVersion must accept only TLS 1.2 or later, e.g. "TLSv1.2_2021" (foundation encrypted-in-transit, Security Hub CloudFront.15), got ` +
            `${typeof explicit === "string" && explicit.trim() !== "" ? JSON.stringify(minimum) : "not set (TLSv1)"}: it lets viewers connect with TLS 1.0 or 1.1, ` +
            "deprecated protocols (RFC 8996) open to downgrade attacks");
    }
    for (const [i, origin] of origins(props)) {
        const custom = asRecord(origin["customOriginConfig"]);
        if (typeof custom !== "object") continue;
        const weak = stringList(custom["originSslProtocols"]).filter((p) => WEAK_ORIGIN_PROTOCOLS.has(p.trim()));
        if (weak.length > 0) {
            messages.push(`origins[${i}].customOriginConfig.originSslProtocols must list only "TLSv1.2" (FSBP CloudFront.10 for SSLv3; TLS 1.0 and 1.1 are deprecated by RFC 8996), ` +
                `got ${weak.map((w) => JSON.stringify(w)).join(", ")} too: CloudFront could reach the origin over a deprecated protocol`);
        }
        const protocol = asString(custom["originProtocolPolicy"]);
        if (typeof protocol === "string" && protocol.trim() === "http-only" && !isS3WebsiteEndpoint(origin)) {
            messages.push(`origins[${i}].customOriginConfig.originProtocolPolicy must be "https-only" (FSBP CloudFront.9), got "http-only": ` +
                "traffic between CloudFront and the origin crosses the internet in clear text");
        }
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "cloudfront-https-only",
    description: "CloudFront distributions serve viewers over HTTPS with TLS 1.2 or later and reach custom origins over HTTPS without deprecated protocols.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["CloudFront.3", "CloudFront.9", "CloudFront.10"], foundation: ["encrypted-in-transit"] },
    checks: { [DISTRIBUTION]: checkDistribution },
});
