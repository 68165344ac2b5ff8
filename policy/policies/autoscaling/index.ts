import { definition as autoscalingGroupLaunchTemplate } from "./autoscaling-group-launch-template";

/** The autoscaling policies: resource policies, then stack policies. */
export const resourcePolicies = [autoscalingGroupLaunchTemplate] as const;
export const stackPolicies = [] as const;
