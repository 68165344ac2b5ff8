/**
 * Happy-path factories of the edge area (API Gateway, AppSync, CloudFront, load balancers, Step Functions, WAF): one compliant set of inputs per resource type,
 * merged into `happy` by ../factories.ts. Only type imports from ../factories (no cycle at load time).
 */
import type { Props } from "./props";

const ACCOUNT = "111111111111";

/** An OpenAPI 3 definition whose operations all go through a Cognito authorizer (OPTIONS, the CORS preflight, stays open). */
export const openApiBody = () => JSON.stringify({
    openapi: "3.0.1",
    info: { title: "orders", version: "1.0" },
    security: [{ cognito: [] }],
    paths: {
        "/orders": {
            get: { "x-amazon-apigateway-integration": { type: "aws_proxy", httpMethod: "POST", uri: "arn:aws:apigateway:us-east-1:lambda:path/functions/orders/invocations" } },
            options: { security: [], "x-amazon-apigateway-integration": { type: "mock" } },
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

export const happy: { readonly [type: string]: () => Props } = {
    // The core factory (../factories.ts) with a WAF web ACL, which cloudfront-waf-enabled asks for.
    "aws:cloudfront/distribution:Distribution": () => ({
        enabled: true,
        origins: [
            { originId: "assets", domainName: "acme-assets.s3.us-east-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" },
            { originId: "api", domainName: "api.example.com", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] } },
        ],
        defaultCacheBehavior: { targetOriginId: "assets", viewerProtocolPolicy: "redirect-to-https", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] },
        orderedCacheBehaviors: [{ pathPattern: "/api/*", targetOriginId: "api", viewerProtocolPolicy: "https-only", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] }],
        viewerCertificate: { acmCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1234`, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" },
        defaultRootObject: "index.html",
        restrictions: { geoRestriction: { restrictionType: "none" } },
        webAclId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`,
    }),
    "aws:apigateway/restApi:RestApi": () => ({ name: "orders", endpointConfiguration: { types: "REGIONAL" }, body: openApiBody() }),
    "aws:apigatewayv2/api:Api": () => ({ name: "orders", protocolType: "HTTP" }),
    "aws:apigateway/domainName:DomainName": () => ({
        domainName: "api.example.com", regionalCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1234`,
        endpointConfiguration: { types: "REGIONAL" }, securityPolicy: "TLS_1_2",
    }),
    "aws:appsync/graphQLApi:GraphQLApi": () => ({
        name: "orders", authenticationType: "AMAZON_COGNITO_USER_POOLS",
        userPoolConfig: { userPoolId: "us-east-1_EXAMPLE", awsRegion: "us-east-1", defaultAction: "ALLOW" },
        additionalAuthenticationProviders: [{ authenticationType: "AWS_IAM" }],
        logConfig: { cloudwatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/appsync-logs`, fieldLogLevel: "ERROR" },
    }),
    "aws:elb/loadBalancer:LoadBalancer": () => ({
        subnets: ["subnet-1", "subnet-2"],
        listeners: [{ instancePort: 8443, instanceProtocol: "https", lbPort: 443, lbProtocol: "https", sslCertificateId: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1234` }],
        accessLogs: { bucket: "acme-elb-logs", enabled: true },
    }),
    "aws:elb/loadBalancerPolicy:LoadBalancerPolicy": () => ({
        loadBalancerName: "web", policyName: "tls-1-2", policyTypeName: "SSLNegotiationPolicyType",
        policyAttributes: [{ name: "Reference-Security-Policy", value: "ELBSecurityPolicy-TLS-1-2-2017-01" }],
    }),
    "aws:elb/sslNegotiationPolicy:SslNegotiationPolicy": () => ({
        name: "tls-1-2", loadBalancer: "web", lbPort: 443,
        attributes: [{ name: "Protocol-TLSv1.2", value: "true" }, { name: "Protocol-TLSv1", value: "false" }, { name: "ECDHE-RSA-AES128-GCM-SHA256", value: "true" }],
    }),
    "aws:sfn/stateMachine:StateMachine": () => ({
        roleArn: `arn:aws:iam::${ACCOUNT}:role/orders-workflow`,
        definition: JSON.stringify({ StartAt: "Done", States: { Done: { Type: "Succeed" } } }),
        loggingConfiguration: { level: "ERROR", includeExecutionData: false, logDestination: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/vendedlogs/states/orders:*` },
    }),
};

/** Resource types a policy reports whatever their inputs: policy name -> those types. */
export const alwaysReported: { readonly [policy: string]: readonly string[] } = {};
