import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

const HTTP_ROUTE = "aws:apigatewayv2/route:Route";
const REST_METHOD = "aws:apigateway/method:Method";

const WHY = "anyone who finds the URL can call it; use an IAM, JWT, Cognito or Lambda authorizer, or exempt a deliberately public route with a justification";

function checkRoute(props: Record<string, unknown>): string[] {
    const type = asString(props["authorizationType"]);
    if (type === UNKNOWN) return [];
    const routeKey = asString(props["routeKey"]);
    if (typeof routeKey === "string" && routeKey.trim().toUpperCase().startsWith("OPTIONS ")) return []; // CORS preflight
    // WebSocket APIs authorize on $connect only; AWS refuses an authorizer on the other $ routes.
    if (typeof routeKey === "string" && routeKey.trim().startsWith("$") && routeKey.trim() !== "$connect") return [];
    return type === undefined || type.trim().toUpperCase() === "NONE"
        ? [`authorizationType must not be "NONE" (FSBP APIGateway.8), got ${type === undefined ? "not set (NONE)" : JSON.stringify(type)}: ${WHY}`]
        : [];
}

function checkMethod(props: Record<string, unknown>): string[] {
    const authorization = asString(props["authorization"]);
    const method = asString(props["httpMethod"]);
    if (authorization === UNKNOWN || (typeof method === "string" && method.trim().toUpperCase() === "OPTIONS")) return [];
    return typeof authorization === "string" && authorization.trim().toUpperCase() === "NONE" ? [`authorization must not be "NONE" (foundation least-privilege): ${WHY}`] : [];
}

export const definition = defineResourcePolicy({
    name: "apigateway-routes-authorized",
    description: "API Gateway HTTP/WebSocket routes and REST methods require authorization (CORS preflight excepted).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["APIGateway.8"], foundation: ["least-privilege"] },
    checks: { [HTTP_ROUTE]: checkRoute, [REST_METHOD]: checkMethod },
});
