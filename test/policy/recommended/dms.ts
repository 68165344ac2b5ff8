import type { RecommendedSetting } from "./corpus";

/** DMS replication instances and endpoints, as the DMS guides and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:dms/replicationInstance:ReplicationInstance",
        title: "private replication instance, minor version upgrades on, Multi-AZ",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html ${READ}`,
        props: {
            replicationInstanceId: "migrate", replicationInstanceClass: "dms.r5.large", publiclyAccessible: false, autoMinorVersionUpgrade: true, multiAz: true,
            replicationSubnetGroupId: "private", allocatedStorage: 100,
        },
    },
    {
        type: "aws:dms/replicationInstance:ReplicationInstance",
        title: "publiclyAccessible left out: @pulumi/aws sends false, a private instance",
        source: `https://docs.aws.amazon.com/controltower/latest/controlreference/dms-rules.html ${READ}`,
        props: { replicationInstanceId: "migrate", replicationInstanceClass: "dms.r5.large", autoMinorVersionUpgrade: true, replicationSubnetGroupId: "private" },
    },
    {
        type: "aws:dms/endpoint:Endpoint",
        title: "PostgreSQL source with verify-full SSL and credentials from Secrets Manager",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html ${READ}`,
        props: {
            endpointId: "orders-source", endpointType: "source", engineName: "postgres", sslMode: "verify-full",
            secretsManagerArn: "arn:aws:secretsmanager:us-east-1:111111111111:secret:orders-db-AbCdEf", secretsManagerAccessRoleArn: "arn:aws:iam::111111111111:role/dms-secrets",
        },
    },
];
