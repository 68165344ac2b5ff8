import { UNKNOWN, asBool, asString, defineResourcePolicy } from "../../lib";
import { privateEndpoint } from "../../lib/apigateway";
import { OperationFinding, parseOpenApi, unprotectedOperations } from "../../lib/openapi";

const HTTP_ROUTE = "aws:apigatewayv2/route:Route";
const REST_METHOD = "aws:apigateway/method:Method";
const REST_API = "aws:apigateway/restApi:RestApi";
const HTTP_API = "aws:apigatewayv2/api:Api";

const WHY = "anyone who finds the URL can call it; use an IAM, JWT, Cognito or Lambda authorizer, or exempt a deliberately public route with a justification";
/** https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html (read 2026-12-06). */
const API_KEY = "an API key identifies a usage plan's client and is not authorization (AWS: don't use API keys for authentication or authorization)";

/** An HTTP API route key: "$default" or "<METHOD> /path". Anything else is a WebSocket route key. */
const HTTP_ROUTE_KEY = /^(\$default|(ANY|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\/.*)$/i;

function checkRoute(props: Record<string, unknown>): string[] {
    const type = asString(props["authorizationType"]);
    if (type === UNKNOWN) return [];
    const key = asString(props["routeKey"]);
    const routeKey = typeof key === "string" ? key.trim() : key;
    if (typeof routeKey === "string" && routeKey.toUpperCase().startsWith("OPTIONS ")) return []; // CORS preflight
    // WebSocket APIs authorize on $connect only; AWS refuses an authorizer on their other routes
    // ($disconnect, $default and custom route keys such as "sendMessage").
    if (typeof routeKey === "string" && routeKey !== "$connect" && (routeKey.startsWith("$") || !HTTP_ROUTE_KEY.test(routeKey))) return [];
    return type === undefined || type.trim().toUpperCase() === "NONE"
        ? [`authorizationType must not be "NONE" (FSBP APIGateway.8), got ${type === undefined ? "not set (NONE)" : JSON.stringify(type)}: ${WHY}`]
        : [];
}

function checkMethod(props: Record<string, unknown>): string[] {
    const authorization = asString(props["authorization"]);
    const method = asString(props["httpMethod"]);
    if (authorization === UNKNOWN || (typeof method === "string" && method.trim().toUpperCase() === "OPTIONS")) return [];
    if (typeof authorization !== "string" || authorization.trim().toUpperCase() !== "NONE") return [];
    return asBool(props["apiKeyRequired"]) === true
        ? [`authorization must not be "NONE" (foundation least-privilege), got "NONE" with apiKeyRequired true: ${API_KEY}; ${WHY}`]
        : [`authorization must not be "NONE" (foundation least-privilege): ${WHY}`];
}

/** "GET /a, POST /b and 3 more". */
function listed(findings: readonly OperationFinding[]): string {
    const names = findings.map((f) => f.operation);
    return names.length <= 5 ? names.join(", ") : `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
}

/** Operations of an OpenAPI `body` that API Gateway would expose without authorization (sources in ../../lib/openapi.ts). */
const checkBody = (control: string) => (body: unknown): string[] => {
    const findings = unprotectedOperations(parseOpenApi(body));
    const open = findings.filter((f) => f.auth === "open");
    const keyed = findings.filter((f) => f.auth === "api-key");
    return [
        ...(open.length > 0 ? [`body (OpenAPI) defines operations without security or x-amazon-apigateway-auth (${control}): ${listed(open)}; ${WHY}`] : []),
        ...(keyed.length > 0 ? [`body (OpenAPI) protects operations with an API key only (${control}): ${listed(keyed)}; ${API_KEY}; ${WHY}`] : []),
    ];
};

/** A private REST API (reachable only through VPC endpoints) is judged by its resource policy, not here. */
function checkRestApi(props: Record<string, unknown>): string[] {
    return privateEndpoint(props) === false ? checkBody("foundation least-privilege")(props["body"]) : [];
}

/**
 * An HTTP API made by quick create (`target` without `body`) gets one route, `routeKey` or "$default",
 * with no authorization: https://docs.aws.amazon.com/apigateway/latest/api/API_CreateApi.html (read 2026-12-06).
 */
function checkHttpApi(props: Record<string, unknown>): string[] {
    const protocol = asString(props["protocolType"]);
    if (protocol === UNKNOWN || (typeof protocol === "string" && protocol.trim().toUpperCase() !== "HTTP")) return [];
    const body = props["body"];
    if (body !== undefined && body !== null && body !== "") return checkBody("FSBP APIGateway.8")(body);
    const target = asString(props["target"]);
    const routeKey = asString(props["routeKey"]);
    if (target === UNKNOWN || routeKey === UNKNOWN || target === undefined || target.trim() === "") return [];
    return [`target creates the route ${JSON.stringify(routeKey?.trim() || "$default")} without authorization (quick create) (FSBP APIGateway.8): ` +
        `declare the route as an aws.apigatewayv2.Route with an authorizer instead; ${WHY}`];
}

export const definition = defineResourcePolicy({
    name: "apigateway-routes-authorized",
    description: "API Gateway HTTP/WebSocket routes, REST methods and the operations of OpenAPI definitions require authorization (CORS preflight excepted).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["APIGateway.8"], foundation: ["least-privilege"] },
    checks: { [HTTP_ROUTE]: checkRoute, [REST_METHOD]: checkMethod, [REST_API]: checkRestApi, [HTTP_API]: checkHttpApi },
});
