import type { RecommendedSetting, RecommendedStack } from "./corpus";

/** API Gateway REST, HTTP and WebSocket APIs, as the API Gateway guide and Security Hub (APIGateway.1, .4, .8, .9) recommend them. */

const ACCOUNT = "111111111111";
const read = (page: string) => `https://docs.aws.amazon.com/apigateway/latest/developerguide/${page}.html (read 2026-12-06)`;
const LAMBDA_URI = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders/invocations`;
const ACCESS_LOGS = {
    destinationArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/apigateway/orders-access`,
    format: JSON.stringify({ requestId: "$context.requestId", ip: "$context.identity.sourceIp", status: "$context.status", tlsVersion: "$context.tlsVersion" }),
};

/** OpenAPI 3 with a Cognito user pool authorizer for every operation, as the guide's import example (CORS preflight left open). */
const cognitoBody = JSON.stringify({
    openapi: "3.0.1",
    info: { title: "orders", version: "2026-12-06" },
    paths: {
        "/orders": {
            get: { security: [{ cognito: ["orders/read"] }], "x-amazon-apigateway-integration": { type: "aws_proxy", httpMethod: "POST", uri: LAMBDA_URI } },
            post: { security: [{ cognito: ["orders/write"] }], "x-amazon-apigateway-integration": { type: "aws_proxy", httpMethod: "POST", uri: LAMBDA_URI } },
            options: { "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": '{"statusCode": 200}' } } },
        },
    },
    components: {
        securitySchemes: {
            cognito: {
                type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "cognito_user_pools",
                "x-amazon-apigateway-authorizer": { type: "cognito_user_pools", providerARNs: [`arn:aws:cognito-idp:us-east-1:${ACCOUNT}:userpool/us-east-1_EXAMPLE`] },
            },
        },
    },
});

/** OpenAPI 3 in YAML, IAM authorization for every operation through a global security requirement (x-amazon-apigateway-authtype awsSigv4). */
const iamYamlBody = [
    "openapi: 3.0.1",
    "info:",
    "  title: internal",
    "  version: '1.0'",
    "security:",
    "  - sigv4: []",
    "paths:",
    "  /reports:",
    "    get:",
    "      x-amazon-apigateway-integration:",
    "        type: aws_proxy",
    "        httpMethod: POST",
    `        uri: ${LAMBDA_URI}`,
    "components:",
    "  securitySchemes:",
    "    sigv4:",
    "      type: apiKey",
    "      name: Authorization",
    "      in: header",
    "      x-amazon-apigateway-authtype: awsSigv4",
].join("\n");

/** OpenAPI 2 with a Lambda (TOKEN) authorizer, and IAM on one operation through x-amazon-apigateway-auth. */
const lambdaSwaggerBody = JSON.stringify({
    swagger: "2.0",
    info: { title: "partners", version: "1.0" },
    securityDefinitions: {
        partner: {
            type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "custom",
            "x-amazon-apigateway-authorizer": { type: "token", authorizerUri: LAMBDA_URI, authorizerResultTtlInSeconds: 300 },
        },
    },
    paths: {
        "/quotes": { get: { security: [{ partner: [] }], "x-amazon-apigateway-integration": { type: "aws_proxy", httpMethod: "POST", uri: LAMBDA_URI } } },
        "/admin": { "x-amazon-apigateway-any-method": { "x-amazon-apigateway-auth": { type: "AWS_IAM" }, "x-amazon-apigateway-integration": { type: "aws_proxy", httpMethod: "POST", uri: LAMBDA_URI } } },
    },
});

export const settings: RecommendedSetting[] = [
    { type: "aws:apigateway/restApi:RestApi", title: "Regional REST API imported from OpenAPI 3 with a Cognito user pool authorizer", source: read("apigateway-enable-cognito-user-pool"),
        props: { name: "orders", endpointConfiguration: { types: "REGIONAL" }, body: cognitoBody } },
    { type: "aws:apigateway/restApi:RestApi", title: "REST API imported from OpenAPI 3 (YAML) with IAM authorization for every operation", source: read("api-gateway-swagger-extensions-authtype"),
        props: { name: "internal", endpointConfiguration: { types: "REGIONAL" }, body: iamYamlBody } },
    { type: "aws:apigateway/restApi:RestApi", title: "Edge-optimized REST API imported from OpenAPI 2 with a Lambda authorizer and x-amazon-apigateway-auth AWS_IAM", source: read("api-gateway-swagger-extensions-auth"),
        props: { name: "partners", body: lambdaSwaggerBody } },
    {
        type: "aws:apigateway/restApi:RestApi",
        title: "Private REST API reachable only through an interface VPC endpoint, limited by its resource policy",
        source: read("apigateway-private-api-create"),
        props: {
            name: "private", endpointConfiguration: { types: "PRIVATE", vpcEndpointIds: ["vpce-0123456789abcdef0"] }, putRestApiMode: "merge",
            policy: JSON.stringify({ Version: "2012-10-17", Statement: [
                { Effect: "Deny", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*", Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } } },
                { Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" },
            ] }),
            body: JSON.stringify({ openapi: "3.0.1", info: { title: "private", version: "1.0" }, paths: { "/health": { get: { "x-amazon-apigateway-integration": { type: "mock" } } } } }),
        },
    },
    { type: "aws:apigateway/method:Method", title: "Method with a Cognito user pool authorizer", source: read("apigateway-enable-cognito-user-pool"),
        props: { restApi: "a1b2c3d4e5", resourceId: "r1", httpMethod: "GET", authorization: "COGNITO_USER_POOLS", authorizerId: "abc123", authorizationScopes: ["orders/read"] } },
    { type: "aws:apigateway/method:Method", title: "Method with IAM authorization", source: read("permissions"),
        props: { restApi: "a1b2c3d4e5", resourceId: "r1", httpMethod: "POST", authorization: "AWS_IAM" } },
    { type: "aws:apigateway/method:Method", title: "Method with a Lambda authorizer and an API key for its usage plan", source: read("apigateway-use-lambda-authorizer"),
        props: { restApi: "a1b2c3d4e5", resourceId: "r1", httpMethod: "GET", authorization: "CUSTOM", authorizerId: "def456", apiKeyRequired: true } },
    { type: "aws:apigateway/method:Method", title: "OPTIONS method answering CORS preflight requests without authorization", source: read("how-to-cors"),
        props: { restApi: "a1b2c3d4e5", resourceId: "r1", httpMethod: "OPTIONS", authorization: "NONE" } },
    { type: "aws:apigateway/stage:Stage", title: "REST stage with JSON access logs and X-Ray tracing", source: read("set-up-logging"),
        props: { restApi: "a1b2c3d4e5", deployment: "d1", stageName: "prod", accessLogSettings: ACCESS_LOGS, xrayTracingEnabled: true } },
    {
        type: "aws:apigateway/methodSettings:MethodSettings",
        title: "Stage-wide settings: INFO execution logs without data tracing, metrics, throttling, an encrypted cache",
        source: read("set-up-logging"),
        props: {
            restApi: "a1b2c3d4e5", stageName: "prod", methodPath: "*/*",
            settings: { loggingLevel: "INFO", dataTraceEnabled: false, metricsEnabled: true, throttlingRateLimit: 100, throttlingBurstLimit: 50, cachingEnabled: true, cacheDataEncrypted: true },
        },
    },
    { type: "aws:apigateway/domainName:DomainName", title: "Regional custom domain name with the TLS_1_2 security policy", source: read("apigateway-custom-domain-tls-version"),
        props: { domainName: "api.example.com", regionalCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1234`, endpointConfiguration: { types: "REGIONAL" }, securityPolicy: "TLS_1_2" } },
    { type: "aws:apigateway/domainName:DomainName", title: "Custom domain name with the enhanced SecurityPolicy_TLS13_1_3_2025_09 policy and strict endpoint access", source: read("apigateway-security-policies"),
        props: {
            domainName: "api.example.com", regionalCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1234`, endpointConfiguration: { types: "REGIONAL" },
            securityPolicy: "SecurityPolicy_TLS13_1_3_2025_09", endpointAccessMode: "STRICT",
        } },
    { type: "aws:apigateway/domainName:DomainName", title: "Custom domain name with the post-quantum SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09 policy", source: read("apigateway-security-policies-list"),
        props: {
            domainName: "api.example.com", regionalCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1234`, endpointConfiguration: { types: "REGIONAL" },
            securityPolicy: "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09", endpointAccessMode: "BASIC",
        } },
    { type: "aws:apigateway/domainName:DomainName", title: "Edge-optimized custom domain name without a security policy (the default, TLS_1_2)", source: read("apigateway-security-policies-list"),
        props: { domainName: "www.example.com", certificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/5678` } },
    { type: "aws:apigatewayv2/api:Api", title: "HTTP API whose routes are declared one by one", source: read("http-api-develop"),
        props: { name: "orders", protocolType: "HTTP", corsConfiguration: { allowOrigins: ["https://www.example.com"], allowMethods: ["GET", "POST"] } } },
    { type: "aws:apigatewayv2/api:Api", title: "WebSocket API", source: read("apigateway-websocket-api-create-empty-api"),
        props: { name: "chat", protocolType: "WEBSOCKET", routeSelectionExpression: "$request.body.action" } },
    { type: "aws:apigatewayv2/route:Route", title: "HTTP API route with a JWT authorizer", source: read("http-api-jwt-authorizer"),
        props: { apiId: "a1b2c3d4e5", routeKey: "GET /orders", authorizationType: "JWT", authorizerId: "abc123", authorizationScopes: ["orders/read"] } },
    { type: "aws:apigatewayv2/route:Route", title: "HTTP API route with IAM authorization", source: read("http-api-access-control-iam"),
        props: { apiId: "a1b2c3d4e5", routeKey: "POST /orders", authorizationType: "AWS_IAM" } },
    { type: "aws:apigatewayv2/route:Route", title: "WebSocket $connect route with a Lambda REQUEST authorizer", source: read("apigateway-websocket-api-lambda-auth"),
        props: { apiId: "f6g7h8i9j0", routeKey: "$connect", authorizationType: "CUSTOM", authorizerId: "ghi789" } },
    { type: "aws:apigatewayv2/route:Route", title: "WebSocket custom route, authorized on $connect only (AWS accepts no authorizer on other routes)", source: read("apigateway-websocket-api-lambda-auth"),
        props: { apiId: "f6g7h8i9j0", routeKey: "sendmessage", authorizationType: "NONE" } },
    { type: "aws:apigatewayv2/stage:Stage", title: "HTTP API $default stage with access logs and throttling", source: read("http-api-logging"),
        props: { apiId: "a1b2c3d4e5", name: "$default", autoDeploy: true, accessLogSettings: ACCESS_LOGS, defaultRouteSettings: { throttlingRateLimit: 100, throttlingBurstLimit: 50 } } },
];

const stage = (extra: Record<string, unknown> = {}) => ({ restApi: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", deployment: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
    stageName: "prod", accessLogSettings: ACCESS_LOGS, ...extra });
const methodSettings = (settings: Record<string, unknown>) => ({ restApi: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", stageName: "prod", methodPath: "*/*", settings });

export const stacks: RecommendedStack[] = [
    {
        title: "Public REST API: Cognito authorizer, access and execution logs, throttling, an AWS WAF web ACL on the stage",
        source: read("apigateway-control-access-aws-waf"),
        resources: [
            { type: "aws:apigateway/restApi:RestApi", name: "orders", props: { name: "orders", endpointConfiguration: { types: "REGIONAL" }, body: cognitoBody } },
            { type: "aws:apigateway/deployment:Deployment", name: "orders", dependsOn: ["orders"], props: { restApi: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } },
            { type: "aws:apigateway/stage:Stage", name: "orders-prod", dependsOn: ["orders", "orders"], props: stage({ xrayTracingEnabled: true }) },
            { type: "aws:apigateway/methodSettings:MethodSettings", name: "orders-prod-all", dependsOn: ["orders", "orders-prod"],
                props: methodSettings({ loggingLevel: "ERROR", metricsEnabled: true, throttlingRateLimit: 100, throttlingBurstLimit: 50 }) },
            { type: "aws:wafv2/webAcl:WebAcl", name: "orders-acl", props: { scope: "REGIONAL", defaultAction: { allow: {} }, visibilityConfig: {
                cloudwatchMetricsEnabled: true, metricName: "orders", sampledRequestsEnabled: true } } },
            { type: "aws:wafv2/webAclAssociation:WebAclAssociation", name: "orders-prod-acl", dependsOn: ["orders-prod", "orders-acl"],
                props: { resourceArn: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", webAclArn: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } },
        ],
    },
    {
        title: "Public REST API throttled by a usage plan, execution logs at INFO, the web ACL associated by the stage's ARN",
        source: read("api-gateway-api-usage-plans"),
        resources: [
            { type: "aws:apigateway/restApi:RestApi", name: "partners", props: { name: "partners", body: lambdaSwaggerBody } },
            { type: "aws:apigateway/stage:Stage", name: "partners-prod", dependsOn: ["partners"], props: stage({ restApi: "q1w2e3r4t5" }) },
            { type: "aws:apigateway/methodSettings:MethodSettings", name: "partners-prod-all", dependsOn: ["partners-prod"],
                props: { ...methodSettings({ loggingLevel: "INFO", metricsEnabled: true }), restApi: "q1w2e3r4t5" } },
            { type: "aws:apigateway/usagePlan:UsagePlan", name: "partners-plan", dependsOn: ["partners-prod"],
                props: { name: "partners", apiStages: [{ apiId: "q1w2e3r4t5", stage: "prod" }], throttleSettings: { rateLimit: 50, burstLimit: 20 }, quotaSettings: { limit: 100000, period: "MONTH" } } },
            { type: "aws:wafv2/webAclAssociation:WebAclAssociation", name: "partners-prod-acl",
                props: { resourceArn: "arn:aws:apigateway:us-east-1::/restapis/q1w2e3r4t5/stages/prod", webAclArn: `arn:aws:wafv2:us-east-1:${ACCOUNT}:regional/webacl/partners/1234` } },
        ],
    },
    {
        title: "Private REST API: reachable only through a VPC endpoint (no WAF or throttling asked), execution logs on",
        source: read("apigateway-private-apis"),
        resources: [
            { type: "aws:apigateway/restApi:RestApi", name: "private", props: { name: "private", endpointConfiguration: { types: "PRIVATE", vpcEndpointIds: ["vpce-0123456789abcdef0"] } } },
            { type: "aws:apigateway/stage:Stage", name: "private-prod", dependsOn: ["private"], props: stage() },
            { type: "aws:apigateway/methodSettings:MethodSettings", name: "private-prod-all", dependsOn: ["private-prod"], props: methodSettings({ loggingLevel: "ERROR" }) },
        ],
    },
    {
        title: "HTTP API: JWT-authorized route, stage with access logs and throttling",
        source: read("http-api-throttling"),
        resources: [
            { type: "aws:apigatewayv2/api:Api", name: "orders", props: { name: "orders", protocolType: "HTTP" } },
            { type: "aws:apigatewayv2/authorizer:Authorizer", name: "orders-jwt", dependsOn: ["orders"], props: { apiId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
                authorizerType: "JWT", identitySources: ["$request.header.Authorization"], jwtConfiguration: { audiences: ["orders"], issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE" } } },
            { type: "aws:apigatewayv2/route:Route", name: "orders-get", dependsOn: ["orders", "orders-jwt"],
                props: { apiId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", routeKey: "GET /orders", authorizationType: "JWT", authorizerId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } },
            { type: "aws:apigatewayv2/stage:Stage", name: "orders-default", dependsOn: ["orders"], props: { apiId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", name: "$default",
                autoDeploy: true, accessLogSettings: ACCESS_LOGS, defaultRouteSettings: { throttlingRateLimit: 100, throttlingBurstLimit: 50, detailedMetricsEnabled: true } } },
        ],
    },
    {
        title: "WebSocket API: Lambda authorizer on $connect, stage with execution logs at ERROR, access logs and throttling",
        source: read("websocket-api-logging"),
        resources: [
            { type: "aws:apigatewayv2/api:Api", name: "chat", props: { name: "chat", protocolType: "WEBSOCKET", routeSelectionExpression: "$request.body.action" } },
            { type: "aws:apigatewayv2/route:Route", name: "chat-connect", dependsOn: ["chat"],
                props: { apiId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", routeKey: "$connect", authorizationType: "CUSTOM", authorizerId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } },
            { type: "aws:apigatewayv2/route:Route", name: "chat-send", dependsOn: ["chat"], props: { apiId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", routeKey: "sendmessage" } },
            { type: "aws:apigatewayv2/stage:Stage", name: "chat-prod", dependsOn: ["chat"], props: { apiId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", name: "prod", autoDeploy: true,
                accessLogSettings: ACCESS_LOGS, defaultRouteSettings: { loggingLevel: "ERROR", dataTraceEnabled: false, throttlingRateLimit: 100, throttlingBurstLimit: 50 } } },
        ],
    },
];
