import { asBool, asList, defineResourcePolicy } from "../../lib";

const METRIC_ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
const COMPOSITE_ALARM = "aws:cloudwatch/compositeAlarm:CompositeAlarm";

function checkAlarm(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    if (asBool(props["actionsEnabled"]) === false) {
        messages.push("actionsEnabled must not be false (Security Hub CloudWatch.17): the alarm changes state but notifies no one and runs nothing");
    }
    const actions = asList(props["alarmActions"]);
    if (actions === undefined || (Array.isArray(actions) && actions.length === 0)) {
        messages.push("alarmActions must name at least one action (Security Hub CloudWatch.15): when the alarm fires, no one hears of it; " +
            "add an SNS topic that reaches a person");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "cloudwatch-alarm-actions-enabled",
    description: "CloudWatch alarms have actions for the ALARM state, and their actions are enabled.",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { foundation: ["alerting"] },
    checks: { [METRIC_ALARM]: checkAlarm, [COMPOSITE_ALARM]: checkAlarm },
    remediations: {
        [METRIC_ALARM]: (props) => (asBool(props["actionsEnabled"]) === false ? { actionsEnabled: true } : undefined),
        [COMPOSITE_ALARM]: (props) => (asBool(props["actionsEnabled"]) === false ? { actionsEnabled: true } : undefined),
    },
});
