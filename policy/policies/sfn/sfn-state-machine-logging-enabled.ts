import { UNKNOWN, asRecord, asString, defineResourcePolicy } from "../../lib";

const STATE_MACHINE = "aws:sfn/stateMachine:StateMachine";

/**
 * Step Functions logging (Security Hub StepFunctions.1: fails when the log level is OFF; AWS Control Tower
 * CT.STEPFUNCTIONS.PR.1: Level ERROR or ALL with a CloudWatch Logs destination). Without a
 * loggingConfiguration the level is OFF. Read 2026-12-06:
 * https://docs.aws.amazon.com/securityhub/latest/userguide/stepfunctions-controls.html#stepfunctions-1
 * https://docs.aws.amazon.com/controltower/latest/controlreference/stepfunctions-rules.html
 */
function checkStateMachine(props: Record<string, unknown>): string[] {
    const logging = asRecord(props["loggingConfiguration"]);
    if (logging === UNKNOWN) return [];
    const level = asString(logging?.["level"]);
    const destination = asString(logging?.["logDestination"]);
    if (level === UNKNOWN || destination === UNKNOWN) return [];
    const off = level === undefined || level.trim() === "" || level.trim().toUpperCase() === "OFF";
    if (!off && typeof destination === "string" && destination.trim() !== "") return [];
    const got = logging === undefined ? "no loggingConfiguration (OFF)" : off ? `level ${level === undefined ? "not set (OFF)" : JSON.stringify(level)}` : "no logDestination";
    return [`loggingConfiguration must set level "ERROR" or "ALL" and a logDestination log group (FSBP StepFunctions.1), got ${got}: ` +
        "without execution logs, failed and unexpected executions leave no record outside the execution history, and Express workflows keep none at all"];
}

export const definition = defineResourcePolicy({
    name: "sfn-state-machine-logging-enabled",
    description: "Step Functions state machines log executions to CloudWatch Logs.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["StepFunctions.1"] },
    checks: { [STATE_MACHINE]: checkStateMachine },
});
