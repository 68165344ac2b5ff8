import type { RecommendedSetting } from "./corpus";

/** Amazon MQ brokers, as the Amazon MQ guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:mq/broker:Broker",
        title: "private ActiveMQ broker, active/standby, general and audit logs, minor version upgrades",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/mq-controls.html ${READ}`,
        props: {
            brokerName: "orders", engineType: "ActiveMQ", engineVersion: "5.18", hostInstanceType: "mq.m5.large", deploymentMode: "ACTIVE_STANDBY_MULTI_AZ",
            publiclyAccessible: false, autoMinorVersionUpgrade: true, logs: { general: true, audit: true },
            subnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"], securityGroups: ["sg-0123456789abcdef0"],
            users: [{ username: "app", password: "not-a-real-password" }],
        },
    },
    {
        type: "aws:mq/broker:Broker",
        title: "private RabbitMQ cluster with general logs (RabbitMQ has no audit log)",
        source: `https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring.html ${READ}`,
        props: {
            brokerName: "events", engineType: "RabbitMQ", engineVersion: "3.13", hostInstanceType: "mq.m5.large", deploymentMode: "CLUSTER_MULTI_AZ",
            publiclyAccessible: false, autoMinorVersionUpgrade: true, logs: { general: true },
            subnetIds: ["subnet-0123456789abcdef0"], users: [{ username: "app", password: "not-a-real-password" }],
        },
    },
];
