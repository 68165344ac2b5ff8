import type { RecommendedSetting } from "./corpus";

/** MSK clusters, as the MSK developer guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";
const BROKERS = { instanceType: "kafka.m7g.large", clientSubnets: ["subnet-1", "subnet-2", "subnet-3"], securityGroups: ["sg-1"] };

export const settings: RecommendedSetting[] = [
    {
        type: "aws:msk/cluster:Cluster",
        title: "private brokers, TLS between clients and brokers and among brokers, IAM client authentication",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html ${READ}`,
        props: {
            clusterName: "events", kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, brokerNodeGroupInfo: BROKERS,
            encryptionInfo: { encryptionInTransit: { clientBroker: "TLS", inCluster: true } },
            clientAuthentication: { sasl: { iam: true }, unauthenticated: false },
        },
    },
    {
        type: "aws:msk/cluster:Cluster",
        title: "mutual TLS client authentication with a private CA, encryption left at its defaults (TLS, in cluster)",
        source: `https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html ${READ}`,
        props: {
            clusterName: "events", kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, brokerNodeGroupInfo: BROKERS,
            clientAuthentication: { tls: { certificateAuthorityArns: ["arn:aws:acm-pca:us-east-1:111111111111:certificate-authority/1234abcd-12ab-34cd-56ef-1234567890ab"] } },
        },
    },
];
