import { StackResource, StackViolation, UNKNOWN, asList, asRecord, defineStackPolicy } from "../../lib";
import {
    HTTP_STAGE, METHOD_SETTINGS, REST_API, REST_STAGE, USAGE_PLAN, WAF_ASSOCIATIONS,
    associationForStage, limitSet, privateEndpoint, planCoversStage, settingsForStage, sourcesOf,
} from "../../lib/apigateway";

const THROTTLE_WHY = "otherwise one client can spend the account's Region-wide request quota, which every API of the account shares";

/** Throttling limits in a record (MethodSettings.settings, a usage plan's throttleSettings, a v2 route setting). */
const throttles = (value: unknown, rate: string, burst: string) => {
    const record = asRecord(value);
    return record === UNKNOWN || (record !== undefined && (limitSet(record[rate]) || limitSet(record[burst])));
};

/** A usage plan's per-path throttles in apiStages (or apiStages not known yet). */
function pathThrottles(plan: StackResource): boolean {
    const stages = asList(plan.props["apiStages"]);
    if (stages === UNKNOWN) return true;
    return (stages ?? []).some((s) => {
        const entry = asRecord(s);
        return entry === UNKNOWN || (entry !== undefined && entry["throttles"] !== undefined && entry["throttles"] !== null);
    });
}

function restThrottled(stage: StackResource, settings: readonly StackResource[], plans: readonly StackResource[]): boolean {
    const bySettings = settings.some((s) => settingsForStage(s, stage) !== false && throttles(s.props["settings"], "throttlingRateLimit", "throttlingBurstLimit"));
    const byPlan = plans.some((p) => planCoversStage(p, stage) && (throttles(p.props["throttleSettings"], "rateLimit", "burstLimit") || pathThrottles(p)));
    return bySettings || byPlan;
}

function restStage(stage: StackResource, resources: readonly StackResource[]): StackViolation[] {
    const api = sourcesOf(stage, "restApi", REST_API, resources)[0];
    // A stage whose API is not in the stack, or a private API (reachable only through VPC endpoints), is left alone.
    if (api === undefined || privateEndpoint(api.props) !== false) return [];
    const violations: StackViolation[] = [];
    const associations = resources.filter((r) => WAF_ASSOCIATIONS.includes(r.type));
    if (!associations.some((a) => associationForStage(a, stage))) {
        violations.push({
            urn: stage.urn,
            message: "no AWS WAF web ACL is associated with this public REST API stage (FSBP APIGateway.4): add an aws.wafv2.WebAclAssociation whose resourceArn is the " +
                "stage's arn, with rules such as the AWS managed core rule set and a rate-based rule, so exploits and floods are filtered before they reach the API",
        });
    }
    const settings = resources.filter((r) => r.type === METHOD_SETTINGS);
    const plans = resources.filter((r) => r.type === USAGE_PLAN);
    if (!restThrottled(stage, settings, plans)) {
        violations.push({
            urn: stage.urn,
            message: "this public REST API stage sets no throttling limits (foundation public-api-protected): set settings.throttlingRateLimit and throttlingBurstLimit " +
                `in an aws.apigateway.MethodSettings for methodPath "*/*", or throttleSettings in a usage plan for the stage; ${THROTTLE_WHY}`,
        });
    }
    return violations;
}

function httpStage(stage: StackResource): StackViolation[] {
    const routes = asList(stage.props["routeSettings"]);
    const throttled = throttles(stage.props["defaultRouteSettings"], "throttlingRateLimit", "throttlingBurstLimit") || routes === UNKNOWN ||
        (routes ?? []).some((r) => throttles(r, "throttlingRateLimit", "throttlingBurstLimit"));
    return throttled
        ? []
        : [{
            urn: stage.urn,
            message: "this API stage sets no throttling limits (foundation public-api-protected): set defaultRouteSettings.throttlingRateLimit and " +
                `throttlingBurstLimit; ${THROTTLE_WHY}`,
        }];
}

/**
 * Public APIs get a WAF web ACL (Security Hub APIGateway.4; AWS WAF protects REST API stages, not HTTP or
 * WebSocket APIs) and throttling limits of their own. Read 2026-12-06:
 * https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-4
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */
export function checkStages(resources: readonly StackResource[]): StackViolation[] {
    return resources.flatMap((r) => r.type === REST_STAGE ? restStage(r, resources) : r.type === HTTP_STAGE ? httpStage(r) : []);
}

export const definition = defineStackPolicy({
    name: "apigateway-public-stage-protected",
    description: "Public API Gateway stages have their own throttling limits, and public REST API stages an AWS WAF web ACL.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["APIGateway.4"], foundation: ["public-api-protected"] },
    resourceTypes: [REST_STAGE, REST_API, METHOD_SETTINGS, USAGE_PLAN, HTTP_STAGE, ...WAF_ASSOCIATIONS],
    check: checkStages,
});
