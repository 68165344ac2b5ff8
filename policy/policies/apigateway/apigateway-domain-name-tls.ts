import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

const DOMAIN_NAME = "aws:apigateway/domainName:DomainName";

/**
 * REST API custom domain names: "TLS_1_0" is the only security policy that accepts TLS 1.0 and 1.1; "TLS_1_2"
 * (the default for new custom domain names) and the enhanced "SecurityPolicy_*" policies start at TLS 1.2 or
 * 1.3. HTTP API domain names (aws.apigatewayv2.DomainName) accept only "TLS_1_2". Read 2026-12-06:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-security-policies-list.html
 * https://docs.aws.amazon.com/apigateway/latest/api/API_DomainName.html (securityPolicy's valid values)
 */
function checkDomainName(props: Record<string, unknown>): string[] {
    const policy = asString(props["securityPolicy"]);
    if (policy === UNKNOWN || policy === undefined || policy.trim().toUpperCase() !== "TLS_1_0") return [];
    return [`securityPolicy must accept only TLS 1.2 or later, e.g. "TLS_1_2" or "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09" (with endpointAccessMode) ` +
        `(foundation encrypted-in-transit), got ${JSON.stringify(policy)}: it lets clients connect with TLS 1.0 or 1.1, deprecated protocols (RFC 8996) open to downgrade attacks`];
}

export const definition = defineResourcePolicy({
    name: "apigateway-domain-name-tls",
    description: "API Gateway custom domain names use a security policy that accepts only TLS 1.2 or later.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { foundation: ["encrypted-in-transit"] },
    checks: { [DOMAIN_NAME]: checkDomainName },
});
