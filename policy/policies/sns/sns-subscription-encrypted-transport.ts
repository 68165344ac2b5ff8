import { asString, defineResourcePolicy } from "../../lib";

const SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";

function checkSubscription(props: Record<string, unknown>): string[] {
    const protocol = asString(props["protocol"]);
    return typeof protocol === "string" && protocol.trim().toLowerCase() === "http"
        ? ['protocol must be "https", not "http" (foundation encrypted-in-transit): notifications, which may carry findings and data, would cross the internet in clear text']
        : [];
}

export const definition = defineResourcePolicy({
    name: "sns-subscription-encrypted-transport",
    description: "SNS subscriptions to web endpoints use HTTPS.",
    enforcementLevel: "mandatory",
    severity: "medium",
    controls: { foundation: ["encrypted-in-transit"] },
    checks: { [SUBSCRIPTION]: checkSubscription },
});
