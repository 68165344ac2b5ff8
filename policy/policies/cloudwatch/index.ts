import { definition as cloudwatchAlarmActionsEnabled } from "./cloudwatch-alarm-actions-enabled";
import { definition as cloudwatchLogGroupEncrypted } from "./cloudwatch-log-group-encrypted";
import { definition as cloudwatchLogGroupRetained } from "./cloudwatch-log-group-retained";

/** The cloudwatch policies: resource policies, then stack policies. */
export const resourcePolicies = [cloudwatchAlarmActionsEnabled, cloudwatchLogGroupEncrypted, cloudwatchLogGroupRetained] as const;
export const stackPolicies = [] as const;
