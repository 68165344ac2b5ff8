import type { RecommendedSetting } from "./corpus";

/** DynamoDB Accelerator clusters, as the DynamoDB developer guide recommends them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:dax/cluster:Cluster",
        title: "encrypted at rest and in transit (TLS endpoint), three nodes",
        source: `https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html ${READ}`,
        props: {
            clusterName: "sessions", iamRoleArn: "arn:aws:iam::111111111111:role/dax", nodeType: "dax.r5.large", replicationFactor: 3,
            serverSideEncryption: { enabled: true }, clusterEndpointEncryptionType: "TLS", subnetGroupName: "private",
        },
    },
];
