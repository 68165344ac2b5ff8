/** policy/policies/opensearch/: opensearch-domain-hardened, opensearch-domain-secure. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as hardened } from "../../../policy/policies/opensearch/opensearch-domain-hardened";
import { definition as secure } from "../../../policy/policies/opensearch/opensearch-domain-secure";
import { Props } from "../factories";
import { policyTable, typedTable } from "../tables";

const T = "aws:opensearch/domain:Domain";
const ES = "aws:elasticsearch/domain:Domain";

const AT_REST = (got: string) => `encryptAtRest.enabled must be true (FSBP Opensearch.1), got ${got}: indexes, logs and automated snapshots would be stored unencrypted, ` +
    "and turning it on later needs the domain's data moved";
const NTN = (got: string) => `nodeToNodeEncryption.enabled must be true on a domain with several nodes (FSBP Opensearch.3), got ${got}: indexed data and queries move ` +
    "between the nodes in clear text";
const HTTPS = (got: string) => `domainEndpointOptions.enforceHttps must be true (FSBP Opensearch.8), got ${got}: clients could send credentials and data unencrypted`;
const OLD_TLS = 'domainEndpointOptions.tlsSecurityPolicy must be a TLS 1.2 policy such as "Policy-Min-TLS-1-2-PFS-2023-10" (FSBP Opensearch.8), got ' +
    '"Policy-Min-TLS-1-0-2019-07": it accepts TLS 1.0 and 1.1, which are open to downgrade attacks';
const OPEN = 'accessPolicies allows everyone ("*") with no condition, on a domain outside a VPC and without fine-grained access control (FSBP Opensearch.2): ' +
    "anyone on the internet can read and write its indexes; put the domain in a VPC (vpcOptions), enable advancedSecurityOptions, or name the principals or source IPs";

const NO_VPC = "vpcOptions is not set (FSBP Opensearch.2): the domain's endpoint is on the internet, guarded only by its access policy and authentication; " +
    "a domain in a VPC is reachable only through the VPC and its security groups";
const SINGLE_NTN = (got: string) => `nodeToNodeEncryption.enabled is ${got} (FSBP Opensearch.3): harmless while the domain has one node, but nodes added later ` +
    "would talk in clear text, and fine-grained access control requires it";
const PFS = (got: string) => `domainEndpointOptions.tlsSecurityPolicy should be "Policy-Min-TLS-1-2-PFS-2023-10" (FSBP Opensearch.8), got ${got}: it adds TLS 1.3 ` +
    "and accepts only cipher suites with perfect forward secrecy";
const FGAC = (got: string) => `advancedSecurityOptions.enabled should be true (FSBP Opensearch.7), got ${got}: without fine-grained access control anyone the access ` +
    "policy lets in can read and write every index";
const AUDIT = 'logPublishingOptions should publish "AUDIT_LOGS" (FSBP Opensearch.5): without audit logs there is no record of who read or changed which index';
const ERRORS = 'logPublishingOptions should publish "ES_APPLICATION_LOGS" to CloudWatch Logs (FSBP Opensearch.4): errors, failed authentication included, are not recorded';

const openPolicy = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: "*" }] });
const ipPolicy = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "es:ESHttp*", Resource: "*",
    Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } }] });
const singleNode = { clusterConfig: { instanceType: "t3.small.search", instanceCount: 1 } };

typedTable(secure, T, [
    ["encryption at rest left out", { encryptAtRest: undefined }, [AT_REST("not set (the default is unencrypted)")]],
    ["encryption at rest off", { encryptAtRest: { enabled: false } }, [AT_REST("false")]],
    ['encryption at rest "true" (a string)', { encryptAtRest: { enabled: "true" } }, []],
    ["several nodes without node-to-node encryption", { nodeToNodeEncryption: { enabled: false } }, [NTN("false")]],
    ["two data nodes, node-to-node encryption left out", { nodeToNodeEncryption: undefined, clusterConfig: { instanceCount: 2 } }, [NTN("not set (false)")]],
    ["one data node with dedicated masters still has node traffic", { nodeToNodeEncryption: undefined, clusterConfig: { instanceCount: 1, dedicatedMasterEnabled: true } },
        [NTN("not set (false)")]],
    ["one node with UltraWarm nodes", { nodeToNodeEncryption: undefined, clusterConfig: { instanceCount: 1, warmEnabled: "true" } }, [NTN("not set (false)")]],
    ["a single node without node-to-node encryption (no traffic between nodes)", { nodeToNodeEncryption: undefined, ...singleNode }, []],
    ["no cluster config: one node", { nodeToNodeEncryption: undefined, clusterConfig: undefined }, []],
    ["node count unknown", { nodeToNodeEncryption: undefined, clusterConfig: { instanceCount: UNKNOWN } }, []],
    ["cluster config unknown", { nodeToNodeEncryption: undefined, clusterConfig: UNKNOWN }, []],
    ["HTTPS not enforced", { domainEndpointOptions: { enforceHttps: false, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" } }, [HTTPS("false")]],
    ["no endpoint options: the domain also answers HTTP", { domainEndpointOptions: undefined },
        [HTTPS("not set (without domainEndpointOptions the domain also answers plain HTTP)")]],
    ["endpoint options without enforceHttps (the provider's default is true)", { domainEndpointOptions: { tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" } }, []],
    ["the TLS 1.0 policy", { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" } }, [OLD_TLS]],
    ["the older TLS 1.2 policy", { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" } }, []],
    ["the FIPS TLS 1.2 policy", { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08" } }, []],
    ["no TLS policy (AWS's default is now TLS 1.2)", { domainEndpointOptions: { enforceHttps: true } }, []],
    ["endpoint options unknown", { domainEndpointOptions: UNKNOWN }, []],
    ["outside a VPC, no fine-grained access control, open access policy", { vpcOptions: undefined, advancedSecurityOptions: undefined, accessPolicies: openPolicy }, [OPEN]],
    ["outside a VPC, open access policy as an object", { vpcOptions: undefined, advancedSecurityOptions: { enabled: false }, accessPolicies: JSON.parse(openPolicy) }, [OPEN]],
    ["outside a VPC, open policy, behind fine-grained access control", { vpcOptions: undefined, accessPolicies: openPolicy }, []],
    ["outside a VPC, policy limited to a source IP range", { vpcOptions: undefined, advancedSecurityOptions: undefined, accessPolicies: ipPolicy }, []],
    ["outside a VPC, no access policy (IAM identity policies only)", { vpcOptions: undefined, advancedSecurityOptions: undefined }, []],
    ["in a VPC with an open policy (security groups decide)", { advancedSecurityOptions: undefined, accessPolicies: openPolicy }, []],
    ["VPC unknown", { vpcOptions: UNKNOWN, advancedSecurityOptions: undefined, accessPolicies: openPolicy }, []],
    ["fine-grained access control unknown", { vpcOptions: undefined, advancedSecurityOptions: UNKNOWN, accessPolicies: openPolicy }, []],
    ["access policy unknown", { vpcOptions: undefined, advancedSecurityOptions: undefined, accessPolicies: UNKNOWN }, []],
]);
typedTable(secure, ES, [
    ["a legacy domain: the same checks", { encryptAtRest: { enabled: false }, domainEndpointOptions: { enforceHttps: false } }, [AT_REST("false"), HTTPS("false")]],
]);

typedTable(hardened, T, [
    ["outside a VPC behind fine-grained access control", { vpcOptions: undefined, accessPolicies: openPolicy }, [NO_VPC]],
    ["outside a VPC and open to everyone: opensearch-domain-secure's finding, not repeated", { vpcOptions: undefined, advancedSecurityOptions: undefined, accessPolicies: openPolicy },
        [FGAC("not set")]],
    ["a single node without node-to-node encryption", { nodeToNodeEncryption: { enabled: false }, ...singleNode }, [SINGLE_NTN("false")]],
    ["a single node, node-to-node encryption left out", { nodeToNodeEncryption: undefined, ...singleNode }, [SINGLE_NTN("not set (false)")]],
    ["several nodes without it: opensearch-domain-secure's finding", { nodeToNodeEncryption: undefined }, []],
    ["the older TLS 1.2 policy", { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" } }, [PFS('"Policy-Min-TLS-1-2-2019-07"')]],
    ["no TLS policy", { domainEndpointOptions: { enforceHttps: true } }, [PFS("not set")]],
    ["the FIPS policy", { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08" } }, []],
    ["the TLS 1.0 policy: opensearch-domain-secure's finding", { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" } }, []],
    ["no fine-grained access control", { advancedSecurityOptions: { enabled: false } }, [FGAC("false")]],
    ["fine-grained access control without audit logs", { logPublishingOptions: [{ logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: "arn:aws:logs:us-east-1:111111111111:log-group:x" }] },
        [AUDIT]],
    ["audit logs switched off", { logPublishingOptions: [
        { logType: "AUDIT_LOGS", cloudwatchLogGroupArn: "arn:aws:logs:us-east-1:111111111111:log-group:a", enabled: false },
        { logType: "es_application_logs", cloudwatchLogGroupArn: "arn:aws:logs:us-east-1:111111111111:log-group:b", enabled: true },
    ] }, [AUDIT]],
    ["no log publishing at all", { logPublishingOptions: undefined }, [AUDIT, ERRORS]],
    ["a log type unknown", { logPublishingOptions: [{ logType: UNKNOWN, cloudwatchLogGroupArn: "arn" }] }, []],
    ["log publishing unknown", { logPublishingOptions: UNKNOWN }, []],
    ["everything unknown", { vpcOptions: UNKNOWN, nodeToNodeEncryption: UNKNOWN, domainEndpointOptions: UNKNOWN, advancedSecurityOptions: UNKNOWN, logPublishingOptions: UNKNOWN }, []],
]);

describe("checkov's OpenSearch cases (tests/terraform/checks/resource/aws/example_Elasticsearch*), as @pulumi/aws inputs", () => {
    const base = { domainName: "example", engineVersion: "Elasticsearch_7.10", clusterConfig: { instanceType: "r4.large.search" } };
    const mandatory = (props: Props) => secure.check(T, props);
    it("CKV_AWS_5 encryption: enabled passes, disabled fails", () => {
        assert.deepStrictEqual(mandatory({ ...base, encryptAtRest: { enabled: true }, domainEndpointOptions: { enforceHttps: true } }), []);
        assert.deepStrictEqual(mandatory({ ...base, encryptAtRest: { enabled: false }, domainEndpointOptions: { enforceHttps: true } }), [AT_REST("false")]);
    });
    it("CKV_AWS_6 node-to-node: the passing single-node domains get no mandatory finding, the failing two-node ones do", () => {
        const ok = { encryptAtRest: { enabled: true }, domainEndpointOptions: { enforceHttps: true } };
        for (const pass of [{ domainName: "without_cluster_config" }, { domainName: "without_instance_count", clusterConfig: {} },
            { domainName: "instance_count_not_bigger_than_1", clusterConfig: { instanceCount: 1 } },
            { domainName: "node_to_node_encryption_enabled", clusterConfig: { instanceCount: 2 }, nodeToNodeEncryption: { enabled: true } }]) {
            assert.deepStrictEqual(mandatory({ ...pass, ...ok }), [], pass.domainName);
        }
        assert.deepStrictEqual(mandatory({ domainName: "disabled", clusterConfig: { instanceCount: 2 }, nodeToNodeEncryption: { enabled: false }, ...ok }), [NTN("false")]);
        assert.deepStrictEqual(mandatory({ domainName: "missing", clusterConfig: { instanceCount: 2 }, ...ok }), [NTN("not set (false)")]);
        assert.deepStrictEqual(hardened.check(T, { domainName: "without_cluster_config", ...ok }).includes(SINGLE_NTN("not set (false)")), true, "advisory for the single node");
    });
    it("CKV_AWS_83 HTTPS: enforce_https false fails; true, or the block without it, passes", () => {
        const ok = { encryptAtRest: { enabled: true } };
        assert.deepStrictEqual(mandatory({ ...base, ...ok, domainEndpointOptions: { enforceHttps: true } }), []);
        assert.deepStrictEqual(mandatory({ ...base, ...ok, domainEndpointOptions: { enforceHttps: false } }), [HTTPS("false")]);
    });
    it("CKV_AWS_228 TLS policy: TLS 1.2 and PFS pass; TLS 1.0 fails (mandatory); left out is advisory", () => {
        const cluster = { clusterConfig: { instanceCount: 2 }, encryptAtRest: { enabled: true }, nodeToNodeEncryption: { enabled: true } };
        assert.deepStrictEqual(mandatory({ domainName: "pass", ...cluster, domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" } }), []);
        assert.deepStrictEqual(mandatory({ domainName: "pass2", ...cluster, domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" } }), []);
        assert.deepStrictEqual(mandatory({ domainName: "fail", ...cluster, domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" } }), [OLD_TLS]);
        assert.ok(hardened.check(T, { domainName: "notset", ...cluster, domainEndpointOptions: { enforceHttps: true } }).includes(PFS("not set")));
    });
    it("CKV_AWS_137 VPC: a domain in a VPC passes; one outside is advisory (a public endpoint is an AWS-documented configuration)", () => {
        const ok = { encryptAtRest: { enabled: true }, domainEndpointOptions: { enforceHttps: true } };
        assert.deepStrictEqual(mandatory({ ...base, ...ok, vpcOptions: { subnetIds: ["subnet-1", "subnet-2"], securityGroupIds: ["sg-1"] } }), []);
        assert.deepStrictEqual(mandatory({ ...base, ...ok }), []);
        assert.ok(hardened.check(T, { ...base, ...ok }).includes(NO_VPC));
    });
    it("CKV_AWS_317 audit logs and CKV_AWS_84 logging: flagged at advisory level", () => {
        const fgac = { advancedSecurityOptions: { enabled: true }, vpcOptions: { subnetIds: ["subnet-1"] }, domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" } };
        assert.deepStrictEqual(hardened.check(T, { ...base, ...fgac, nodeToNodeEncryption: { enabled: true } }), [AUDIT, ERRORS]);
        assert.deepStrictEqual(hardened.check(ES, { ...base, ...fgac, nodeToNodeEncryption: { enabled: true }, logPublishingOptions: [
            { logType: "AUDIT_LOGS", cloudwatchLogGroupArn: "arn:a" }, { logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: "arn:b" }] }), []);
    });
});

policyTable(secure, "aws:opensearch/domain:Domain", [
    ["unencrypted, HTTP allowed, old TLS, open to everyone outside a VPC", {
        encryptAtRest: { enabled: false }, nodeToNodeEncryption: undefined, vpcOptions: undefined, advancedSecurityOptions: undefined,
        accessPolicies: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "es:*", Resource: "*" }] }),
        domainEndpointOptions: { enforceHttps: false, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" },
    }, [
        "encryptAtRest.enabled must be true (FSBP Opensearch.1), got false: indexes, logs and automated snapshots would be stored unencrypted, and turning it on " +
            "later needs the domain's data moved",
        "nodeToNodeEncryption.enabled must be true on a domain with several nodes (FSBP Opensearch.3), got not set (false): indexed data and queries move between " +
            "the nodes in clear text",
        "domainEndpointOptions.enforceHttps must be true (FSBP Opensearch.8), got false: clients could send credentials and data unencrypted",
        'domainEndpointOptions.tlsSecurityPolicy must be a TLS 1.2 policy such as "Policy-Min-TLS-1-2-PFS-2023-10" (FSBP Opensearch.8), got "Policy-Min-TLS-1-0-2019-07": ' +
            "it accepts TLS 1.0 and 1.1, which are open to downgrade attacks",
        'accessPolicies allows everyone ("*") with no condition, on a domain outside a VPC and without fine-grained access control (FSBP Opensearch.2): ' +
            "anyone on the internet can read and write its indexes; put the domain in a VPC (vpcOptions), enable advancedSecurityOptions, or name the principals or source IPs",
    ]],
    ["the older TLS 1.2 policy is accepted", { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" } }, []],
    ["endpoint options and VPC unknown", { domainEndpointOptions: UNKNOWN, vpcOptions: UNKNOWN }, []],
]);

typedTable(secure, "aws:elasticsearch/domain:Domain", [
    ["a legacy domain outside a VPC, without fine-grained access control, open to everyone", {
        vpcOptions: undefined, advancedSecurityOptions: undefined,
        accessPolicies: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: "*" }] }),
    }, ['accessPolicies allows everyone ("*") with no condition, on a domain outside a VPC and without fine-grained access control (FSBP Opensearch.2): ' +
        "anyone on the internet can read and write its indexes; put the domain in a VPC (vpcOptions), enable advancedSecurityOptions, or name the principals or source IPs"]],
]);
