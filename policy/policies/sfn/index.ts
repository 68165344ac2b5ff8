import { definition as sfnStateMachineLoggingEnabled } from "./sfn-state-machine-logging-enabled";

/** The sfn policies: resource policies, then stack policies. */
export const resourcePolicies = [sfnStateMachineLoggingEnabled] as const;
export const stackPolicies = [] as const;
