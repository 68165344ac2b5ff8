import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition } from "../../../policy/policies/cross-service/resource-policy-not-public";
import { happy, resourcePolicy } from "../factories";

const T = {
    bucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
    topicPolicy: "aws:sns/topicPolicy:TopicPolicy",
    queue: "aws:sqs/queue:Queue",
    key: "aws:kms/key:Key",
    repositoryPolicy: "aws:ecr/repositoryPolicy:RepositoryPolicy",
    secretPolicy: "aws:secretsmanager/secretPolicy:SecretPolicy",
    permission: "aws:lambda/permission:Permission",
    url: "aws:lambda/functionUrl:FunctionUrl",
};
const SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const PUBLIC = (statement: string, controls: string, what: string) =>
    `policy.${statement} allows everyone ("*") with no condition that limits it to your accounts, organization, sources or networks (${controls}): ` +
    `${what}; name the principals, or add a condition such as aws:PrincipalOrgID or aws:SourceArn`;
const BUCKET = "anyone on the internet can use the bucket as the statement allows (a website is better served through CloudFront with origin access control; " +
    "a bucket that must stay public is exempted by name in this policy's config, with a justification)";
const withPolicy = (type: string, doc: unknown) => ({ ...happy[type]!(), policy: JSON.stringify(doc) });

describe("policy resource-policy-not-public", () => {
    it("every happy resource policy is private: named principals, services with a source, everyone limited by organization or account", () => {
        for (const type of definition.metadata.resourceTypes) assert.deepStrictEqual(definition.check(type, happy[type]!()), [], type);
    });

    const cases: Array<[string, string, unknown, string[]]> = [
        ["a public-read bucket policy", T.bucketPolicy, resourcePolicy("*", "s3:GetObject"),
            [PUBLIC('Statement[0] (Sid "Owner")', "FSBP S3.2, S3.3", BUCKET)]],
        ['{ AWS: "*" } on a topic', T.topicPolicy, resourcePolicy({ AWS: "*" }, "sns:Subscribe"),
            [PUBLIC('Statement[0] (Sid "Owner")', "FSBP SNS.4", "anyone can use the topic as the statement allows")]],
        ["a wildcard condition value does not limit", T.queue, resourcePolicy("*", "sqs:SendMessage", { StringLike: { "aws:SourceArn": "*" } }),
            [PUBLIC('Statement[0] (Sid "Owner")', "FSBP SQS.3", "anyone can use the queue as the statement allows")]],
        ["a condition on something else does not limit", T.key, resourcePolicy("*", "kms:Decrypt", { Bool: { "aws:SecureTransport": "true" } }),
            [PUBLIC('Statement[0] (Sid "Owner")', "FSBP KMS.5", "any AWS account can use the key as the statement allows")]],
        ["limited to a source IP range", T.bucketPolicy, resourcePolicy("*", "s3:GetObject", { IpAddress: { "aws:SourceIp": "192.0.2.0/24" } }), []],
        ["an IP condition of 0.0.0.0/0 does not limit", T.bucketPolicy, resourcePolicy("*", "s3:GetObject", { IpAddress: { "aws:SourceIp": "0.0.0.0/0" } }),
            [PUBLIC('Statement[0] (Sid "Owner")', "FSBP S3.2, S3.3", BUCKET)]],
        ["limited to an organization (unknown id at preview)", T.repositoryPolicy, resourcePolicy("*", "ecr:BatchGetImage", { StringEquals: { "aws:PrincipalOrgID": SENTINEL } }), []],
        ["everyone denied is not public", T.secretPolicy, { Statement: [{ Effect: "Deny", Principal: "*", Action: "*", Resource: "*" }] }, []],
        ["condition unknown", T.secretPolicy, resourcePolicy("*", "secretsmanager:GetSecretValue", SENTINEL), []],
    ];
    for (const [title, type, doc, expected] of cases) {
        it(title, () => assert.deepStrictEqual(definition.check(type, withPolicy(type, doc)), expected));
    }

    describe("Lambda", () => {
        const INVOKE = 'principal "*" with no sourceArn, sourceAccount or principalOrgId (FSBP Lambda.1): anyone can invoke the function; ' +
            "name the service principal and its sourceArn, or the accounts that may call it";
        const URL = 'authorizationType must be "AWS_IAM" (FSBP Lambda.1): with "NONE" anyone on the internet can call the function URL; ' +
            "require IAM auth, or put the function behind API Gateway or CloudFront with authentication and exempt this URL with a justification";
        const permission = (change: Record<string, unknown>) => definition.check(T.permission, { ...happy[T.permission]!(), ...change });
        it("a permission for everyone", () => assert.deepStrictEqual(permission({ principal: "*", sourceArn: undefined }), [INVOKE]));
        it("a permission for everyone from one account or source", () => {
            assert.deepStrictEqual(permission({ principal: "*", sourceArn: undefined, sourceAccount: "111111111111" }), []);
            assert.deepStrictEqual(permission({ principal: "*" }), []);
            assert.deepStrictEqual(permission({ principal: "*", sourceArn: UNKNOWN }), []);
        });
        it("a function URL without auth", () => assert.deepStrictEqual(definition.check(T.url, { ...happy[T.url]!(), authorizationType: "NONE" }), [URL]));
        it("a function URL with auth unknown", () => assert.deepStrictEqual(definition.check(T.url, { ...happy[T.url]!(), authorizationType: UNKNOWN }), []));
    });
});
