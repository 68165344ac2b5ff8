import { UNKNOWN, asBool, asList, asRecord, asString, defineResourcePolicy, stringList } from "../../lib";

export const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";

const WEAK_ORIGIN_PROTOCOLS = new Set(["SSLv3", "TLSv1", "TLSv1.1"]);
/** The viewer TLS policies Security Hub CloudFront.15 recommends. */
const RECOMMENDED_VIEWER_POLICIES = ["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"];
const weakViewerPolicy = (v: string) => !RECOMMENDED_VIEWER_POLICIES.includes(v.trim());

function records(value: unknown): Array<[number, Record<string, unknown>]> {
    const list = asList(value);
    if (!Array.isArray(list)) return [];
    return list.flatMap((e, i) => {
        const r = asRecord(e);
        return r === undefined || r === UNKNOWN ? [] : [[i, r] as [number, Record<string, unknown>]];
    });
}

function viewerProtocol(path: string, behavior: Record<string, unknown> | undefined): string[] {
    const policy = asString(behavior?.["viewerProtocolPolicy"]);
    return typeof policy === "string" && policy.trim() === "allow-all"
        ? [`${path}.viewerProtocolPolicy must be "redirect-to-https" or "https-only" (FSBP CloudFront.3): with "allow-all" viewers can use plain HTTP`]
        : [];
}

export function checkDistribution(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const defaultBehavior = asRecord(props["defaultCacheBehavior"]);
    if (defaultBehavior !== UNKNOWN) messages.push(...viewerProtocol("defaultCacheBehavior", defaultBehavior));
    for (const [i, behavior] of records(props["orderedCacheBehaviors"])) messages.push(...viewerProtocol(`orderedCacheBehaviors[${i}]`, behavior));

    const certificate = asRecord(props["viewerCertificate"]);
    const legacyClients = certificate !== UNKNOWN && certificate !== undefined && asString(certificate["sslSupportMethod"]) === "vip";
    if (certificate !== UNKNOWN && certificate !== undefined && asBool(certificate["cloudfrontDefaultCertificate"]) !== true && !legacyClients) {
        const minimum = asString(certificate["minimumProtocolVersion"]);
        if (minimum !== UNKNOWN && (minimum === undefined || weakViewerPolicy(minimum))) {
            messages.push(`viewerCertificate.minimumProtocolVersion must be "TLSv1.2_2021", "TLSv1.2_2025" or "TLSv1.3_2025" (Security Hub CloudFront.15), got ${minimum === undefined ? "not set (TLSv1)" : JSON.stringify(minimum)}: ` +
                "older policies let viewers use TLS 1.0, 1.1 or weak ciphers");
        }
    }
    for (const [i, origin] of records(props["origins"])) {
        const custom = asRecord(origin["customOriginConfig"]);
        if (custom === undefined || custom === UNKNOWN) continue;
        const weak = stringList(custom["originSslProtocols"]).filter((p) => WEAK_ORIGIN_PROTOCOLS.has(p.trim()));
        if (weak.length > 0) {
            messages.push(`origins[${i}].customOriginConfig.originSslProtocols must list only "TLSv1.2" (FSBP CloudFront.10), got ${weak.map((w) => JSON.stringify(w)).join(", ")} too: ` +
                "CloudFront could reach the origin over a deprecated protocol");
        }
        const protocol = asString(custom["originProtocolPolicy"]);
        if (typeof protocol === "string" && protocol.trim() === "http-only") {
            messages.push(`origins[${i}].customOriginConfig.originProtocolPolicy must be "https-only" (foundation encrypted-in-transit), got "http-only": ` +
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
    controls: { fsbp: ["CloudFront.3", "CloudFront.10"], foundation: ["encrypted-in-transit"] },
    checks: { [DISTRIBUTION]: checkDistribution },
});
