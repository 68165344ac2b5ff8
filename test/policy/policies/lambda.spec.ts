/**
 * Lambda permissions: resource-policy-not-public (everyone, Amazon S3 without sourceAccount: FSBP
 * Lambda.1) and lambda-permission-source-restricted (a service principal without a source: the
 * confused deputy); checkov CKV_AWS_364 (LambdaServicePermission) and CKV_AWS_301
 * (LambdaFunctionIsNotPublic) cases converted to @pulumi/aws v7 inputs.
 */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as notPublic } from "../../../policy/policies/cross-service/resource-policy-not-public";
import { definition as sourceRestricted } from "../../../policy/policies/lambda/lambda-permission-source-restricted";
import { Props, happy } from "../factories";

const PERMISSION = "aws:lambda/permission:Permission";
const permission = (change: Props): Props => ({ ...happy[PERMISSION]!(), sourceArn: undefined, ...change });
const EVERYONE = (principal: string) => `principal ${JSON.stringify(principal)} with no sourceArn, sourceAccount or principalOrgId (FSBP Lambda.1): anyone can invoke ` +
    "the function; name the service principal and its sourceArn, or the accounts that may call it";
const S3 = 'principal "s3.amazonaws.com" with no sourceAccount (FSBP Lambda.1): a bucket ARN names no account, so after the bucket is deleted a bucket of the same ' +
    "name in another account could invoke the function; set sourceAccount to the bucket owner's account id, next to sourceArn";
const NO_SOURCE = (principal: string) => `principal "${principal}" with no sourceArn or sourceAccount (foundation least-privilege): the service may invoke the ` +
    "function for a resource in any AWS account (the confused deputy); set sourceArn to the rule, topic, API or other resource that invokes it, or sourceAccount to your account id";
const LOOSE_ARN = (arn: string, principal: string) => `sourceArn "${arn}" names no fixed account, and sourceAccount is not set (foundation least-privilege): "${principal}" ` +
    "may invoke the function for matching resources in any AWS account (the confused deputy); put your account id in sourceArn, or set sourceAccount";
const NAME_SERVICE = 'principal "*" is limited only by its source (foundation least-privilege): name the service principal that invokes the function ' +
    '(such as "events.amazonaws.com" or "sns.amazonaws.com") with its sourceArn, so the statement says who may call';

describe("Lambda permissions", () => {
    const cases: Array<[string, Props, string[], string[]]> = [
        // [title, props, resource-policy-not-public, lambda-permission-source-restricted]
        ["EventBridge with its rule (the happy input)", permission({ sourceArn: "arn:aws:events:us-east-1:111111111111:rule/orders" }), [], []],
        ['principal "*" alone', permission({ principal: "*" }), [EVERYONE("*")], []],
        ['principal "arn:aws:iam::*:root"', permission({ principal: "arn:aws:iam::*:root" }), [EVERYONE("arn:aws:iam::*:root")], []],
        ['principal "*" with a sourceArn in any account', permission({ principal: "*", sourceArn: "arn:aws:events:us-east-1:*:rule/x" }), [EVERYONE("*")], []],
        ['principal "*" within an organization (the Lambda guide\'s example)', permission({ principal: "*", principalOrgId: "o-a1b2c3d4e5f" }), [], []],
        ['checkov CKV_AWS_301 fail: principal "*" with an EventBridge rule', permission({ principal: "*", sourceArn: "arn:aws:events:eu-west-1:111122223333:rule/RunDaily" }),
            [], [NAME_SERVICE]],
        ["checkov CKV_AWS_301 pass: a role of another account", permission({ principal: "arn:aws:iam::444455556666:role/example", sourceArn: "arn:aws:events:eu-west-1:111122223333:rule/RunDaily" }),
            [], []],
        ["Amazon S3 with bucket and account", permission({ principal: "s3.amazonaws.com", sourceArn: "arn:aws:s3:::my-bucket-123456", sourceAccount: "123456789012" }), [], []],
        ["Amazon S3 with the bucket only (FSBP Lambda.1 fails it)", permission({ principal: "s3.amazonaws.com", sourceArn: "arn:aws:s3:::my-bucket-123456" }), [S3], []],
        ["Amazon S3 with nothing", permission({ principal: "s3.amazonaws.com" }), [S3], []],
        ["Amazon S3, the account unknown at preview", permission({ principal: "s3.amazonaws.com", sourceAccount: UNKNOWN }), [], []],
        ["checkov CKV_AWS_364 fail: API Gateway with no source", permission({ principal: "apigateway.amazonaws.com" }), [], [NO_SOURCE("apigateway.amazonaws.com")]],
        ["checkov CKV_AWS_364 pass: API Gateway with its execution ARN", permission({ principal: "apigateway.amazonaws.com",
            sourceArn: "arn:aws:execute-api:us-east-1:111122223333:abc123/*/*/*" }), [], []],
        ["checkov CKV_AWS_364 pass: API Gateway with a source account", permission({ principal: "apigateway.amazonaws.com", sourceAccount: "901234678" }), [], []],
        ["checkov CKV_AWS_364 unknown: an account id as principal", permission({ principal: "901234678" }), [], []],
        ["API Gateway with an execution ARN in any account", permission({ principal: "apigateway.amazonaws.com", sourceArn: "arn:aws:execute-api:us-east-1:*:abc123/*" }),
            [], [LOOSE_ARN("arn:aws:execute-api:us-east-1:*:abc123/*", "apigateway.amazonaws.com")]],
        ["SNS with no source", permission({ principal: "sns.amazonaws.com" }), [], [NO_SOURCE("sns.amazonaws.com")]],
        ["Alexa with its skill token", permission({ principal: "alexa-appkit.amazon.com", eventSourceToken: "amzn1.ask.skill.1" }), [], []],
        ["Alexa without one", permission({ principal: "alexa-appkit.amazon.com" }), [], [NO_SOURCE("alexa-appkit.amazon.com")]],
        ["the source unknown at preview", permission({ principal: "sns.amazonaws.com", sourceArn: UNKNOWN }), [], []],
        ["the principal unknown", permission({ principal: UNKNOWN }), [], []],
    ];
    for (const [title, props, mandatory, advisory] of cases) {
        it(title, () => {
            assert.deepStrictEqual(notPublic.check(PERMISSION, props), mandatory, "resource-policy-not-public");
            assert.deepStrictEqual(sourceRestricted.check(PERMISSION, props), advisory, "lambda-permission-source-restricted");
        });
    }
});

describe("Lambda permission edges", () => {
    it("trims the principal, and an empty organization id limits nothing", () => {
        assert.deepStrictEqual(notPublic.check(PERMISSION, permission({ principal: " * " })), [EVERYONE("*")]);
        assert.deepStrictEqual(notPublic.check(PERMISSION, permission({ principal: "*", principalOrgId: "" })), [EVERYONE("*")]);
        assert.deepStrictEqual(notPublic.check(PERMISSION, permission({ principal: "*", sourceAccount: "1111*" })), [EVERYONE("*")]);
        assert.deepStrictEqual(notPublic.check(PERMISSION, permission({ principal: "*", sourceAccount: " 111122223333 " })), []);
    });

    it("a function URL's authorization type in any case and spacing", () => {
        const URL = "aws:lambda/functionUrl:FunctionUrl";
        assert.strictEqual(notPublic.check(URL, { functionName: "f", authorizationType: " none " }).length, 1);
        assert.deepStrictEqual(notPublic.check(URL, { functionName: "f", authorizationType: "aws_iam" }), []);
    });

    it("declares lambda-permission-source-restricted", () => {
        assert.deepStrictEqual([sourceRestricted.metadata.name, sourceRestricted.metadata.enforcementLevel, sourceRestricted.metadata.severity, sourceRestricted.metadata.tags,
            sourceRestricted.metadata.resourceTypes], ["lambda-permission-source-restricted", "advisory", "medium", ["foundation:least-privilege"], [PERMISSION]]);
        assert.match(sourceRestricted.metadata.description, /sourceArn or sourceAccount/);
    });
});
