/** policy/policies/kinesis/: kinesis-firehose-encrypted, kinesis-stream-encrypted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as firehose } from "../../../policy/policies/kinesis/kinesis-firehose-encrypted";
import { definition as stream } from "../../../policy/policies/kinesis/kinesis-stream-encrypted";
import { Props, happy } from "../factories";
import { policyTable } from "../tables";

const T = "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream";
const S = "aws:kinesis/stream:Stream";
const SSE = (got: string) => `serverSideEncryption.enabled should be true (FSBP DataFirehose.1), got ${got}: Firehose does not apply server-side encryption to the records ` +
    'producers put to the stream; enable it with keyType "AWS_OWNED_CMK" or "CUSTOMER_MANAGED_CMK"';
const KINESIS = (got: string) => `encryptionType must be "KMS" (FSBP Kinesis.1), got ${got}: records would be stored unencrypted; set kmsKeyId to "alias/aws/kinesis" or your own key`;

describe("policy kinesis-firehose-encrypted", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["Direct PUT with SSE", {}, []],
        ["Direct PUT without SSE", { serverSideEncryption: undefined }, [SSE("not set (false)")]],
        ["SSE off", { serverSideEncryption: { enabled: false } }, [SSE("false")]],
        ["from a Kinesis data stream: the stream's encryption applies", { serverSideEncryption: undefined,
            kinesisSourceConfiguration: { kinesisStreamArn: "arn:aws:kinesis:us-east-1:111111111111:stream/events", roleArn: "arn:aws:iam::111111111111:role/firehose" } }, []],
        ["from MSK", { serverSideEncryption: undefined, mskSourceConfiguration: { mskClusterArn: "arn:aws:kafka:us-east-1:111111111111:cluster/events/1", topicName: "t",
            authenticationConfiguration: { connectivity: "PRIVATE", roleArn: "arn:aws:iam::111111111111:role/firehose" } } }, []],
        ["source unknown", { serverSideEncryption: undefined, kinesisSourceConfiguration: UNKNOWN }, []],
        ["SSE unknown", { serverSideEncryption: UNKNOWN }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(firehose.check(T, { ...happy[T]!(), ...change }), expected));
    }
});

describe("checkov's Kinesis cases, as @pulumi/aws inputs", () => {
    const s3 = { name: "terraform-kinesis-firehose-test-stream", destination: "extended_s3",
        extendedS3Configuration: { roleArn: "arn:aws:iam::111111111111:role/firehose", bucketArn: "arn:aws:s3:::bucket" } };
    it("CKV_AWS_240 Firehose SSE: enabled passes, left out and disabled are flagged, a Kinesis source is ignored", () => {
        assert.deepStrictEqual(firehose.check(T, { ...s3, serverSideEncryption: { enabled: true } }), []);
        assert.deepStrictEqual(firehose.check(T, s3), [SSE("not set (false)")]);
        assert.deepStrictEqual(firehose.check(T, { ...s3, serverSideEncryption: { enabled: false } }), [SSE("false")]);
        assert.deepStrictEqual(firehose.check(T, { name: "ignore", destination: "extended_s3", kinesisSourceConfiguration: { kinesisStreamArn: "", roleArn: "" } }), []);
    });
    it("CKV_AWS_43 stream encryption: KMS passes; the default and NONE are flagged", () => {
        assert.deepStrictEqual(stream.check(S, { name: "example", shardCount: 1, encryptionType: "KMS" }), []);
        assert.deepStrictEqual(stream.check(S, { name: "example", shardCount: 1 }), [KINESIS("not set (the default is NONE)")]);
        assert.deepStrictEqual(stream.check(S, { name: "example", shardCount: 1, encryptionType: "NONE" }), [KINESIS('"NONE"')]);
    });
    it("the happy stream passes", () => assert.deepStrictEqual(stream.check(S, happy[S]!()), []));
});

policyTable(stream, "aws:kinesis/stream:Stream", [
    ["unset", { encryptionType: undefined }, [KINESIS("not set (the default is NONE)")]],
    ["NONE", { encryptionType: "NONE" }, [KINESIS('"NONE"')]],
    ["kms in lower case", { encryptionType: "kms" }, []],
    ["unknown", { encryptionType: UNKNOWN }, []],
]);
