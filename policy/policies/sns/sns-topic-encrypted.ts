import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

export const TOPIC = "aws:sns/topic:Topic";

function checkTopic(props: Record<string, unknown>): string[] {
    const key = asString(props["kmsMasterKeyId"]);
    return key === UNKNOWN || (typeof key === "string" && key.trim() !== "")
        ? []
        : ["kmsMasterKeyId must be set (Security Hub SNS.1): messages wait in the topic unencrypted; use a customer managed key whose policy lets " +
            'the AWS services that publish to the topic (CloudWatch alarms, EventBridge) use it, or "alias/aws/sns" when only your own code publishes'];
}

export const definition = defineResourcePolicy({
    name: "sns-topic-encrypted",
    description: "SNS topics encrypt messages at rest with KMS.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { foundation: ["encrypted-at-rest"] },
    checks: { [TOPIC]: checkTopic },
});
