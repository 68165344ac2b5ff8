/** sns-topic-encrypted, sqs-queue-encrypted, kinesis-stream-encrypted, dynamodb-table-recoverable, ecr-repository-scanned-immutable,
 *  s3-bucket-versioning-enabled, s3-bucket-acls-disabled, elasticache-encrypted, opensearch-domain-secure. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as dynamodb } from "../../../policy/policies/dynamodb/dynamodb-table-recoverable";
import { definition as ecr } from "../../../policy/policies/ecr/ecr-repository-scanned-immutable";
import { definition as elasticache } from "../../../policy/policies/elasticache/elasticache-encrypted";
import { definition as kinesis } from "../../../policy/policies/kinesis/kinesis-stream-encrypted";
import { definition as opensearch } from "../../../policy/policies/opensearch/opensearch-domain-secure";
import { definition as acls } from "../../../policy/policies/s3/s3-bucket-acls-disabled";
import { definition as versioning } from "../../../policy/policies/s3/s3-bucket-versioning-enabled";
import { definition as sns } from "../../../policy/policies/sns/sns-topic-encrypted";
import { definition as sqs } from "../../../policy/policies/sqs/sqs-queue-encrypted";
import { Props, happy } from "../factories";

type Case = [title: string, change: Props, expected: string[]];

interface Checked { readonly metadata: { readonly name: string }; check(type: string, props: unknown, config?: Record<string, unknown>): string[] }
function table(definition: Checked, type: string, cases: Case[]) {
    describe(`policy ${definition.metadata.name}`, () => {
        it("compliant", () => assert.deepStrictEqual(definition.check(type, happy[type]!()), []));
        for (const [title, change, expected] of cases) {
            it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }), expected));
        }
    });
}

const SNS = "kmsMasterKeyId must be set (Security Hub SNS.1): messages wait in the topic unencrypted; use a customer managed key whose policy lets " +
    'the AWS services that publish to the topic (CloudWatch alarms, EventBridge) use it, or "alias/aws/sns" when only your own code publishes';
table(sns, "aws:sns/topic:Topic", [
    ["no key", { kmsMasterKeyId: undefined }, [SNS]],
    ["empty key", { kmsMasterKeyId: " " }, [SNS]],
    ["key unknown", { kmsMasterKeyId: UNKNOWN }, []],
]);

const SQS = "sqsManagedSseEnabled must not be false without a kmsMasterKeyId (FSBP SQS.1): messages would wait in the queue unencrypted";
table(sqs, "aws:sqs/queue:Queue", [
    ["SSE-SQS unset (on by default)", { sqsManagedSseEnabled: undefined }, []],
    ["SSE-SQS off", { sqsManagedSseEnabled: false }, [SQS]],
    ["SSE-SQS off, KMS key instead", { sqsManagedSseEnabled: false, kmsMasterKeyId: "alias/aws/sqs" }, []],
    ["SSE-SQS off, key unknown", { sqsManagedSseEnabled: false, kmsMasterKeyId: UNKNOWN }, []],
]);

const KINESIS = (got: string) => `encryptionType must be "KMS" (FSBP Kinesis.1), got ${got}: records would be stored unencrypted; set kmsKeyId to "alias/aws/kinesis" or your own key`;
table(kinesis, "aws:kinesis/stream:Stream", [
    ["unset", { encryptionType: undefined }, [KINESIS("not set (the default is NONE)")]],
    ["NONE", { encryptionType: "NONE" }, [KINESIS('"NONE"')]],
    ["kms in lower case", { encryptionType: "kms" }, []],
    ["unknown", { encryptionType: UNKNOWN }, []],
]);

const PITR = "pointInTimeRecovery.enabled must be true (FSBP DynamoDB.2): without it a bad write or a deleted item cannot be restored";
const PROTECTION = "deletionProtectionEnabled must be true (FSBP DynamoDB.6): without it one delete call (or a replacement) removes the table and its data";
table(dynamodb, "aws:dynamodb/table:Table", [
    ["neither", { pointInTimeRecovery: undefined, deletionProtectionEnabled: undefined }, [PITR, PROTECTION]],
    ["recovery off", { pointInTimeRecovery: { enabled: false } }, [PITR]],
    ["recovery unknown, protection off", { pointInTimeRecovery: UNKNOWN, deletionProtectionEnabled: false }, [PROTECTION]],
]);

const SCAN = "imageScanningConfiguration.scanOnPush should be true (FSBP ECR.1), unless the registry's scanning configuration (enhanced scanning with Amazon " +
    "Inspector) covers this repository: otherwise images with known vulnerabilities are pushed and deployed unnoticed";
const MUTABLE = (got: string) => `imageTagMutability should be "IMMUTABLE" (FSBP ECR.2), got ${got}: a pushed tag can be overwritten, so the image a deployment names is not the image that was reviewed`;
table(ecr, "aws:ecr/repository:Repository", [
    ["defaults", { imageScanningConfiguration: undefined, imageTagMutability: undefined }, [SCAN, MUTABLE("not set (MUTABLE)")]],
    ["MUTABLE", { imageTagMutability: "MUTABLE" }, [MUTABLE('"MUTABLE"')]],
    ["IMMUTABLE_WITH_EXCLUSION", { imageTagMutability: "IMMUTABLE_WITH_EXCLUSION" }, []],
    ["scanning unknown", { imageScanningConfiguration: UNKNOWN }, []],
]);

const VERSIONING = (got: string) => `versioningConfiguration.status must be "Enabled" (Security Hub S3.14), got ${got}: an overwritten or deleted object cannot be recovered`;
table(versioning, "aws:s3/bucketVersioning:BucketVersioning", [
    ["suspended", { versioningConfiguration: { status: "Suspended" } }, [VERSIONING('"Suspended"')]],
    ["disabled", { versioningConfiguration: { status: "Disabled" } }, [VERSIONING('"Disabled"')]],
    ["no status", { versioningConfiguration: {} }, [VERSIONING("not set")]],
    ["unknown", { versioningConfiguration: UNKNOWN }, []],
]);

const ACLS = (got: string) => `rule.objectOwnership must be "BucketOwnerEnforced" (FSBP S3.12), got ${got}: ACLs stay in force and can grant access past the bucket policy; ` +
    "grant access with the bucket policy and IAM only";
table(acls, "aws:s3/bucketOwnershipControls:BucketOwnershipControls", [
    ["ObjectWriter", { rule: { objectOwnership: "ObjectWriter" } }, [ACLS('"ObjectWriter"')]],
    ["BucketOwnerPreferred", { rule: { objectOwnership: "BucketOwnerPreferred" } }, [ACLS('"BucketOwnerPreferred"')]],
    ["unknown", { rule: { objectOwnership: UNKNOWN } }, []],
]);

const AT_REST = (got: string) => `atRestEncryptionEnabled must be true (FSBP ElastiCache.4), got ${got}: cached data and backups would be stored unencrypted`;
const TRANSIT = (got: string) => `transitEncryptionEnabled must be true (FSBP ElastiCache.5), got ${got}: clients and replicas would talk to the cache in clear text, credentials included`;
table(elasticache, "aws:elasticache/replicationGroup:ReplicationGroup", [
    ["Redis with nothing set", { atRestEncryptionEnabled: undefined, transitEncryptionEnabled: undefined }, [AT_REST("not set (Redis's default is unencrypted)"), TRANSIT("not set")]],
    ["Valkey with nothing set at rest (its default is encrypted)", { engine: "valkey", atRestEncryptionEnabled: undefined }, []],
    ["explicitly off", { atRestEncryptionEnabled: false, transitEncryptionEnabled: false }, [AT_REST("false"), TRANSIT("false")]],
    ["engine unknown", { engine: UNKNOWN, atRestEncryptionEnabled: undefined }, []],
]);

table(opensearch, "aws:opensearch/domain:Domain", [
    ["unencrypted, HTTP allowed, old TLS, open to everyone outside a VPC", {
        encryptAtRest: { enabled: false }, nodeToNodeEncryption: undefined, vpcOptions: undefined, advancedSecurityOptions: undefined,
        accessPolicies: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "es:*", Resource: "*" }] }),
        domainEndpointOptions: { enforceHttps: false, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" },
    }, [
        "encryptAtRest.enabled must be true (FSBP Opensearch.1), got false: indexes, logs and automated snapshots would be stored unencrypted, and turning it on " +
            "later needs the domain's data moved",
        "nodeToNodeEncryption.enabled must be true on a domain with several nodes (FSBP Opensearch.3), got not set (false): indexed data and queries move between " +
            "the nodes in clear text",
        "domainEndpointOptions.enforceHttps must be true (FSBP Opensearch.8), got false: clients could send credentials and data unencrypted",
        'domainEndpointOptions.tlsSecurityPolicy must be a TLS 1.2 policy such as "Policy-Min-TLS-1-2-PFS-2023-10" (FSBP Opensearch.8), got "Policy-Min-TLS-1-0-2019-07": ' +
            "it accepts TLS 1.0 and 1.1, which are open to downgrade attacks",
        'accessPolicies allows everyone ("*") with no condition, on a domain outside a VPC and without fine-grained access control (FSBP Opensearch.2): ' +
            "anyone on the internet can read and write its indexes; put the domain in a VPC (vpcOptions), enable advancedSecurityOptions, or name the principals or source IPs",
    ]],
    ["the older TLS 1.2 policy is accepted", { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" } }, []],
    ["endpoint options and VPC unknown", { domainEndpointOptions: UNKNOWN, vpcOptions: UNKNOWN }, []],
]);
