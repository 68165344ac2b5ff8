import type { RecommendedSetting } from "./corpus";

/** Lambda functions (runtimes and environment), as the Lambda developer guide recommends them. */
const READ = "(read 2026-12-06)";
const ROLE = "arn:aws:iam::111111111111:role/orders-api";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:lambda/function:Function",
        title: "Node.js 24 function, settings in environment variables",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html ${READ}`,
        props: { role: ROLE, runtime: "nodejs24.x", handler: "index.handler", architectures: ["arm64"], environment: { variables: { TABLE_NAME: "orders", LOG_LEVEL: "info" } } },
    },
    {
        type: "aws:lambda/function:Function",
        title: "Python 3.14 function that reads its secret through the Parameters and Secrets extension, by name",
        source: `https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html ${READ}`,
        props: {
            role: ROLE, runtime: "python3.14", handler: "lambda_function.lambda_handler",
            layers: ["arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:12"],
            environment: { variables: { SECRET_NAME: "prod/orders/db", PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED: "true" } },
        },
    },
    {
        type: "aws:lambda/function:Function",
        title: "Java 25 function with a database password's secret ARN in its environment",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html ${READ}`,
        props: {
            role: ROLE, runtime: "java25", handler: "example.Handler::handleRequest", memorySize: 1024,
            environment: { variables: { DB_PASSWORD_SECRET_ARN: "arn:aws:secretsmanager:us-east-1:111111111111:secret:prod/orders/db-AbCdEf" } },
        },
    },
    {
        type: "aws:lambda/function:Function",
        title: "function defined as a container image (no managed runtime)",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/images-create.html ${READ}`,
        props: { role: ROLE, packageType: "Image", imageUri: "111111111111.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2" },
    },
    {
        type: "aws:lambda/function:Function",
        title: "OS-only runtime on Amazon Linux 2023 (Go, Rust)",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/runtimes-provided.html ${READ}`,
        props: { role: ROLE, runtime: "provided.al2023", handler: "bootstrap", architectures: ["arm64"] },
    },
];
