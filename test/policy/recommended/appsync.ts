import type { RecommendedSetting } from "./corpus";

/** AppSync GraphQL APIs, as the AppSync guide and Security Hub (AppSync.2, AppSync.5) recommend them. */

const CONTROLS = "https://docs.aws.amazon.com/securityhub/latest/userguide/appsync-controls.html (read 2026-12-06)";
const LOGS_ROLE = "arn:aws:iam::111111111111:role/appsync-logs";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:appsync/graphQLApi:GraphQLApi",
        title: "Cognito user pool authorization with IAM as an additional mode, field logs at ERROR",
        source: "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html (read 2026-12-06)",
        props: {
            name: "orders", authenticationType: "AMAZON_COGNITO_USER_POOLS",
            userPoolConfig: { userPoolId: "us-east-1_EXAMPLE", awsRegion: "us-east-1", defaultAction: "ALLOW" },
            additionalAuthenticationProviders: [{ authenticationType: "AWS_IAM" }],
            logConfig: { cloudwatchLogsRoleArn: LOGS_ROLE, fieldLogLevel: "ERROR", excludeVerboseContent: true },
            xrayEnabled: true,
        },
    },
    {
        type: "aws:appsync/graphQLApi:GraphQLApi",
        title: "IAM authorization, field logs at ALL",
        source: CONTROLS,
        props: { name: "internal", authenticationType: "AWS_IAM", logConfig: { cloudwatchLogsRoleArn: LOGS_ROLE, fieldLogLevel: "ALL" } },
    },
    {
        type: "aws:appsync/graphQLApi:GraphQLApi",
        title: "Lambda authorizer, field logs at ERROR",
        source: "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html (read 2026-12-06)",
        props: {
            name: "partners", authenticationType: "AWS_LAMBDA",
            lambdaAuthorizerConfig: { authorizerUri: "arn:aws:lambda:us-east-1:111111111111:function:authorize", authorizerResultTtlInSeconds: 300 },
            logConfig: { cloudwatchLogsRoleArn: LOGS_ROLE, fieldLogLevel: "ERROR" },
        },
    },
    {
        type: "aws:appsync/graphQLApi:GraphQLApi",
        title: "OpenID Connect authorization, field logs at INFO",
        source: CONTROLS,
        props: { name: "web", authenticationType: "OPENID_CONNECT", openidConnectConfig: { issuer: "https://auth.example.com" }, logConfig: { cloudwatchLogsRoleArn: LOGS_ROLE, fieldLogLevel: "INFO" } },
    },
];
