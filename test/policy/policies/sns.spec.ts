/** sns-topic-encrypted and sns-subscription-encrypted-transport: checkov's SNS encryption cases converted. */
import * as assert from "assert";
import { definition as subscription } from "../../../policy/policies/sns/sns-subscription-encrypted-transport";
import { definition as topic } from "../../../policy/policies/sns/sns-topic-encrypted";

const SNS = "kmsMasterKeyId must be set (Security Hub SNS.1): messages wait in the topic unencrypted; use a customer managed key whose policy lets " +
    'the AWS services that publish to the topic (CloudWatch alarms, EventBridge) use it, or "alias/aws/sns" when only your own code publishes';

describe("checkov's SNS cases, as @pulumi/aws inputs", () => {
    it("CKV_AWS_26 topic encryption: a key passes, the default is flagged", () => {
        assert.deepStrictEqual(topic.check("aws:sns/topic:Topic", { name: "example", kmsMasterKeyId: "arn:aws:kms:us-east-1:111111111111:key/1" }), []);
        assert.deepStrictEqual(topic.check("aws:sns/topic:Topic", { name: "example" }), [SNS]);
    });
    it("an SQS, Lambda or email subscription has no transport to judge; http is blocked", () => {
        const T = "aws:sns/topicSubscription:TopicSubscription";
        for (const protocol of ["sqs", "lambda", "email", "https"]) assert.deepStrictEqual(subscription.check(T, { topic: "t", protocol, endpoint: "e" }), [], protocol);
        assert.strictEqual(subscription.check(T, { topic: "t", protocol: "http", endpoint: "http://example.com" }).length, 1);
    });
});
