/** policy/policies/sfn/: sfn-state-machine-logging-enabled. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as logging } from "../../../policy/policies/sfn/sfn-state-machine-logging-enabled";
import { Props, happy } from "../factories";

const T = "aws:sfn/stateMachine:StateMachine";
const DESTINATION = "arn:aws:logs:us-east-1:111111111111:log-group:/aws/vendedlogs/states/orders:*";
const MISSING = (got: string) => `loggingConfiguration must set level "ERROR" or "ALL" and a logDestination log group (FSBP StepFunctions.1), got ${got}: ` +
    "without execution logs, failed and unexpected executions leave no record outside the execution history, and Express workflows keep none at all";

describe("policy sfn-state-machine-logging-enabled", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["no loggingConfiguration", { loggingConfiguration: undefined }, [MISSING("no loggingConfiguration (OFF)")]],
        ["OFF", { loggingConfiguration: { level: "OFF", logDestination: DESTINATION } }, [MISSING('level "OFF"')]],
        ["no level", { loggingConfiguration: { logDestination: DESTINATION } }, [MISSING("level not set (OFF)")]],
        ["a level without a destination", { loggingConfiguration: { level: "ALL" } }, [MISSING("no logDestination")]],
        ["FATAL (Security Hub passes any level but OFF)", { loggingConfiguration: { level: "FATAL", logDestination: DESTINATION } }, []],
        ["all in lower case", { loggingConfiguration: { level: "all", logDestination: DESTINATION, includeExecutionData: true } }, []],
        ["level not known yet", { loggingConfiguration: { level: UNKNOWN, logDestination: DESTINATION } }, []],
        ["destination not known yet (the log group's ARN on a first preview)", { loggingConfiguration: { level: "ERROR", logDestination: UNKNOWN } }, []],
        ["loggingConfiguration not known yet", { loggingConfiguration: UNKNOWN }, []],
        ["a padded off", { loggingConfiguration: { level: " off ", logDestination: DESTINATION } }, [MISSING('level " off "')]],
        ["a blank level", { loggingConfiguration: { level: " ", logDestination: DESTINATION } }, [MISSING('level " "')]],
        ["a padded ERROR", { loggingConfiguration: { level: " ERROR ", logDestination: DESTINATION } }, []],
        ["a blank destination", { loggingConfiguration: { level: "ERROR", logDestination: " " } }, [MISSING("no logDestination")]],
    ];
    it("compliant", () => assert.deepStrictEqual(logging.check(T, happy[T]!()), []));
    for (const [title, change, expected] of cases) it(title, () => assert.deepStrictEqual(logging.check(T, { ...happy[T]!(), ...change }), expected));
});

/* checkov example_StateMachineLoggingExecutionHistory (CKV_AWS_284); Prowler stepfunctions_statemachine_logging_enabled. */
describe("scanners' Step Functions cases", () => {
    const machine = (loggingConfiguration?: Props) => ({ name: "my-state-machine", roleArn: "example",
        definition: JSON.stringify({ StartAt: "HelloWorld", States: { HelloWorld: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:111111111111:function:f", End: true } } }),
        ...(loggingConfiguration !== undefined && { loggingConfiguration }) });
    it("logging at ERROR passes whether or not execution data is included; no logging is reported", () => {
        // checkov CKV_AWS_284 also asks for includeExecutionData; AWS leaves it to the data's sensitivity, so the pack does not.
        assert.deepStrictEqual(logging.check(T, machine({ logDestination: DESTINATION, includeExecutionData: true, level: "ERROR" })), []);
        assert.deepStrictEqual(logging.check(T, machine({ logDestination: DESTINATION, includeExecutionData: false, level: "ERROR" })), []);
        assert.deepStrictEqual(logging.check(T, machine()), [MISSING("no loggingConfiguration (OFF)")]);
    });
});
