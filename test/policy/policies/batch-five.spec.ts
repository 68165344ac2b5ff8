/** s3-bucket-logging-enabled, s3-bucket-ssl-only, ec2-vpc-flow-logs (stack); codebuild-project-no-secrets, ssm-parameter-secrets-encrypted,
 *  eks-cluster-hardened, mq-broker-not-public, dms-replication-instance-not-public; launch configurations in ec2-imdsv2-required. */
import * as assert from "assert";
import { StackResource, UNKNOWN } from "../../../policy/lib";
import { definition as codebuild } from "../../../policy/policies/codebuild/codebuild-project-no-secrets";
import { definition as dms } from "../../../policy/policies/dms/dms-replication-instance-not-public";
import { definition as imds } from "../../../policy/policies/ec2/ec2-imdsv2-required";
import { definition as flowLogs } from "../../../policy/policies/ec2/ec2-vpc-flow-logs";
import { definition as eks } from "../../../policy/policies/eks/eks-cluster-hardened";
import { definition as mq } from "../../../policy/policies/mq/mq-broker-not-public";
import { definition as logging } from "../../../policy/policies/s3/s3-bucket-logging-enabled";
import { definition as sslOnly } from "../../../policy/policies/s3/s3-bucket-ssl-only";
import { definition as ssm } from "../../../policy/policies/ssm/ssm-parameter-secrets-encrypted";
import { happy } from "../factories";

const res = (type: string, name: string, props: Record<string, unknown> = {}, dependencies: string[] = []): StackResource => ({
    urn: `urn:pulumi:prod::app::${type}::${name}`, type, name, props, dependencies,
});
const bucket = res("aws:s3/bucket:Bucket", "data", { bucket: "acme-data" });

describe("policy s3-bucket-logging-enabled", () => {
    it("exempts the foundation's access-log bucket by default", () => {
        assert.deepStrictEqual(logging.check([res("aws:s3/bucket:Bucket", "foundation-logs-access-log-bucket", { bucket: "acme-access-logs" })]), []);
    });
    it("a bucket with access logging passes, one without is reported", () => {
        assert.deepStrictEqual(logging.check([bucket, res("aws:s3/bucketLogging:BucketLogging", "l", { bucket: "acme-data", targetBucket: "acme-logs" })]), []);
        assert.deepStrictEqual(logging.check([bucket]), [{ urn: bucket.urn, message: "no s3.BucketLogging writes this bucket's server access logs (FSBP S3.9): requests " +
            "to it leave no record beyond CloudTrail's data events; add one targeting a log bucket (a log bucket itself can be exempted with a justification)" }]);
    });
});

describe("policy s3-bucket-ssl-only", () => {
    const NO_TLS = 'no bucket policy denies requests without TLS (CIS 2.1.1, FSBP S3.5): add a Deny statement for "s3:*" with the condition ' +
        '{ "Bool": { "aws:SecureTransport": "false" } }, so no client can read or write the bucket over plain HTTP';
    const policy = (Statement: unknown[]) => res("aws:s3/bucketPolicy:BucketPolicy", "p", { bucket: UNKNOWN, policy: JSON.stringify({ Statement }) }, [bucket.urn]);
    it("a deny on aws:SecureTransport false, or on a TLS version floor, passes", () => {
        assert.deepStrictEqual(sslOnly.check([bucket, policy([{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }])]), []);
        assert.deepStrictEqual(sslOnly.check([bucket, policy([{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*", Condition: { NumericLessThan: { "s3:TlsVersion": "1.2" } } }])]), []);
    });
    it("no policy, or a policy without that deny, is reported; an unknown document is not", () => {
        assert.deepStrictEqual(sslOnly.check([bucket]), [{ urn: bucket.urn, message: NO_TLS }]);
        assert.deepStrictEqual(sslOnly.check([bucket, policy([{ Effect: "Allow", Principal: { Service: "logging.s3.amazonaws.com" }, Action: "s3:PutObject", Resource: "*" }])]),
            [{ urn: bucket.urn, message: NO_TLS }]);
        assert.deepStrictEqual(sslOnly.check([bucket, res("aws:s3/bucketPolicy:BucketPolicy", "p", { bucket: "acme-data", policy: UNKNOWN })]), []);
    });
});

describe("policy ec2-vpc-flow-logs", () => {
    const vpc = res("aws:ec2/vpc:Vpc", "main", { cidrBlock: "10.0.0.0/16" });
    it("a VPC with a flow log passes, one without is reported", () => {
        assert.deepStrictEqual(flowLogs.check([vpc, res("aws:ec2/flowLog:FlowLog", "f", { vpcId: UNKNOWN, trafficType: "ALL" }, [vpc.urn])]), []);
        assert.deepStrictEqual(flowLogs.check([vpc]), [{ urn: vpc.urn, message: "no ec2.FlowLog records this VPC's traffic (FSBP EC2.6): an investigation cannot tell " +
            'which addresses talked to what; add a flow log with trafficType "REJECT" or "ALL" to CloudWatch Logs or S3' }]);
    });
});

describe("policy codebuild-project-no-secrets", () => {
    const T = "aws:codebuild/project:Project";
    it("parameter store references and plain settings pass", () => assert.deepStrictEqual(codebuild.check(T, happy[T]!()), []));
    it("a key in a plaintext variable and credentials in the source URL are reported", () => {
        const props = { ...happy[T]!(), environment: { environmentVariables: [{ name: "AWS_KEY", value: "AKIA" + "IOSFODNN7EXAMPLE" }] },
            source: { type: "GITHUB", location: "https://ci:" + "ghp_" + "a1".repeat(18) + "@github.com/example/app.git" } };
        assert.deepStrictEqual(codebuild.check(T, props), [
            'environment.environmentVariables[0] ("AWS_KEY") holds an AWS access key id in PLAINTEXT (FSBP CodeBuild.2): anyone who can read the project sees it; ' +
                'set type "SECRETS_MANAGER" or "PARAMETER_STORE" and put the secret\'s name in value',
            "source.location embeds a user name and password or token (FSBP CodeBuild.1): connect the repository with a CodeConnections connection instead",
        ]);
    });
});

describe("policy ssm-parameter-secrets-encrypted", () => {
    const T = "aws:ssm/parameter:Parameter";
    it("SecureString and harmless String parameters pass", () => {
        assert.deepStrictEqual(ssm.check(T, happy[T]!()), []);
        assert.deepStrictEqual(ssm.check(T, { name: "/app/region", type: "String", value: "us-east-1" }), []);
    });
    it("a String holding a key is reported and remediated to SecureString", () => {
        const props = { name: "/app/key", type: "String", value: "ghp_" + "a1".repeat(18) };
        assert.deepStrictEqual(ssm.check(T, props), ['type must be "SecureString" for a value that holds a GitHub token, got "String" (foundation no-keys): ' +
            "a String parameter is stored and shown unencrypted to anyone who can read parameters"]);
        assert.deepStrictEqual(ssm.remediate(T, props), { ...props, type: "SecureString" });
    });
});

describe("policy eks-cluster-hardened", () => {
    const T = "aws:eks/cluster:Cluster";
    it("secrets encrypted and audit logs on pass", () => assert.deepStrictEqual(eks.check(T, happy[T]!()), []));
    it("neither", () => assert.deepStrictEqual(eks.check(T, { ...happy[T]!(), encryptionConfig: undefined, enabledClusterLogTypes: ["api"] }), [
        'encryptionConfig should encrypt "secrets" with a customer managed KMS key (FSBP EKS.3): without it, secrets are protected only by ' +
            "EKS's default envelope encryption under an AWS owned key (Kubernetes 1.28 and later), which no key policy of yours restricts and no CloudTrail event of yours records",
        'enabledClusterLogTypes should include "audit" (FSBP EKS.8): without the audit log there is no record of who did what in the cluster',
    ]));
    it("unknowns", () => assert.deepStrictEqual(eks.check(T, { ...happy[T]!(), encryptionConfig: UNKNOWN, enabledClusterLogTypes: UNKNOWN }), []));
});

describe("policies mq-broker-not-public, dms-replication-instance-not-public", () => {
    it("public brokers and replication instances are reported; unset is private (@pulumi/aws sends false)", () => {
        assert.deepStrictEqual(mq.check("aws:mq/broker:Broker", { ...happy["aws:mq/broker:Broker"]!(), publiclyAccessible: true }),
            ["publiclyAccessible must not be true (foundation least-privilege): the broker's endpoints get public addresses, one password away from the queue"]);
        const T = "aws:dms/replicationInstance:ReplicationInstance";
        assert.deepStrictEqual(dms.check(T, happy[T]!()), []);
        assert.deepStrictEqual(dms.check(T, { ...happy[T]!(), publiclyAccessible: undefined }), []);
        assert.deepStrictEqual(dms.check(T, { ...happy[T]!(), publiclyAccessible: "true" }), ["publiclyAccessible must not be true (FSBP DMS.1): " +
            "the instance that holds credentials for both databases gets a public address"]);
        assert.deepStrictEqual(dms.check(T, { ...happy[T]!(), publiclyAccessible: UNKNOWN }), []);
    });
});

describe("policy ec2-imdsv2-required on launch configurations", () => {
    it("optional tokens are reported and remediated", () => {
        const T = "aws:ec2/launchConfiguration:LaunchConfiguration";
        assert.deepStrictEqual(imds.check(T, { imageId: "ami-1", metadataOptions: { httpTokens: "optional" } }), ['metadataOptions.httpTokens must be "required" ' +
            "(FSBP AutoScaling.3, CIS 5.6), got \"optional\": with IMDSv1 a server-side request forgery in any application on the instance can read its role's credentials"]);
        assert.deepStrictEqual(imds.remediate(T, { imageId: "ami-1" }), { imageId: "ami-1", metadataOptions: { httpTokens: "required" } });
    });
});
