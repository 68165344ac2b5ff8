import type { RecommendedSetting, RecommendedStack } from "./corpus";

/** Secrets Manager secrets and their rotation, as the Secrets Manager guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:secretsmanager/secret:Secret",
        title: "secret encrypted with a customer managed key, default 30-day recovery window",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html ${READ}`,
        props: { name: "orders/db", kmsKeyId: "alias/acme/secrets" },
    },
];

export const stacks: RecommendedStack[] = [
    {
        title: "a database secret rotated every 30 days by a rotation function",
        source: `https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html ${READ}`,
        resources: [
            { type: "aws:secretsmanager/secret:Secret", name: "orders-db", props: { name: "orders/db", kmsKeyId: "alias/acme/secrets" } },
            { type: "aws:secretsmanager/secretRotation:SecretRotation", name: "orders-db-rotation", dependsOn: ["orders-db"], props: {
                secretId: "orders/db", rotationLambdaArn: "arn:aws:lambda:us-east-1:111111111111:function:rotate-orders-db", rotationRules: { automaticallyAfterDays: 30 },
            } },
        ],
    },
    {
        title: "a secret rotated on a schedule expression (every 7 days)",
        source: `https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html ${READ}`,
        resources: [
            { type: "aws:secretsmanager/secret:Secret", name: "api-key", props: { name: "orders/api-key", kmsKeyId: "alias/acme/secrets" } },
            { type: "aws:secretsmanager/secretRotation:SecretRotation", name: "api-key-rotation", dependsOn: ["api-key"], props: {
                secretId: "orders/api-key", rotationLambdaArn: "arn:aws:lambda:us-east-1:111111111111:function:rotate-api-key", rotationRules: { scheduleExpression: "rate(7 days)" },
            } },
        ],
    },
];
