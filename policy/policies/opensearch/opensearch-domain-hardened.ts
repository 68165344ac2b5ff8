import { UNKNOWN, asBool, asList, asRecord, asString, defineResourcePolicy } from "../../lib";
import { DOMAIN, ELASTICSEARCH_DOMAIN, isOldTls, multiNode, openToEveryone } from "./opensearch-domain-secure";

/**
 * The policies AWS offers that require TLS 1.2 and perfect forward secrecy: Security Hub Opensearch.8 asks for the latest,
 * Policy-Min-TLS-1-2-PFS-2023-10, and the FIPS policy (Policy-Min-TLS-1-2-RFC9151-FIPS-...) is stricter still.
 * Source, read 2026-12-06: https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html
 */
const isPfsTls = (policy: string) => /^Policy-Min-TLS-1-2-(PFS|RFC9151)-|^Policy-Min-TLS-1-3-/i.test(policy.trim());

/** Is a log type published (an entry of that type whose `enabled` is not false)? `UNKNOWN` when the list is unknown. */
function publishes(props: Record<string, unknown>, logType: string): boolean | typeof UNKNOWN {
    const options = asList(props["logPublishingOptions"]);
    if (options === UNKNOWN) return UNKNOWN;
    let unknown = false;
    for (const entry of options ?? []) {
        const option = asRecord(entry);
        if (option === UNKNOWN) {
            unknown = true;
            continue;
        }
        const type = asString(option?.["logType"]);
        if (type === UNKNOWN) unknown = true;
        if (typeof type === "string" && type.trim().toUpperCase() === logType) {
            const enabled = asBool(option?.["enabled"]);
            if (enabled === UNKNOWN) unknown = true;
            else if (enabled !== false) return true;
        }
    }
    return unknown ? UNKNOWN : false;
}

/**
 * Settings AWS accepts but documents a better value for: what opensearch-domain-secure lets pass without being the best
 * setting. Sources, read 2026-12-06: https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html,
 * https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html,
 * https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html,
 * https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html.
 */
function checkDomain(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const vpc = asRecord(props["vpcOptions"]);
    if (vpc === undefined && openToEveryone(props) === false) {
        messages.push("vpcOptions is not set (FSBP Opensearch.2): the domain's endpoint is on the internet, guarded only by its access policy and authentication; " +
            "a domain in a VPC is reachable only through the VPC and its security groups");
    }
    const nodeToNode = asRecord(props["nodeToNodeEncryption"]);
    const ntn = nodeToNode === UNKNOWN ? UNKNOWN : asBool(nodeToNode?.["enabled"]);
    if (ntn !== true && ntn !== UNKNOWN && multiNode(props) === false) {
        messages.push(`nodeToNodeEncryption.enabled is ${ntn === false ? "false" : "not set (false)"} (FSBP Opensearch.3): harmless while the domain has one node, ` +
            "but nodes added later would talk in clear text, and fine-grained access control requires it");
    }
    const endpoint = asRecord(props["domainEndpointOptions"]);
    const tls = endpoint === UNKNOWN ? UNKNOWN : asString(endpoint?.["tlsSecurityPolicy"]);
    if (tls !== UNKNOWN && !(typeof tls === "string" && (isPfsTls(tls) || isOldTls(tls)))) {
        messages.push(`domainEndpointOptions.tlsSecurityPolicy should be "Policy-Min-TLS-1-2-PFS-2023-10" (FSBP Opensearch.8), got ${tls === undefined ? "not set" : JSON.stringify(tls)}: ` +
            "it adds TLS 1.3 and accepts only cipher suites with perfect forward secrecy");
    }
    const security = asRecord(props["advancedSecurityOptions"]);
    const fgac = security === UNKNOWN ? UNKNOWN : asBool(security?.["enabled"]);
    if (fgac !== true && fgac !== UNKNOWN) {
        messages.push(`advancedSecurityOptions.enabled should be true (FSBP Opensearch.7), got ${fgac === false ? "false" : "not set"}: ` +
            "without fine-grained access control anyone the access policy lets in can read and write every index");
    } else if (fgac === true && publishes(props, "AUDIT_LOGS") === false) {
        messages.push('logPublishingOptions should publish "AUDIT_LOGS" (FSBP Opensearch.5): without audit logs there is no record of who read or changed which index');
    }
    if (publishes(props, "ES_APPLICATION_LOGS") === false) {
        messages.push('logPublishingOptions should publish "ES_APPLICATION_LOGS" to CloudWatch Logs (FSBP Opensearch.4): errors, failed authentication included, are not recorded');
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "opensearch-domain-hardened",
    description: "OpenSearch (and legacy Elasticsearch) domains live in a VPC, use fine-grained access control with audit logs, publish error logs, and use the latest TLS policy.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["Opensearch.2", "Opensearch.3", "Opensearch.4", "Opensearch.5", "Opensearch.7", "Opensearch.8"] },
    checks: { [DOMAIN]: checkDomain, [ELASTICSEARCH_DOMAIN]: checkDomain },
});
