import { definition as apigatewayCacheEncrypted } from "./apigateway-cache-encrypted";
import { definition as apigatewayDomainNameTls } from "./apigateway-domain-name-tls";
import { definition as apigatewayExecutionLogging } from "./apigateway-execution-logging";
import { definition as apigatewayPublicStageProtected } from "./apigateway-public-stage-protected";
import { definition as apigatewayRoutesAuthorized } from "./apigateway-routes-authorized";
import { definition as apigatewayStageAccessLogging } from "./apigateway-stage-access-logging";

/** The apigateway policies: resource policies, then stack policies. */
export const resourcePolicies = [apigatewayCacheEncrypted, apigatewayDomainNameTls, apigatewayRoutesAuthorized, apigatewayStageAccessLogging] as const;
export const stackPolicies = [apigatewayExecutionLogging, apigatewayPublicStageProtected] as const;
