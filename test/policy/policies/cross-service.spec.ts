/** policy/policies/cross-service/: aws-allowed-regions, resource-policy-not-public. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as regions } from "../../../policy/policies/cross-service/aws-allowed-regions";
import { definition, definition as publicPolicies } from "../../../policy/policies/cross-service/resource-policy-not-public";
import { happy, resourcePolicy } from "../factories";
import { SENTINEL, policyJson, stackResource } from "../samples";

const PUBLIC = (statement: string, controls: string, what: string) =>
    `policy.${statement} allows everyone ("*") with no condition that limits it to your accounts, organization, sources or networks (${controls}): ` +
    `${what}; name the principals, or add a condition such as aws:PrincipalOrgID or aws:SourceArn`;
const stmt = (Principal: unknown, Action: string, extra: Record<string, unknown> = {}) => ({ Effect: "Allow", Principal, Action, Resource: "*", ...extra });
const check = (type: string, policy: string) => definition.check(type, { ...happy[type]!(), policy });

const TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy";
const QUEUE_POLICY = "aws:sqs/queuePolicy:QueuePolicy";
const QUEUE = "aws:sqs/queue:Queue";
const TOPIC = (s: string) => PUBLIC(s, "FSBP SNS.4", "anyone can use the topic as the statement allows");
const QUEUE_MSG = (s: string) => PUBLIC(s, "FSBP SQS.3", "anyone can use the queue as the statement allows");

describe("policy resource-policy-not-public: SNS and SQS (checkov CKV_AWS_169, CKV_AWS_168)", () => {
    const sns: Array<[string, string, string[]]> = [
        ['sns_tp1 (pass): Deny "*"', policyJson({ ...stmt("*", "SNS:Publish"), Effect: "Deny" }), []],
        ["sns_tp6 (pass): one role", policyJson(stmt("arn:aws:iam::123456789101:role/sns", "SNS:Publish")), []],
        ['sns_pass_condition (pass): [role, "*"] limited to the account', policyJson(stmt({ AWS: ["arn:aws:iam::123456789101:role/sns", "*"] }, "SNS:Publish",
            { Condition: { StringEquals: { "aws:SourceAccount": "123456789101" } } })), []],
        ['sns_tp2 (fail): [role, "*"]', policyJson(stmt({ AWS: ["arn:aws:iam::123456789101:role/sns", "*"] }, "SNS:Publish")), [TOPIC("Statement[0]")]],
        ["sns_tp3 (fail): a role name in any account", policyJson(stmt({ AWS: "arn:aws:iam::*:role/sns" }, "SNS:Publish")), [TOPIC("Statement[0]")]],
        ['sns_tp4 (fail): { AWS: "*" }', policyJson(stmt({ AWS: "*" }, "SNS:Publish")), [TOPIC("Statement[0]")]],
        ['sns_tp5 (fail): "*"', policyJson(stmt("*", "SNS:Publish")), [TOPIC("Statement[0]")]],
        ["sns_tp_unknown: a malformed condition limits nothing, but the statement is a Deny", policyJson({ ...stmt("*", "SNS:Publish"), Effect: "Deny",
            Condition: { StringEquals: "AWS:SourceOwner" } }), []],
        ["AWS:SourceOwner in upper case, as SNS's own examples write it", policyJson(stmt("*", "SNS:Publish", { Condition: { StringEquals: { "AWS:SourceOwner": "123456789101" } } })), []],
    ];
    for (const [title, policy, expected] of sns) it(`topic policy ${title}`, () => assert.deepStrictEqual(check(TOPIC_POLICY, policy), expected));

    const sqs: Array<[string, string, string[]]> = [
        ['q1 (pass): Deny "*"', policyJson({ ...stmt("*", "sqs:SendMessage"), Effect: "Deny" }), []],
        ['q2 (fail): [role, "*"]', policyJson(stmt({ AWS: ["arn:aws:iam::123456789101:role/sqs", "*"] }, "sqs:SendMessage")), [QUEUE_MSG("Statement[0]")]],
        ["q3 (fail): a role name in any account", policyJson(stmt({ AWS: "arn:aws:iam::*:role/sqs" }, "sqs:SendMessage")), [QUEUE_MSG("Statement[0]")]],
        ['q5 (fail): "*"', policyJson(stmt("*", "sqs:SendMessage")), [QUEUE_MSG("Statement[0]")]],
        ["q6 (pass): one role", policyJson(stmt("arn:aws:iam::123456789101:role/sqs", "sqs:SendMessage")), []],
        ["aq8 (pass): aws:SourceArn unknown at preview", policyJson(stmt("*", "sqs:SendMessage", { Condition: { ArnEquals: { "aws:SourceArn": SENTINEL } } })), []],
        ["aws:SourceArn of a topic in any account limits nothing", policyJson(stmt("*", "sqs:SendMessage", { Condition: { ArnLike: { "aws:SourceArn": "arn:aws:sns:*:*:orders" } } })),
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
            assert.deepStrictEqual(check(type, policyJson(stmt("*", action))), [PUBLIC("Statement[0]", "foundation least-privilege", what)]);
            assert.deepStrictEqual(check(type, policyJson(stmt("*", action, { Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } } }))), []);
        });
    }

    it("EFS: only through the mount targets (elasticfilesystem:AccessedViaMountTarget true) is not public; false or a string operator is", () => {
        const type = "aws:efs/fileSystemPolicy:FileSystemPolicy";
        const what = "any AWS account can use the file system as the statement allows";
        const mount = (Condition: unknown) => policyJson(stmt({ AWS: "*" }, "elasticfilesystem:ClientMount", { Condition }));
        assert.deepStrictEqual(check(type, mount({ Bool: { "elasticfilesystem:AccessedViaMountTarget": "true" } })), []);
        assert.deepStrictEqual(check(type, mount({ Bool: { "elasticfilesystem:AccessedViaMountTarget": true } })), []);
        assert.deepStrictEqual(check(type, mount({ Bool: { "elasticfilesystem:AccessedViaMountTarget": "false" } })), [PUBLIC("Statement[0]", "foundation least-privilege", what)]);
        assert.deepStrictEqual(check(type, mount({ StringEquals: { "elasticfilesystem:AccessedViaMountTarget": "true" } })),
            [PUBLIC("Statement[0]", "foundation least-privilege", what)]);
        assert.deepStrictEqual(check(type, mount({ Bool: { "aws:SecureTransport": "true" } })), [PUBLIC("Statement[0]", "foundation least-privilege", what)]);
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
        assert.deepStrictEqual(check("aws:sns/topic:Topic", policyJson(stmt("*", "SNS:Subscribe"))), [TOPIC("Statement[0]")]);
        assert.deepStrictEqual(check("aws:secretsmanager/secret:Secret", policyJson(stmt({ AWS: "*" }, "secretsmanager:GetSecretValue"))),
            [PUBLIC("Statement[0]", "foundation least-privilege", "any AWS account can use the secret as the statement allows")]);
    });
});

const KEY = "aws:kms/key:Key";
const KEY_POLICY = "aws:kms/keyPolicy:KeyPolicy";
const PUBLIC_KEY = (statement: string) =>
    `policy.${statement} allows everyone ("*") with no condition that limits it to your accounts, organization, sources or networks (FSBP KMS.5): ` +
    "any AWS account can use the key as the statement allows; name the principals, or add a condition such as aws:PrincipalOrgID or aws:SourceArn";
const account = { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" };
const statement = (Principal: unknown, extra: Record<string, unknown> = {}) => ({ Effect: "Allow", Principal, Action: "kms:*", Resource: "*", ...extra });

describe("policy resource-policy-not-public: KMS key policies", () => {
    const cases: Array<[string, string, string[]]> = [
        // checkov CKV_AWS_33 (KMSKeyWildcardPrincipal) failing cases
        ['fail_0: { AWS: "*" } next to the account', policyJson(account, statement({ AWS: "*" })), [PUBLIC_KEY("Statement[1]")]],
        // fail_1 and fail_3 (Principal ["foo", "*"], a bare list) are not read: IAM accepts only a string or an object there, so KMS refuses the
        // document (MalformedPolicyDocument) and the key is never created with it.
        ['fail_1: Principal ["foo", "*"] (a bare list, which KMS refuses)', policyJson(statement(["foo", "*"])), []],
        ['fail_2: Principal "*"', policyJson(statement("*")), [PUBLIC_KEY("Statement[0]")]],
        ['fail_4: { AWS: [account, "*"] }', policyJson(account, statement({ AWS: ["arn:aws:iam::111122223333:root", "*"] })), [PUBLIC_KEY("Statement[1]")]],
        // other shapes IAM reads as everyone
        ['{ AWS: "arn:aws:iam::*:root" }', policyJson(statement({ AWS: "arn:aws:iam::*:root" })), [PUBLIC_KEY("Statement[0]")]],
        ['{ AWS: " * " } with spaces', policyJson(statement({ AWS: " * " })), [PUBLIC_KEY("Statement[0]")]],
        ["NotPrincipal: everyone but the account", policyJson({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:Decrypt", Resource: "*" }),
            [PUBLIC_KEY("Statement[0]")]],
        ['"*" limited by kms:CallerAccount "*"', policyJson(statement("*", { Condition: { StringLike: { "kms:CallerAccount": "*" } } })), [PUBLIC_KEY("Statement[0]")]],
        ['"*" limited by kms:CallerAccount with IfExists (absent for most requests)', policyJson(statement("*", { Condition: { StringEqualsIfExists: { "kms:CallerAccount": "111122223333" } } })),
            [PUBLIC_KEY("Statement[0]")]],
        // checkov passing cases
        ["pass_0: the account root", policyJson(account), []],
        ['pass_1: Deny { AWS: "*" }', policyJson({ ...statement({ AWS: "*" }), Effect: "Deny" }), []],
        ['pass_2: Principal "foo"', policyJson(statement("foo")), []],
        ['pass_3: Principal ["foo", "bar"]', policyJson(statement(["foo", "bar"])), []],
        ['pass_4: "*" limited to the account (kms:CallerAccount)', policyJson({ ...account, Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } },
            statement({ AWS: "*" }, { Condition: { StringEquals: { "kms:CallerAccount": "111122223333" } } })), []],
        // unknowns at preview
        ["the account id unknown", policyJson(statement({ AWS: "*" }, { Condition: { StringEquals: { "kms:CallerAccount": SENTINEL } } })), []],
        ["a principal unknown", policyJson(statement({ AWS: [SENTINEL] })), []],
    ];
    for (const [title, policy, expected] of cases) {
        it(`aws:kms/key ${title}`, () => assert.deepStrictEqual(definition.check(KEY, { ...happy[KEY]!(), policy }), expected));
        it(`aws:kms/keyPolicy ${title}`, () => assert.deepStrictEqual(definition.check(KEY_POLICY, { ...happy[KEY_POLICY]!(), policy }), expected));
    }

    it("reads the policy of replica and external keys too", () => {
        for (const type of ["aws:kms/replicaKey:ReplicaKey", "aws:kms/externalKey:ExternalKey", "aws:kms/replicaExternalKey:ReplicaExternalKey"]) {
            assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), policy: policyJson(account, statement({ AWS: "*" })) }), [PUBLIC_KEY("Statement[1]")], type);
            assert.deepStrictEqual(definition.check(type, happy[type]!()), [], type);
        }
    });

    it("reads a policy given as an object as well as JSON text", () => {
        assert.deepStrictEqual(definition.check(KEY_POLICY, { keyId: "k", policy: { Statement: statement("*") } }), [PUBLIC_KEY("Statement[0]")]);
    });
});

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
const ANYONE_ON_BUCKET = "anyone on the internet can use the bucket as the statement allows (a website is better served through CloudFront with origin access control; " +
    "a bucket that must stay public is exempted by name in this policy's config, with a justification)";
const withPolicy = (type: string, doc: unknown) => ({ ...happy[type]!(), policy: JSON.stringify(doc) });

describe("policy resource-policy-not-public", () => {
    it("every happy resource policy is private: named principals, services with a source, everyone limited by organization or account", () => {
        for (const type of definition.metadata.resourceTypes) assert.deepStrictEqual(definition.check(type, happy[type]!()), [], type);
    });

    const cases: Array<[string, string, unknown, string[]]> = [
        ["a public-read bucket policy", T.bucketPolicy, resourcePolicy("*", "s3:GetObject"),
            [PUBLIC('Statement[0] (Sid "Owner")', "FSBP S3.2, S3.3", ANYONE_ON_BUCKET)]],
        ['{ AWS: "*" } on a topic', T.topicPolicy, resourcePolicy({ AWS: "*" }, "sns:Subscribe"),
            [PUBLIC('Statement[0] (Sid "Owner")', "FSBP SNS.4", "anyone can use the topic as the statement allows")]],
        ["a wildcard condition value does not limit", T.queue, resourcePolicy("*", "sqs:SendMessage", { StringLike: { "aws:SourceArn": "*" } }),
            [PUBLIC('Statement[0] (Sid "Owner")', "FSBP SQS.3", "anyone can use the queue as the statement allows")]],
        ["a condition on something else does not limit", T.key, resourcePolicy("*", "kms:Decrypt", { Bool: { "aws:SecureTransport": "true" } }),
            [PUBLIC('Statement[0] (Sid "Owner")', "FSBP KMS.5", "any AWS account can use the key as the statement allows")]],
        ["limited to a source IP range", T.bucketPolicy, resourcePolicy("*", "s3:GetObject", { IpAddress: { "aws:SourceIp": "192.0.2.0/24" } }), []],
        ["an IP condition of 0.0.0.0/0 does not limit", T.bucketPolicy, resourcePolicy("*", "s3:GetObject", { IpAddress: { "aws:SourceIp": "0.0.0.0/0" } }),
            [PUBLIC('Statement[0] (Sid "Owner")', "FSBP S3.2, S3.3", ANYONE_ON_BUCKET)]],
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

describe("review regressions", () => {
    it("resource-policy-not-public: Allow with NotPrincipal grants everyone else", () => {
        assert.strictEqual(publicPolicies.check("aws:s3/bucketPolicy:BucketPolicy", { bucket: "b",
            policy: policyJson({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::111111111111:root" }, Action: "s3:GetObject", Resource: "*" }) }).length, 1);
    });
});

const BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const BUCKET = "aws:s3/bucket:Bucket";
const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
const PUBLIC_BUCKET = (statement: string) =>
    `policy.${statement} allows everyone ("*") with no condition that limits it to your accounts, organization, sources or networks (FSBP S3.2, S3.3): ` +
    "anyone on the internet can use the bucket as the statement allows (a website is better served through CloudFront with origin access control; " +
    "a bucket that must stay public is exempted by name in this policy's config, with a justification); name the principals, or add a condition such as " +
    "aws:PrincipalOrgID or aws:SourceArn";
const read = (Principal: unknown, Condition?: unknown) => ({
    Sid: "Read", Effect: "Allow", Principal, Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket/*", ...(Condition !== undefined && { Condition }),
});
const R = 'Statement[0] (Sid "Read")';

describe("policy resource-policy-not-public: S3 bucket policies", () => {
    const cases: Array<[string, string, string[]]> = [
        // delegation to access points, as the S3 user guide recommends
        ["delegated to the owner's access points (s3:DataAccessPointAccount)", policyJson(read({ AWS: "*" }, { StringEquals: { "s3:DataAccessPointAccount": "111122223333" } })), []],
        ["delegated to any access point of one account (s3:DataAccessPointArn with a wildcard name)",
            policyJson(read({ AWS: "*" }, { StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-west-2:123456789012:accesspoint/*" } })), []],
        ["s3:DataAccessPointArn in any account limits nothing",
            policyJson(read({ AWS: "*" }, { StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-west-2:*:accesspoint/*" } })), [PUBLIC_BUCKET(R)]],
        ["s3:DataAccessPointAccount with a wildcard limits nothing", policyJson(read("*", { StringLike: { "s3:DataAccessPointAccount": "1111*" } })), [PUBLIC_BUCKET(R)]],
        // CIDRs, as S3 decides it
        ["a /8 range is not public", policyJson(read("*", { IpAddress: { "aws:SourceIp": "11.0.0.0/8" } })), []],
        ["a /7 range is public", policyJson(read("*", { IpAddress: { "aws:SourceIp": "10.0.0.0/7" } })), [PUBLIC_BUCKET(R)]],
        ["the private 172.16.0.0/12", policyJson(read("*", { IpAddress: { "aws:SourceIp": "172.16.0.0/12" } })), []],
        ["a single address", policyJson(read("*", { IpAddress: { "aws:SourceIp": "203.0.113.7" } })), []],
        ["an IPv6 /32 is not public, a /16 is", policyJson(read("*", { IpAddress: { "aws:SourceIp": ["2001:db8::/32", "2001::/16"] } })), [PUBLIC_BUCKET(R)]],
        ["NotIpAddress limits nothing", policyJson(read("*", { NotIpAddress: { "aws:SourceIp": "192.0.2.0/24" } })), [PUBLIC_BUCKET(R)]],
        // wildcard conditions hiding a public principal
        ["ArnLike aws:PrincipalArn arn:aws:iam::* (checkov fail_w_condition)", policyJson(read({ AWS: "*" }, { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } })), [PUBLIC_BUCKET(R)]],
        ["ArnEquals aws:PrincipalArn of a role name in any account", policyJson(read("*", { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::*:role/admin" } })), [PUBLIC_BUCKET(R)]],
        ["StringLike aws:PrincipalAccount *", policyJson(read("*", { StringLike: { "aws:PrincipalAccount": "*" } })), [PUBLIC_BUCKET(R)]],
        ["ForAllValues:StringEquals (true when the key is absent)", policyJson(read("*", { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-abc" } })), [PUBLIC_BUCKET(R)]],
        ["ForAnyValue:StringEquals aws:PrincipalOrgPaths with a fixed organization", policyJson(read("*", { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-abc123/*" } })), []],
        ["a policy variable is not a fixed value", policyJson(read("*", { StringEquals: { "aws:SourceAccount": "${aws:PrincipalAccount}" } })), [PUBLIC_BUCKET(R)]],
        ["a public web identity provider is everyone (the S3 guide's first public example)", policyJson(read({ Federated: "graph.facebook.com" })), [PUBLIC_BUCKET(R)]],
        ["a SAML provider of the account is not", policyJson(read({ Federated: "arn:aws:iam::111122223333:saml-provider/corp" })), []],
        // checkov CKV_AWS_70 cases
        ['fail3: { AWS: "*" }', policyJson(read({ AWS: "*" })), [PUBLIC_BUCKET(R)]],
        ['fail2: { AWS: ["*"] }', policyJson(read({ AWS: ["*"] })), [PUBLIC_BUCKET(R)]],
        ['fail: "*"', policyJson(read("*")), [PUBLIC_BUCKET(R)]],
        ["pass: one account", policyJson(read({ AWS: "arn:aws:iam::123456789012:root" })), []],
        ['pass2: Deny "*"', policyJson({ ...read("*"), Effect: "Deny" }), []],
        ["pass_w_condition: aws:PrincipalArn of one user", policyJson(read({ AWS: "*" }, { StringEquals: { "aws:PrincipalArn": "arn:aws:iam::12345555555555:user/username" } })), []],
        ["pass_w_condition4: aws:sourceVpce (lower case)", policyJson(read("*", { StringEquals: { "aws:sourceVpce": "vpce-123abc456def7890g" } })), []],
        ["pass_w_condition5: CloudTrail trails of one account (aws:SourceArn)", policyJson(read("*", { ArnLike: { "aws:SourceArn": "arn:aws:cloudtrail:*:111122223333:trail/*" } })), []],
        ["pass_w_condition6: a fixed aws:userid", policyJson(read("*", { StringLike: { "aws:PrincipalOrgPath": "arn:aws:organizations::*:organization/123456789012*",
            "aws:userid": "AROAEXAMPLE1234567890123456789" } })), []],
        ["vpce_account_condition: aws:VpceAccount", policyJson(read("*", { StringEquals: { "aws:VpceAccount": "123456789012" } })), []],
        ["json: the principal unknown at preview", policyJson(read({ AWS: SENTINEL })), []],
    ];
    for (const [title, policy, expected] of cases) {
        it(title, () => assert.deepStrictEqual(definition.check(BUCKET_POLICY, { ...happy[BUCKET_POLICY]!(), policy }), expected));
    }

    it("judges the deprecated policy input of aws.s3.Bucket and BucketV2 like a BucketPolicy", () => {
        for (const type of [BUCKET, BUCKET_V2]) {
            assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), policy: policyJson(read("*")) }), [PUBLIC_BUCKET(R)], type);
            assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), policy: policyJson(read("*", { StringEquals: { "aws:SourceAccount": "111122223333" } })) }), [], type);
            assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), policy: SENTINEL }), [], type);
        }
    });

    it("a bucket that must be public (a static website) is exempted by name, with a justification", () => {
        const props = { ...happy[BUCKET_POLICY]!(), policy: policyJson(read("*")) };
        const exemptions = [{ match: "site-bucket-policy", justification: "public static website, no private objects, reviewed 2026-12" }];
        assert.deepStrictEqual(definition.check(BUCKET_POLICY, props, { exemptions }, "site-bucket-policy"), []);
        assert.deepStrictEqual(definition.check(BUCKET_POLICY, props, { exemptions }, "data-bucket-policy"), [PUBLIC_BUCKET(R)]);
    });
});

describe("policy aws-allowed-regions (stack)", () => {
    const provider = (name: string, region: unknown) => stackResource("pulumi:providers:aws", name, { region });
    const config = { allowedRegions: ["us-east-1", "eu-west-1"] };
    const OUTSIDE = (region: string) => `region "${region}" is not one of the allowed regions us-east-1, eu-west-1 (foundation guardrails): the organization's ` +
        "region guardrail denies it, so the deployment would fail half-way; use an allowed region, or add it to foundation:organization.allowedRegions and to this policy's allowedRegions";
    it("reports providers and per-resource region overrides outside the list", () => {
        const tokyo = provider("tokyo", "ap-northeast-1");
        const bucket = stackResource("aws:s3/bucket:Bucket", "b", { bucket: "b", region: "sa-east-1" });
        assert.deepStrictEqual(regions.check([provider("main", "us-east-1"), tokyo, bucket, stackResource("aws:s3/bucket:Bucket", "c", { region: "eu-west-1" })], config), [
            { urn: tokyo.urn, message: OUTSIDE("ap-northeast-1") },
            { urn: bucket.urn, message: OUTSIDE("sa-east-1") },
        ]);
    });
    it("checks nothing by default, and skips unknown or absent regions", () => {
        assert.deepStrictEqual(regions.check([provider("tokyo", "ap-northeast-1")]), []);
        assert.deepStrictEqual(regions.check([provider("x", UNKNOWN), stackResource("aws:s3/bucket:Bucket", "b", {})], config), []);
    });
});
