import { asBool, defineResourcePolicy } from "../../lib";

const BROKER = "aws:mq/broker:Broker";

export const definition = defineResourcePolicy({
    name: "mq-broker-not-public",
    description: "Amazon MQ brokers are not publicly accessible.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { foundation: ["least-privilege"] },
    checks: {
        [BROKER]: (props) => (asBool(props["publiclyAccessible"]) === true
            ? ["publiclyAccessible must not be true (foundation least-privilege): the broker's endpoints get public addresses, one password away from the queue"]
            : []),
    },
});
