import { UNKNOWN, Unknown, asBool, asNumber, asRecord, asString, defineResourcePolicy, parsePolicyDocument, publicStatements } from "../../lib";

export const DOMAIN = "aws:opensearch/domain:Domain";
export const ELASTICSEARCH_DOMAIN = "aws:elasticsearch/domain:Domain";

function flag(record: Record<string, unknown> | undefined | Unknown, key: string): boolean | undefined | Unknown {
    return record === UNKNOWN ? UNKNOWN : asBool(record?.[key]);
}

/**
 * Do the domain's nodes talk to each other: more than one data node, dedicated master nodes, or
 * UltraWarm nodes? `clusterConfig` left out is one data node (the provider's default instanceCount).
 */
export function multiNode(props: Record<string, unknown>): boolean | Unknown {
    const cluster = asRecord(props["clusterConfig"]);
    if (cluster === UNKNOWN) return UNKNOWN;
    if (cluster === undefined) return false;
    const count = asNumber(cluster["instanceCount"]);
    const others = [asBool(cluster["dedicatedMasterEnabled"]), asBool(cluster["warmEnabled"]), asBool(cluster["zoneAwarenessEnabled"])];
    if ((typeof count === "number" && count > 1) || others.includes(true)) return true;
    return count === UNKNOWN || others.includes(UNKNOWN) ? UNKNOWN : false;
}

/**
 * The TLS policies AWS offers, from the API reference's valid values
 * (https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html, read 2026-12-06):
 * only `Policy-Min-TLS-1-0-2019-07` accepts TLS 1.0 and 1.1. Every `Policy-Min-TLS-1-2-*` policy (1-2-2019-07,
 * 1-2-PFS-2023-10, and the FIPS 1-2-RFC9151 one) requires TLS 1.2 or later, so a family prefix decides, not a list.
 */
export const isOldTls = (policy: string) => /^Policy-Min-TLS-1-[01]-/i.test(policy.trim());

/**
 * The domain is reachable from the internet and anyone may call it: no VPC, no fine-grained access
 * control, and an access policy that allows everyone. `UNKNOWN` when an input that decides is unknown.
 */
export function openToEveryone(props: Record<string, unknown>): boolean | Unknown {
    const vpc = asRecord(props["vpcOptions"]);
    if (vpc === UNKNOWN) return UNKNOWN;
    if (vpc !== undefined) return false;
    const fgac = flag(asRecord(props["advancedSecurityOptions"]), "enabled");
    if (fgac === UNKNOWN) return UNKNOWN;
    if (fgac === true) return false;
    const policy = parsePolicyDocument(props["accessPolicies"]);
    if (policy === UNKNOWN) return UNKNOWN;
    return publicStatements(policy).length > 0;
}

/**
 * What the Security Hub controls check, at the level of exposure: encryption at rest, node-to-node
 * encryption where nodes talk to each other, HTTPS only, no TLS 1.0, and no endpoint open to everyone.
 * Weaker but accepted settings (a public endpoint behind IAM or fine-grained access control, the older
 * TLS 1.2 policy, a single node without node-to-node encryption) are opensearch-domain-hardened's.
 * Sources, read 2026-12-06: https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html,
 * https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html (a public domain with
 * fine-grained access control is one of the configurations AWS describes).
 */
export function checkDomain(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const atRest = flag(asRecord(props["encryptAtRest"]), "enabled");
    if (atRest !== true && atRest !== UNKNOWN) {
        messages.push(`encryptAtRest.enabled must be true (FSBP Opensearch.1), got ${atRest === false ? "false" : "not set (the default is unencrypted)"}: ` +
            "indexes, logs and automated snapshots would be stored unencrypted, and turning it on later needs the domain's data moved");
    }
    const nodeToNode = flag(asRecord(props["nodeToNodeEncryption"]), "enabled");
    if (nodeToNode !== true && nodeToNode !== UNKNOWN && multiNode(props) === true) {
        messages.push(`nodeToNodeEncryption.enabled must be true on a domain with several nodes (FSBP Opensearch.3), got ${nodeToNode === false ? "false" : "not set (false)"}: ` +
            "indexed data and queries move between the nodes in clear text");
    }
    const endpoint = asRecord(props["domainEndpointOptions"]);
    if (endpoint !== UNKNOWN) {
        // Inside domainEndpointOptions, enforceHttps defaults to true (provider); without the block, the API's default accepts plain HTTP.
        const https = endpoint === undefined ? undefined : asBool(endpoint["enforceHttps"]);
        if (endpoint === undefined || https === false) {
            messages.push(`domainEndpointOptions.enforceHttps must be true (FSBP Opensearch.8), got ${https === false ? "false" : "not set (without domainEndpointOptions the domain also answers plain HTTP)"}: ` +
                "clients could send credentials and data unencrypted");
        }
        const tls = asString(endpoint?.["tlsSecurityPolicy"]);
        if (typeof tls === "string" && isOldTls(tls)) {
            messages.push(`domainEndpointOptions.tlsSecurityPolicy must be a TLS 1.2 policy such as "Policy-Min-TLS-1-2-PFS-2023-10" (FSBP Opensearch.8), got ${JSON.stringify(tls)}: ` +
                "it accepts TLS 1.0 and 1.1, which are open to downgrade attacks");
        }
    }
    if (openToEveryone(props) === true) {
        messages.push("accessPolicies allows everyone (\"*\") with no condition, on a domain outside a VPC and without fine-grained access control (FSBP Opensearch.2): " +
            "anyone on the internet can read and write its indexes; put the domain in a VPC (vpcOptions), enable advancedSecurityOptions, or name the principals or source IPs");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "opensearch-domain-secure",
    description: "OpenSearch (and legacy Elasticsearch) domains encrypt at rest and between nodes, accept only HTTPS with TLS 1.2 or later, and are not open to everyone on the internet.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["Opensearch.1", "Opensearch.2", "Opensearch.3", "Opensearch.8"] },
    checks: { [DOMAIN]: checkDomain, [ELASTICSEARCH_DOMAIN]: checkDomain },
});
