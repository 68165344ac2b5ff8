/**
 * CloudFront TLS settings as AWS documents them, shared by cloudfront-https-only (mandatory: nothing older
 * than TLS 1.2) and cloudfront-tls-recommended (advisory: the policies AWS recommends). Read 2026-12-06:
 * - "Supported protocols and ciphers between viewers and CloudFront":
 *   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
 *   (SSLv3, TLSv1, TLSv1_2016 and TLSv1.1_2016 accept TLS 1.0 or 1.1; TLSv1.2_2018, TLSv1.2_2019, TLSv1.2_2021,
 *   TLSv1.2_2025 accept TLS 1.2 and 1.3; TLSv1.3_2025 only TLS 1.3).
 * - Security Hub CloudFront.15 (parameter securityPolicies: TLSv1.2_2021, TLSv1.2_2025, TLSv1.3_2025) and
 *   CloudFront.9/CloudFront.10 (origins): https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html
 * - Amazon S3 website endpoints accept only HTTP, so CloudFront reaches them with originProtocolPolicy
 *   "http-only": https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistS3AndCustomOrigins.html
 */
import { UNKNOWN, asBool, asList, asRecord, asString } from "../../lib";

/** Viewer security policies that still accept TLS 1.0 or 1.1 (or SSLv3). */
export const WEAK_VIEWER_POLICIES: readonly string[] = ["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"];
/** The viewer security policies Security Hub CloudFront.15 recommends. */
export const RECOMMENDED_VIEWER_POLICIES: readonly string[] = ["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"];

/**
 * The viewer certificate's minimum protocol version as CloudFront applies it: `undefined` when the policy
 * does not apply (the default *.cloudfront.net certificate, whose policy cannot be set, or a dedicated-IP
 * ("vip") certificate kept for legacy clients), "TLSv1" when a custom certificate sets none.
 */
export function viewerPolicy(props: Record<string, unknown>): string | undefined | typeof UNKNOWN {
    const certificate = asRecord(props["viewerCertificate"]);
    if (certificate === UNKNOWN) return UNKNOWN;
    if (certificate === undefined) return undefined;
    const byDefault = asBool(certificate["cloudfrontDefaultCertificate"]);
    const method = asString(certificate["sslSupportMethod"]);
    if (byDefault === UNKNOWN || method === UNKNOWN) return UNKNOWN;
    if (byDefault === true || method === "vip") return undefined;
    const minimum = asString(certificate["minimumProtocolVersion"]);
    if (minimum === UNKNOWN) return UNKNOWN;
    return minimum === undefined || minimum.trim() === "" ? "TLSv1" : minimum.trim();
}

/** The known origins with their index. */
export function origins(props: Record<string, unknown>): Array<[number, Record<string, unknown>]> {
    const list = asList(props["origins"]);
    if (!Array.isArray(list)) return [];
    return list.flatMap((e, i) => {
        const r = asRecord(e);
        return r === undefined || r === UNKNOWN ? [] : [[i, r] as [number, Record<string, unknown>]];
    });
}

/** An Amazon S3 website endpoint, e.g. `bucket.s3-website-us-east-1.amazonaws.com` or `bucket.s3-website.eu-central-1.amazonaws.com`. */
export function isS3WebsiteEndpoint(origin: Record<string, unknown>): boolean {
    const domain = asString(origin["domainName"]);
    return typeof domain === "string" && /\.s3-website[.-][a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(domain.trim().toLowerCase());
}
