import { StackResource, StackViolation, UNKNOWN, asRecord, asString, defineStackPolicy } from "../../lib";
import { HTTP_API, HTTP_STAGE, METHOD_SETTINGS, REST_STAGE, settingsForStage, sourcesOf } from "../../lib/apigateway";

const LOGGING = new Set(["ERROR", "INFO"]);

/** A logging level that logs ("ERROR" or "INFO"), or one not known yet. */
const logs = (level: unknown) => level === UNKNOWN || (typeof level === "string" && LOGGING.has(level.trim().toUpperCase()));

const WHY = "without execution logs there is no record of the errors, authorizer decisions and integration responses behind each request";

/** REST stage: a MethodSettings for methodPath "*\/*" with settings.loggingLevel "ERROR" or "INFO". */
function restStage(stage: StackResource, settings: readonly StackResource[]): StackViolation[] {
    const matches = settings.map((s) => ({ s, match: settingsForStage(s, stage) })).filter(({ match }) => match !== false);
    if (matches.some(({ match }) => match === UNKNOWN)) return [];
    const stageWide = matches.map(({ s }) => s).filter((s) => {
        const path = asString(s.props["methodPath"]);
        return path === UNKNOWN || (typeof path === "string" && path.trim() === "*/*");
    });
    const levels = stageWide.map((s) => {
        const values = asRecord(s.props["settings"]);
        return values === UNKNOWN ? UNKNOWN : asString(values?.["loggingLevel"]);
    });
    if (levels.some(logs)) return [];
    const got = levels.find((l) => typeof l === "string");
    return [{
        urn: stage.urn,
        message: `no aws.apigateway.MethodSettings for this stage sets settings.loggingLevel "ERROR" or "INFO" for methodPath "*/*" (FSBP APIGateway.1), ` +
            `got ${got === undefined ? "none" : JSON.stringify(got)}: ${WHY}`,
    }];
}

/** WebSocket stage: defaultRouteSettings.loggingLevel "ERROR" or "INFO" (HTTP APIs have no execution logs). */
function webSocketStage(stage: StackResource, apis: readonly StackResource[]): StackViolation[] {
    const api = sourcesOf(stage, "apiId", HTTP_API, apis)[0];
    const protocol = api === undefined ? undefined : asString(api.props["protocolType"]);
    if (typeof protocol !== "string" || protocol.trim().toUpperCase() !== "WEBSOCKET") return [];
    const defaults = asRecord(stage.props["defaultRouteSettings"]);
    const level = defaults === UNKNOWN ? UNKNOWN : asString(defaults?.["loggingLevel"]);
    return logs(level)
        ? []
        : [{
            urn: stage.urn,
            message: `defaultRouteSettings.loggingLevel must be "ERROR" or "INFO" on this WebSocket API stage (FSBP APIGateway.1), ` +
                `got ${level === undefined ? "not set (OFF)" : JSON.stringify(level)}: ${WHY}`,
        }];
}

/**
 * Security Hub APIGateway.1: REST and WebSocket API stages log execution at ERROR or INFO. Read 2026-12-06:
 * https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-1
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
 */
export function checkStages(resources: readonly StackResource[]): StackViolation[] {
    const settings = resources.filter((r) => r.type === METHOD_SETTINGS);
    const apis = resources.filter((r) => r.type === HTTP_API);
    return resources.flatMap((r) => r.type === REST_STAGE ? restStage(r, settings) : r.type === HTTP_STAGE ? webSocketStage(r, apis) : []);
}

export const definition = defineStackPolicy({
    name: "apigateway-execution-logging",
    description: "API Gateway REST and WebSocket API stages log execution (ERROR or INFO) to CloudWatch Logs.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["APIGateway.1"], foundation: ["evidence"] },
    resourceTypes: [REST_STAGE, METHOD_SETTINGS, HTTP_STAGE, HTTP_API],
    check: checkStages,
});
