/**
 * resource-policy-not-public on the other services' resource policies (SNS, SQS, ECR, Secrets
 * Manager, EFS, Backup, EventBridge, Kinesis, DynamoDB), the public-access readers it shares with
 * iam-role-trust-restricted and cloudtrail-bucket-not-public, and checkov CKV_AWS_169 (SNS) and
 * CKV_AWS_168 (SQS) cases converted to @pulumi/aws v7 inputs.
 */
import * as assert from "assert";
import { UNKNOWN, fixedArn, fixedCidr, parsePolicyDocument, publicStatements } from "../../../policy/lib";
import { definition } from "../../../policy/policies/cross-service/resource-policy-not-public";
import { happy } from "../factories";

const SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const PUBLIC = (statement: string, controls: string, what: string) =>
    `policy.${statement} allows everyone ("*") with no condition that limits it to your accounts, organization, sources or networks (${controls}): ` +
    `${what}; name the principals, or add a condition such as aws:PrincipalOrgID or aws:SourceArn`;
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const stmt = (Principal: unknown, Action: string, extra: Record<string, unknown> = {}) => ({ Effect: "Allow", Principal, Action, Resource: "*", ...extra });
const check = (type: string, policy: string) => definition.check(type, { ...happy[type]!(), policy });

const TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy";
const QUEUE_POLICY = "aws:sqs/queuePolicy:QueuePolicy";
const QUEUE = "aws:sqs/queue:Queue";
const TOPIC = (s: string) => PUBLIC(s, "FSBP SNS.4", "anyone can use the topic as the statement allows");
const QUEUE_MSG = (s: string) => PUBLIC(s, "FSBP SQS.3", "anyone can use the queue as the statement allows");

describe("policy resource-policy-not-public: SNS and SQS (checkov CKV_AWS_169, CKV_AWS_168)", () => {
    const sns: Array<[string, string, string[]]> = [
        ['sns_tp1 (pass): Deny "*"', doc({ ...stmt("*", "SNS:Publish"), Effect: "Deny" }), []],
        ["sns_tp6 (pass): one role", doc(stmt("arn:aws:iam::123456789101:role/sns", "SNS:Publish")), []],
        ['sns_pass_condition (pass): [role, "*"] limited to the account', doc(stmt({ AWS: ["arn:aws:iam::123456789101:role/sns", "*"] }, "SNS:Publish",
            { Condition: { StringEquals: { "aws:SourceAccount": "123456789101" } } })), []],
        ['sns_tp2 (fail): [role, "*"]', doc(stmt({ AWS: ["arn:aws:iam::123456789101:role/sns", "*"] }, "SNS:Publish")), [TOPIC("Statement[0]")]],
        ["sns_tp3 (fail): a role name in any account", doc(stmt({ AWS: "arn:aws:iam::*:role/sns" }, "SNS:Publish")), [TOPIC("Statement[0]")]],
        ['sns_tp4 (fail): { AWS: "*" }', doc(stmt({ AWS: "*" }, "SNS:Publish")), [TOPIC("Statement[0]")]],
        ['sns_tp5 (fail): "*"', doc(stmt("*", "SNS:Publish")), [TOPIC("Statement[0]")]],
        ["sns_tp_unknown: a malformed condition limits nothing, but the statement is a Deny", doc({ ...stmt("*", "SNS:Publish"), Effect: "Deny",
            Condition: { StringEquals: "AWS:SourceOwner" } }), []],
        ["AWS:SourceOwner in upper case, as SNS's own examples write it", doc(stmt("*", "SNS:Publish", { Condition: { StringEquals: { "AWS:SourceOwner": "123456789101" } } })), []],
    ];
    for (const [title, policy, expected] of sns) it(`topic policy ${title}`, () => assert.deepStrictEqual(check(TOPIC_POLICY, policy), expected));

    const sqs: Array<[string, string, string[]]> = [
        ['q1 (pass): Deny "*"', doc({ ...stmt("*", "sqs:SendMessage"), Effect: "Deny" }), []],
        ['q2 (fail): [role, "*"]', doc(stmt({ AWS: ["arn:aws:iam::123456789101:role/sqs", "*"] }, "sqs:SendMessage")), [QUEUE_MSG("Statement[0]")]],
        ["q3 (fail): a role name in any account", doc(stmt({ AWS: "arn:aws:iam::*:role/sqs" }, "sqs:SendMessage")), [QUEUE_MSG("Statement[0]")]],
        ['q5 (fail): "*"', doc(stmt("*", "sqs:SendMessage")), [QUEUE_MSG("Statement[0]")]],
        ["q6 (pass): one role", doc(stmt("arn:aws:iam::123456789101:role/sqs", "sqs:SendMessage")), []],
        ["aq8 (pass): aws:SourceArn unknown at preview", doc(stmt("*", "sqs:SendMessage", { Condition: { ArnEquals: { "aws:SourceArn": SENTINEL } } })), []],
        ["aws:SourceArn of a topic in any account limits nothing", doc(stmt("*", "sqs:SendMessage", { Condition: { ArnLike: { "aws:SourceArn": "arn:aws:sns:*:*:orders" } } })),
            [QUEUE_MSG("Statement[0]")]],
    ];
    for (const [title, policy, expected] of sqs) {
        it(`queue policy ${title}`, () => assert.deepStrictEqual(check(QUEUE_POLICY, policy), expected));
        it(`queue (inline policy) ${title}`, () => assert.deepStrictEqual(check(QUEUE, policy), expected));
    }
});

describe("policy resource-policy-not-public: the other resource policies it reads", () => {
    const cases: Array<[string, string, string, string[]]> = [
        ["aws:ecr/registryPolicy:RegistryPolicy", "ecr:ReplicateImage", "any AWS account can use the registry as the statement allows", []],
        ["aws:efs/fileSystemPolicy:FileSystemPolicy", "elasticfilesystem:ClientMount", "any AWS account can use the file system as the statement allows", []],
        ["aws:backup/vaultPolicy:VaultPolicy", "backup:CopyIntoBackupVault", "any AWS account can use the backup vault as the statement allows", []],
        ["aws:cloudwatch/eventBusPolicy:EventBusPolicy", "events:PutEvents", "any AWS account can use the event bus as the statement allows", []],
        ["aws:kinesis/resourcePolicy:ResourcePolicy", "kinesis:GetRecords", "any AWS account can use the stream as the statement allows", []],
        ["aws:dynamodb/resourcePolicy:ResourcePolicy", "dynamodb:GetItem", "any AWS account can use the table as the statement allows", []],
        ["aws:ecr/repositoryPolicy:RepositoryPolicy", "ecr:BatchGetImage", "any AWS account can use the repository as the statement allows", []],
        ["aws:secretsmanager/secretPolicy:SecretPolicy", "secretsmanager:GetSecretValue", "any AWS account can use the secret as the statement allows", []],
    ];
    for (const [type, action, what] of cases) {
        it(`${type}: "*" is public, "*" within the organization is not`, () => {
            assert.deepStrictEqual(check(type, doc(stmt("*", action))), [PUBLIC("Statement[0]", "foundation least-privilege", what)]);
            assert.deepStrictEqual(check(type, doc(stmt("*", action, { Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } } }))), []);
        });
    }

    it("EFS: only through the mount targets (elasticfilesystem:AccessedViaMountTarget true) is not public; false or a string operator is", () => {
        const type = "aws:efs/fileSystemPolicy:FileSystemPolicy";
        const what = "any AWS account can use the file system as the statement allows";
        const mount = (Condition: unknown) => doc(stmt({ AWS: "*" }, "elasticfilesystem:ClientMount", { Condition }));
        assert.deepStrictEqual(check(type, mount({ Bool: { "elasticfilesystem:AccessedViaMountTarget": "true" } })), []);
        assert.deepStrictEqual(check(type, mount({ Bool: { "elasticfilesystem:AccessedViaMountTarget": true } })), []);
        assert.deepStrictEqual(check(type, mount({ Bool: { "elasticfilesystem:AccessedViaMountTarget": "false" } })), [PUBLIC("Statement[0]", "foundation least-privilege", what)]);
        assert.deepStrictEqual(check(type, mount({ StringEquals: { "elasticfilesystem:AccessedViaMountTarget": "true" } })),
            [PUBLIC("Statement[0]", "foundation least-privilege", what)]);
        assert.deepStrictEqual(check(type, mount({ Bool: { "aws:SecureTransport": "true" } })), [PUBLIC("Statement[0]", "foundation least-privilege", what)]);
    });
});

describe("public-access readers", () => {
    it("fixedArn: the account is fixed, or (S3) the name does not start with a wildcard", () => {
        const cases: Array<[string, boolean]> = [
            ["arn:aws:iam::111122223333:role/admin", true], ["arn:aws:iam::*:role/admin", false], ["arn:aws:iam::*", false], ["arn:aws:iam::111?:root", false],
            ["arn:aws:s3:::my-bucket", true], ["arn:aws:s3:::*", false], ["arn:aws:s3:::${aws:username}", false], ["arn:*:iam::111122223333:root", false],
            ["arn:aws:cloudtrail:*:111122223333:trail/*", true], ["arn:aws:sns:us-east-1:${aws:PrincipalAccount}:t", false], ["not-an-arn", false], ["arn:aws:iam", false],
            ["xarn:aws:iam::111122223333:role/a", false], ["arn:aws::us-east-1:111122223333:x", false], ["arn:aws:s3:::", false], ["arn:aws:s3:::my-bucket/*", true],
            ["arn:aws:s3:::my-bucket:x", true], ["arn:aws:s*:::bucket", false],
        ];
        for (const [arn, expected] of cases) assert.strictEqual(fixedArn(arn), expected, arn);
    });

    it("fixedCidr: no broader than /8 (IPv4) or /32 (IPv6), private ranges always", () => {
        const cases: Array<[string, boolean]> = [
            ["0.0.0.0/0", false], ["0.0.0.0/1", false], ["12.0.0.0/8", true], ["192.0.2.10", true], ["10.0.0.0/8", true], ["192.168.0.0/16", true],
            ["::/0", false], ["2001:db8::/32", true], ["2001:db8::/31", false], ["*", false], ["10.0.0.0/x", false], ["", false], ["/8", false], ["2001:db8::1", true],
            ["10.0.0.0/7", false], ["172.16.0.0/12", true],
        ];
        for (const [cidr, expected] of cases) assert.strictEqual(fixedCidr(cidr), expected, cidr);
    });

    it("publicStatements: each value of a restricting key must be fixed, unknown counts as fixed, and an unknown condition skips the statement", () => {
        const statements = (Condition: unknown) => publicStatements(parsePolicyDocument({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Condition }] }));
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": ["111122223333", "*"] } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": ["111122223333", UNKNOWN] } }), []);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": [] } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": "" } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:userid": "" } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": 111122223333 } }), []);
        assert.deepStrictEqual(statements({ StringEquals: UNKNOWN }), []);
        assert.deepStrictEqual(statements(UNKNOWN), []);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": null } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringNotEquals: { "aws:SourceAccount": "111122223333" } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": "111122223333" }, Bool: { "aws:SecureTransport": "true" } }), []);
        assert.deepStrictEqual(statements({ StringEqualsIgnoreCase: { "AWS:SOURCEACCOUNT": "111122223333" } }), []);
        assert.deepStrictEqual(statements({ StringEquals: { "s3:x-amz-server-side-encryption-aws-kms-key-id": "arn:aws:kms:us-east-1:111122223333:key/1" } }), []);
        // aws:userid: one role's sessions ("AROAEXAMPLE:*") are fixed, a wildcard role id is not
        assert.deepStrictEqual(statements({ StringLike: { "aws:userid": "AROAEXAMPLEID:*" } }), []);
        assert.deepStrictEqual(statements({ StringLike: { "aws:userid": "*:alice" } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringLike: { "aws:userid": "AROA*:alice" } }), ["Statement[0]"]);
        // organization paths: the organization id must be fixed
        assert.deepStrictEqual(statements({ "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-abc123/r-ab12/ou-ab12-11111111/*" } }), []);
        assert.deepStrictEqual(statements({ "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-*/*" } }), ["Statement[0]"]);
        // a key that is not a restricting one, whatever its value
        assert.deepStrictEqual(statements({ StringEquals: { "aws:RequestedRegion": "us-east-1" } }), ["Statement[0]"]);
        // Bool only for the boolean key, string operators only for the others
        assert.deepStrictEqual(statements({ Bool: { "aws:SourceAccount": "111122223333" } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ Bool: { "elasticfilesystem:AccessedViaMountTarget": "TRUE" } }), []);
        // a condition block that is not an object of tests
        assert.deepStrictEqual(statements({ StringEquals: ["aws:SourceAccount"] }), ["Statement[0]"]);
    });
});

describe("policy resource-policy-not-public: declaration and inline policies", () => {
    it("declares its name, level, severity, controls and every resource type it reads", () => {
        assert.deepStrictEqual([definition.metadata.name, definition.metadata.enforcementLevel, definition.metadata.severity, definition.metadata.tags],
            ["resource-policy-not-public", "mandatory", "critical", ["fsbp:S3.2", "fsbp:S3.3", "fsbp:SNS.4", "fsbp:SQS.3", "fsbp:KMS.5", "fsbp:Lambda.1"]]);
        assert.deepStrictEqual([...definition.metadata.resourceTypes].sort(), [
            "aws:backup/vaultPolicy:VaultPolicy", "aws:cloudwatch/eventBusPolicy:EventBusPolicy", "aws:dynamodb/resourcePolicy:ResourcePolicy",
            "aws:ecr/registryPolicy:RegistryPolicy", "aws:ecr/repositoryPolicy:RepositoryPolicy", "aws:efs/fileSystemPolicy:FileSystemPolicy",
            "aws:kinesis/resourcePolicy:ResourcePolicy", "aws:kms/externalKey:ExternalKey", "aws:kms/key:Key", "aws:kms/keyPolicy:KeyPolicy",
            "aws:kms/replicaExternalKey:ReplicaExternalKey", "aws:kms/replicaKey:ReplicaKey", "aws:lambda/functionUrl:FunctionUrl",
            "aws:lambda/permission:Permission", "aws:s3/bucket:Bucket", "aws:s3/bucketPolicy:BucketPolicy", "aws:s3/bucketV2:BucketV2",
            "aws:secretsmanager/secret:Secret", "aws:secretsmanager/secretPolicy:SecretPolicy", "aws:sns/topic:Topic", "aws:sns/topicPolicy:TopicPolicy",
            "aws:sqs/queue:Queue", "aws:sqs/queuePolicy:QueuePolicy",
        ]);
        assert.match(definition.metadata.description, /exempted by name in this policy's config/);
    });

    it("reads the inline policy of a topic and of a secret", () => {
        assert.deepStrictEqual(check("aws:sns/topic:Topic", doc(stmt("*", "SNS:Subscribe"))), [TOPIC("Statement[0]")]);
        assert.deepStrictEqual(check("aws:secretsmanager/secret:Secret", doc(stmt({ AWS: "*" }, "secretsmanager:GetSecretValue"))),
            [PUBLIC("Statement[0]", "foundation least-privilege", "any AWS account can use the secret as the statement allows")]);
    });
});
