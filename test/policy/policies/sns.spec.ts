/** policy/policies/sns/: sns-subscription-encrypted-transport, sns-topic-encrypted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as subscription } from "../../../policy/policies/sns/sns-subscription-encrypted-transport";
import { definition as topic } from "../../../policy/policies/sns/sns-topic-encrypted";
import { policyTable, typedTable } from "../tables";

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

policyTable(topic, "aws:sns/topic:Topic", [
    ["no key", { kmsMasterKeyId: undefined }, [SNS]],
    ["empty key", { kmsMasterKeyId: " " }, [SNS]],
    ["key unknown", { kmsMasterKeyId: UNKNOWN }, []],
]);

typedTable(subscription, "aws:sns/topicSubscription:TopicSubscription", [
    ["http", { protocol: "HTTP", endpoint: "http://hooks.example.com" }, ['protocol must be "https", not "http" (foundation encrypted-in-transit): notifications, which may carry findings and data, would cross the internet in clear text']],
    ["email", { protocol: "email", endpoint: "ops@example.com" }, []],
]);
