import { definition as apigatewayCacheEncrypted } from "./apigateway-cache-encrypted";
import { definition as apigatewayRoutesAuthorized } from "./apigateway-routes-authorized";
import { definition as apigatewayStageAccessLogging } from "./apigateway-stage-access-logging";

/** The apigateway policies: resource policies, then stack policies. */
export const resourcePolicies = [apigatewayCacheEncrypted, apigatewayRoutesAuthorized, apigatewayStageAccessLogging] as const;
export const stackPolicies = [] as const;
