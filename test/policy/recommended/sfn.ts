import type { RecommendedSetting } from "./corpus";

/** Step Functions state machines, as the Step Functions guide, Security Hub StepFunctions.1 and AWS Control Tower recommend them. */

const DEFINITION = JSON.stringify({ StartAt: "Process", States: { Process: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true } } });

export const settings: RecommendedSetting[] = [
    {
        type: "aws:sfn/stateMachine:StateMachine",
        title: "Standard workflow logging ERROR events to CloudWatch Logs (CT.STEPFUNCTIONS.PR.1)",
        source: "https://docs.aws.amazon.com/controltower/latest/controlreference/stepfunctions-rules.html (read 2026-12-06)",
        props: {
            type: "STANDARD", roleArn: "arn:aws:iam::111111111111:role/orders-workflow", definition: DEFINITION,
            loggingConfiguration: { level: "ERROR", includeExecutionData: false, logDestination: "arn:aws:logs:us-east-1:111111111111:log-group:/aws/vendedlogs/states/orders:*" },
            tracingConfiguration: { enabled: true },
        },
    },
    {
        type: "aws:sfn/stateMachine:StateMachine",
        title: "Express workflow logging ALL events with execution data to CloudWatch Logs",
        source: "https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html (read 2026-12-06)",
        props: {
            type: "EXPRESS", roleArn: "arn:aws:iam::111111111111:role/orders-workflow", definition: DEFINITION,
            loggingConfiguration: { level: "ALL", includeExecutionData: true, logDestination: "arn:aws:logs:us-east-1:111111111111:log-group:/aws/vendedlogs/states/orders-express:*" },
        },
    },
];
