/** policy/policies/sqs/: sqs-queue-encrypted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as sqs } from "../../../policy/policies/sqs/sqs-queue-encrypted";
import { policyTable } from "../tables";

const T = "aws:sqs/queue:Queue";
const OFF = "sqsManagedSseEnabled must not be false without a kmsMasterKeyId (FSBP SQS.1): messages would wait in the queue unencrypted";

describe("checkov's SQS cases, as @pulumi/aws inputs", () => {
    it("CKV_AWS_27: SSE-SQS off with no key is flagged; a KMS key, SSE-SQS on, or AWS's SSE-SQS default passes", () => {
        assert.deepStrictEqual(sqs.check(T, { name: "unencrypted-queue", sqsManagedSseEnabled: false }), [OFF]);
        assert.deepStrictEqual(sqs.check(T, { name: "q", kmsMasterKeyId: "alias/aws/sqs", kmsDataKeyReusePeriodSeconds: 300 }), []);
        assert.deepStrictEqual(sqs.check(T, { name: "q", sqsManagedSseEnabled: true }), []);
        assert.deepStrictEqual(sqs.check(T, { name: "q", kmsMasterKeyId: "alias/aws/sqs", sqsManagedSseEnabled: false }), []);
        assert.deepStrictEqual(sqs.check(T, { name: "terraform-example-queue" }), [], "SSE-SQS is the default for new queues");
    });
});

const SQS = "sqsManagedSseEnabled must not be false without a kmsMasterKeyId (FSBP SQS.1): messages would wait in the queue unencrypted";
policyTable(sqs, "aws:sqs/queue:Queue", [
    ["SSE-SQS unset (on by default)", { sqsManagedSseEnabled: undefined }, []],
    ["SSE-SQS off", { sqsManagedSseEnabled: false }, [SQS]],
    ["SSE-SQS off, KMS key instead", { sqsManagedSseEnabled: false, kmsMasterKeyId: "alias/aws/sqs" }, []],
    ["SSE-SQS off, key unknown", { sqsManagedSseEnabled: false, kmsMasterKeyId: UNKNOWN }, []],
]);
