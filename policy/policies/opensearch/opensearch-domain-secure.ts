import { UNKNOWN, asBool, asRecord, asString, defineResourcePolicy } from "../../lib";

const DOMAIN = "aws:opensearch/domain:Domain";
const ELASTICSEARCH_DOMAIN = "aws:elasticsearch/domain:Domain";

/** Security Hub Opensearch.8's expected policy; the older TLS 1.2 policy is accepted as well. */
const TLS_POLICIES = ["Policy-Min-TLS-1-2-PFS-2023-10", "Policy-Min-TLS-1-2-2019-07"];

function flag(record: Record<string, unknown> | undefined | typeof UNKNOWN, key: string): boolean | undefined | typeof UNKNOWN {
    return record === UNKNOWN ? UNKNOWN : asBool(record?.[key]);
}

function checkDomain(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const atRest = flag(asRecord(props["encryptAtRest"]), "enabled");
    if (atRest !== true && atRest !== UNKNOWN) messages.push("encryptAtRest.enabled must be true (FSBP Opensearch.1): indexes and snapshots would be stored unencrypted");
    const nodeToNode = flag(asRecord(props["nodeToNodeEncryption"]), "enabled");
    if (nodeToNode !== true && nodeToNode !== UNKNOWN) messages.push("nodeToNodeEncryption.enabled must be true (FSBP Opensearch.3): data moves between nodes in clear text");
    const vpc = asRecord(props["vpcOptions"]);
    if (vpc === undefined) messages.push("vpcOptions must be set (FSBP Opensearch.2): without it the domain has a public endpoint on the internet");
    const endpoint = asRecord(props["domainEndpointOptions"]);
    if (endpoint !== UNKNOWN) {
        const https = asBool(endpoint?.["enforceHttps"]);
        if (https !== true && https !== UNKNOWN) messages.push("domainEndpointOptions.enforceHttps must be true (FSBP Opensearch.8): clients may connect over plain HTTP");
        const tls = asString(endpoint?.["tlsSecurityPolicy"]);
        if (tls !== UNKNOWN && !(typeof tls === "string" && TLS_POLICIES.includes(tls.trim()))) {
            messages.push(`domainEndpointOptions.tlsSecurityPolicy must be "Policy-Min-TLS-1-2-PFS-2023-10" (FSBP Opensearch.8), got ${tls === undefined ? "not set" : JSON.stringify(tls)}: ` +
                "older policies accept TLS 1.0 and 1.1");
        }
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "opensearch-domain-secure",
    description: "OpenSearch (and legacy Elasticsearch) domains live in a VPC, encrypt at rest and between nodes, and accept only HTTPS with TLS 1.2 or later.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["Opensearch.1", "Opensearch.2", "Opensearch.3", "Opensearch.8"] },
    checks: { [DOMAIN]: checkDomain, [ELASTICSEARCH_DOMAIN]: checkDomain },
});
