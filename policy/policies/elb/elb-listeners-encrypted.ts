import { UNKNOWN, asList, asRecord, asString, defineResourcePolicy } from "../../lib";
import { weakVersions } from "../lb/security-policies";

const LOAD_BALANCER = "aws:elb/loadBalancer:LoadBalancer";
const POLICY = "aws:elb/loadBalancerPolicy:LoadBalancerPolicy";
const SSL_NEGOTIATION_POLICY = "aws:elb/sslNegotiationPolicy:SslNegotiationPolicy";

/** The known entries of a list input with their index (unknown or odd entries left out). */
function entries(value: unknown): Array<[number, Record<string, unknown>]> {
    const list = asList(value);
    if (!Array.isArray(list)) return [];
    return list.flatMap((e, i) => {
        const r = asRecord(e);
        return r === undefined || r === UNKNOWN ? [] : [[i, r] as [number, Record<string, unknown>]];
    });
}

/**
 * Classic Load Balancer listeners (Security Hub ELB.3, ELB.2): a Classic Load Balancer cannot redirect
 * HTTP to HTTPS, so only HTTPS and SSL listeners encrypt what clients send; ACM certificates renew by
 * themselves. https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html (read 2026-12-06)
 */
function checkLoadBalancer(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    for (const [i, listener] of entries(props["listeners"])) {
        const protocol = asString(listener["lbProtocol"]);
        if (typeof protocol !== "string") continue;
        const p = protocol.trim().toUpperCase();
        if (p === "HTTP") {
            messages.push(`listeners[${i}].lbProtocol must be "HTTPS" or "SSL" (FSBP ELB.3), got ${JSON.stringify(protocol)}: clients send requests, cookies and credentials ` +
                "to the load balancer in clear text, and a Classic Load Balancer cannot redirect them to HTTPS");
        } else if (p === "TCP") {
            messages.push(`listeners[${i}].lbProtocol should be "SSL" or "HTTPS" (FSBP ELB.3), got ${JSON.stringify(protocol)}: the load balancer does not terminate TLS on ` +
                "this listener, so unless the instances do, traffic crosses the network in clear text");
        } else if (p === "HTTPS" || p === "SSL") {
            const certificate = asString(listener["sslCertificateId"]);
            if (certificate === UNKNOWN) continue;
            if (certificate === undefined || certificate.trim() === "") {
                messages.push(`listeners[${i}].sslCertificateId must name an ACM certificate (FSBP ELB.2), got ${certificate === undefined ? "not set" : JSON.stringify(certificate)}: ` +
                    `an ${p} listener cannot terminate TLS without one`);
            } else if (/^arn:aws[a-z-]*:iam::/.test(certificate.trim())) {
                messages.push(`listeners[${i}].sslCertificateId should be an ACM certificate (FSBP ELB.2), got an IAM server certificate: ` +
                    "ACM renews its certificates by itself, an IAM one expires unless someone uploads its successor in time");
            }
        }
    }
    return messages;
}

const PREDEFINED = "ELBSecurityPolicy-TLS-1-2-2017-01";
const WEAK_PROTOCOLS = new Set(["protocol-sslv2", "protocol-sslv3", "protocol-tlsv1", "protocol-tlsv1.1"]);

/** SSL negotiation settings of a Classic Load Balancer (Security Hub ELB.8): only TLS 1.2 or later. */
const checkAttributes = (field: string) => (attributes: unknown): string[] => entries(attributes).flatMap(([i, attribute]) => {
    const name = asString(attribute["name"]);
    const value = asString(attribute["value"]);
    if (typeof name !== "string" || typeof value !== "string") return [];
    if (name.trim() === "Reference-Security-Policy") {
        const weak = weakVersions(value);
        return weak === undefined
            ? []
            : [`${field}[${i}] "Reference-Security-Policy" must name a policy that accepts only TLS 1.2 or later, e.g. "${PREDEFINED}" (FSBP ELB.8), ` +
                `got ${JSON.stringify(value.trim())}, which also accepts ${weak}: TLS 1.0 and 1.1 are deprecated (RFC 8996)`];
    }
    return WEAK_PROTOCOLS.has(name.trim().toLowerCase()) && value.trim().toLowerCase() === "true"
        ? [`${field}[${i}] ${JSON.stringify(name.trim())} must not be "true" (FSBP ELB.8): it lets clients negotiate a deprecated protocol; ` +
            `reference "${PREDEFINED}" instead`]
        : [];
});

function checkPolicy(props: Record<string, unknown>): string[] {
    const type = asString(props["policyTypeName"]);
    return typeof type === "string" && type.trim() === "SSLNegotiationPolicyType" ? checkAttributes("policyAttributes")(props["policyAttributes"]) : [];
}

export const definition = defineResourcePolicy({
    name: "elb-listeners-encrypted",
    description: "Classic Load Balancer listeners use HTTPS or SSL with an ACM certificate, and their SSL negotiation policies accept only TLS 1.2 or later.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["ELB.2", "ELB.3", "ELB.8"] },
    checks: {
        [LOAD_BALANCER]: checkLoadBalancer,
        [POLICY]: checkPolicy,
        [SSL_NEGOTIATION_POLICY]: (props) => checkAttributes("attributes")(props["attributes"]),
    },
});
