import type { RecommendedSetting } from "./corpus";

/** Lambda permissions and function URLs, as the Lambda developer guide and the invoking services' guides recommend them (read 2026-12-06). */
const READ = "(read 2026-12-06)";
const SERVICES = `https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html ${READ}`;
const PERMISSION = "aws:lambda/permission:Permission";

export const settings: RecommendedSetting[] = [
    {
        type: PERMISSION,
        title: "Amazon S3 invokes the function for one bucket of one account (sourceArn and sourceAccount)",
        source: SERVICES,
        props: { function: "my-function", action: "lambda:InvokeFunction", statementId: "s3-account", principal: "s3.amazonaws.com",
            sourceArn: "arn:aws:s3:::my-bucket-123456", sourceAccount: "123456789012" },
    },
    {
        type: PERMISSION,
        title: "Amazon SNS invokes the function for one topic",
        source: SERVICES,
        props: { function: "my-function", action: "lambda:InvokeFunction", statementId: "sns-my-topic", principal: "sns.amazonaws.com",
            sourceArn: "arn:aws:sns:us-east-2:123456789012:my-topic" },
    },
    {
        type: PERMISSION,
        title: "an EventBridge rule invokes the function",
        source: `https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions ${READ}`,
        props: { function: "MyFunction", action: "lambda:InvokeFunction", statementId: "TrustCWEToInvokeMyLambdaFunction", principal: "events.amazonaws.com",
            sourceArn: "arn:aws:events:us-east-1:123456789012:rule/rule-name" },
    },
    {
        type: PERMISSION,
        title: "API Gateway invokes the function for one method of one API",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway.html ${READ}`,
        props: { function: "my-function", action: "lambda:InvokeFunction", statementId: "apigateway-get", principal: "apigateway.amazonaws.com",
            sourceArn: "arn:aws:execute-api:us-east-2:123456789012:mnh1yprki7/default/GET/" },
    },
    {
        type: PERMISSION,
        title: "every principal of an organization (principal \"*\" with principalOrgId)",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-organization.html ${READ}`,
        props: { function: "example", action: "lambda:InvokeFunction", statementId: "PrincipalOrgIDExample", principal: "*", principalOrgId: "o-a1b2c3d4e5f" },
    },
    {
        type: PERMISSION,
        title: "another account invokes an alias",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-cross-account.html ${READ}`,
        props: { function: "my-function", qualifier: "prod", action: "lambda:InvokeFunction", statementId: "xaccount", principal: "111122223333" },
    },
    {
        type: "aws:lambda/functionUrl:FunctionUrl",
        title: "a function URL that requires IAM authentication",
        source: `https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html ${READ}`,
        props: { functionName: "my-function", authorizationType: "AWS_IAM" },
    },
];
