import { definition as ecsServiceNoPublicIp } from "./ecs-service-no-public-ip";
import { definition as ecsTaskDefinitionSecure } from "./ecs-task-definition-secure";

/** The ecs policies: resource policies, then stack policies. */
export const resourcePolicies = [ecsServiceNoPublicIp, ecsTaskDefinitionSecure] as const;
export const stackPolicies = [] as const;
