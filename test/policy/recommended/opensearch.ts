import type { RecommendedSetting } from "./corpus";

/** OpenSearch Service (and legacy Elasticsearch) domains, as the OpenSearch developer guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";
const KEY = "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const LOGS = (domain: string) => [
    { logType: "AUDIT_LOGS", cloudwatchLogGroupArn: `arn:aws:logs:us-east-1:111111111111:log-group:/aws/opensearch/${domain}/audit` },
    { logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: `arn:aws:logs:us-east-1:111111111111:log-group:/aws/opensearch/${domain}/application` },
];
const CLUSTER = {
    instanceType: "r7g.large.search", instanceCount: 3, zoneAwarenessEnabled: true, zoneAwarenessConfig: { availabilityZoneCount: 3 },
    dedicatedMasterEnabled: true, dedicatedMasterCount: 3, dedicatedMasterType: "m7g.large.search",
};
const VPC = { subnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"], securityGroupIds: ["sg-0123456789abcdef0"] };

export const settings: RecommendedSetting[] = [
    {
        type: "aws:opensearch/domain:Domain",
        title: "VPC domain, three AZs, encrypted at rest with a customer managed key and between nodes, HTTPS with the PFS TLS policy, fine-grained access control with an IAM master user, audit and error logs",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html ${READ}`,
        props: {
            domainName: "search", engineVersion: "OpenSearch_2.17", clusterConfig: CLUSTER, vpcOptions: VPC,
            encryptAtRest: { enabled: true, kmsKeyId: KEY }, nodeToNodeEncryption: { enabled: true },
            domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
            advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: false, masterUserOptions: { masterUserArn: "arn:aws:iam::111111111111:role/search-admin" } },
            logPublishingOptions: LOGS("search"),
        },
    },
    {
        type: "aws:opensearch/domain:Domain",
        title: "encrypted at rest with the AWS managed key (aws/es), FIPS TLS policy",
        source: `https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html ${READ}`,
        props: {
            domainName: "search-fips", engineVersion: "OpenSearch_2.17", clusterConfig: CLUSTER, vpcOptions: VPC,
            encryptAtRest: { enabled: true }, nodeToNodeEncryption: { enabled: true },
            domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08" },
            advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: false, masterUserOptions: { masterUserArn: "arn:aws:iam::111111111111:role/search-admin" } },
            logPublishingOptions: LOGS("search-fips"),
        },
    },
    {
        type: "aws:opensearch/domain:Domain",
        title: "public access domain with fine-grained access control, a master user in the internal user database and an access policy without IAM principals (a configuration the FGAC guide describes)",
        source: `https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html ${READ}`,
        props: {
            domainName: "public-search", engineVersion: "OpenSearch_2.17", clusterConfig: CLUSTER,
            encryptAtRest: { enabled: true }, nodeToNodeEncryption: { enabled: true },
            domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
            advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: true, masterUserOptions: { masterUserName: "admin", masterUserPassword: "not-a-real-password" } },
            accessPolicies: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "es:ESHttp*",
                Resource: "arn:aws:es:us-east-1:111111111111:domain/public-search/*" }] }),
            logPublishingOptions: LOGS("public-search"),
        },
        advisory: ["opensearch-domain-hardened"],
    },
    {
        type: "aws:opensearch/domain:Domain",
        title: "single-node development domain in a VPC: the TLS 1.2 policy of the infrastructure security guide's example, no dedicated master",
        source: `https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html ${READ}`,
        props: {
            domainName: "dev-search", engineVersion: "OpenSearch_2.17", clusterConfig: { instanceType: "t3.small.search", instanceCount: 1 }, vpcOptions: VPC,
            ebsOptions: { ebsEnabled: true, volumeSize: 10, volumeType: "gp3" },
            encryptAtRest: { enabled: true }, nodeToNodeEncryption: { enabled: true },
            domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" },
            advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: false, masterUserOptions: { masterUserArn: "arn:aws:iam::111111111111:role/search-admin" } },
            logPublishingOptions: LOGS("dev-search"),
        },
        advisory: ["opensearch-domain-hardened"],
    },
    {
        type: "aws:opensearch/domain:Domain",
        title: "public access domain protected by an IP-based access policy (IP-based policies are available to public domains)",
        source: `https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html ${READ}`,
        props: {
            domainName: "ip-search", engineVersion: "OpenSearch_2.17", clusterConfig: CLUSTER,
            encryptAtRest: { enabled: true }, nodeToNodeEncryption: { enabled: true },
            domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
            accessPolicies: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "es:ESHttp*",
                Resource: "arn:aws:es:us-east-1:111111111111:domain/ip-search/*", Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } } }] }),
            logPublishingOptions: [LOGS("ip-search")[1]],
        },
        advisory: ["opensearch-domain-hardened"],
    },
    {
        type: "aws:elasticsearch/domain:Domain",
        title: "legacy Elasticsearch 7.10 domain in a VPC, encrypted, HTTPS with the PFS TLS policy, fine-grained access control and logs",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html ${READ}`,
        props: {
            domainName: "legacy-search", elasticsearchVersion: "7.10", clusterConfig: CLUSTER, vpcOptions: VPC,
            encryptAtRest: { enabled: true }, nodeToNodeEncryption: { enabled: true },
            domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
            advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: false, masterUserOptions: { masterUserArn: "arn:aws:iam::111111111111:role/search-admin" } },
            logPublishingOptions: LOGS("legacy-search"),
        },
    },
];
