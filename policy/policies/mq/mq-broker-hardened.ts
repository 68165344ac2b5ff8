import { UNKNOWN, asBool, asRecord, asString, defineResourcePolicy } from "../../lib";

const BROKER = "aws:mq/broker:Broker";

/**
 * FSBP MQ.2 (ActiveMQ audit logs) and MQ.3 (minor version upgrades), https://docs.aws.amazon.com/securityhub/latest/userguide/mq-controls.html,
 * read 2026-12-06. @pulumi/aws defaults autoMinorVersionUpgrade and both logs to false (internal/service/mq/broker.go).
 */
function checkBroker(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const upgrade = asBool(props["autoMinorVersionUpgrade"]);
    if (upgrade !== true && upgrade !== UNKNOWN) {
        messages.push(`autoMinorVersionUpgrade should be true (FSBP MQ.3), got ${upgrade === false ? "false" : "not set (false)"}: minor engine versions carry the security fixes`);
    }
    const engine = asString(props["engineType"]);
    const logs = asRecord(props["logs"]);
    if (logs === UNKNOWN) return messages;
    const general = asBool(logs?.["general"]);
    if (general !== true && general !== UNKNOWN) {
        messages.push(`logs.general should be true (foundation evidence), got ${general === false ? "false" : "not set (false)"}: the broker's connection and error log goes nowhere`);
    }
    const audit = asBool(logs?.["audit"]);
    if (typeof engine === "string" && engine.trim().toLowerCase() === "activemq" && audit !== true && audit !== UNKNOWN) {
        messages.push(`logs.audit should be true for an ActiveMQ broker (FSBP MQ.2), got ${audit === false ? "false" : "not set (false)"}: ` +
            "changes to users and destinations through JMX or the web console leave no record");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "mq-broker-hardened",
    description: "Amazon MQ brokers take minor version upgrades and send their general log, and ActiveMQ brokers their audit log, to CloudWatch Logs.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["MQ.2", "MQ.3"], foundation: ["evidence"] },
    checks: { [BROKER]: checkBroker },
});
