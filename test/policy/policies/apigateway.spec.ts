/** policy/policies/apigateway/: apigateway-cache-encrypted, apigateway-domain-name-tls, apigateway-execution-logging, apigateway-public-stage-protected,
 *  apigateway-routes-authorized, apigateway-stage-access-logging. */
import * as assert from "assert";
import { StackResource, UNKNOWN } from "../../../policy/lib";
import { definition as apiCache } from "../../../policy/policies/apigateway/apigateway-cache-encrypted";
import { definition as domainTls } from "../../../policy/policies/apigateway/apigateway-domain-name-tls";
import { definition as executionLogging } from "../../../policy/policies/apigateway/apigateway-execution-logging";
import { definition as protectedStage } from "../../../policy/policies/apigateway/apigateway-public-stage-protected";
import { definition as routes } from "../../../policy/policies/apigateway/apigateway-routes-authorized";
import { definition as accessLogging } from "../../../policy/policies/apigateway/apigateway-stage-access-logging";
import { Props, happy } from "../factories";
import { configTable, fullTypeTable, typedTable } from "../tables";

const REST_API = "aws:apigateway/restApi:RestApi";
const HTTP_API = "aws:apigatewayv2/api:Api";
const ROUTE = "aws:apigatewayv2/route:Route";
const METHOD = "aws:apigateway/method:Method";
const DOMAIN = "aws:apigateway/domainName:DomainName";

const WHY = "anyone who finds the URL can call it; use an IAM, JWT, Cognito or Lambda authorizer, or exempt a deliberately public route with a justification";
const KEY = "an API key identifies a usage plan's client and is not authorization (AWS: don't use API keys for authentication or authorization)";
const OPEN = (control: string, operations: string) => `body (OpenAPI) defines operations without security or x-amazon-apigateway-auth (${control}): ${operations}; ${WHY}`;
const KEYED = (control: string, operations: string) => `body (OpenAPI) protects operations with an API key only (${control}): ${operations}; ${KEY}; ${WHY}`;

const LAMBDA = { type: "aws_proxy", httpMethod: "POST", uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/orders/invocations" };
const op = (extra: Props = {}) => ({ "x-amazon-apigateway-integration": LAMBDA, ...extra });
const cognito = { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "cognito_user_pools",
    "x-amazon-apigateway-authorizer": { type: "cognito_user_pools", providerARNs: ["arn:aws:cognito-idp:us-east-1:111111111111:userpool/us-east-1_EXAMPLE"] } };
const apiKey = { type: "apiKey", name: "x-api-key", in: "header" };
const oas3 = (paths: Props, extra: Props = {}) => JSON.stringify({ openapi: "3.0.1", info: { title: "t", version: "1" }, paths, components: { securitySchemes: { cognito, api_key: apiKey } }, ...extra });

fullTypeTable(routes, REST_API, [
    ["an operation without security", { body: oas3({ "/orders": { get: op(), post: op({ security: [{ cognito: [] }] }) } }) },
        [OPEN("foundation least-privilege", "GET /orders")]],
    ["a global security requirement covers every operation", { body: oas3({ "/orders": { get: op(), put: op() } }, { security: [{ cognito: [] }] }) }, []],
    ["an empty security list overrides the global one", { body: oas3({ "/orders": { get: op(), delete: op({ security: [] }) } }, { security: [{ cognito: [] }] }) },
        [OPEN("foundation least-privilege", "DELETE /orders")]],
    ["an empty requirement object is no requirement", { body: oas3({ "/orders": { get: op({ security: [{}] }) } }) }, [OPEN("foundation least-privilege", "GET /orders")]],
    ["an API key only", { body: oas3({ "/orders": { get: op({ security: [{ api_key: [] }] }) } }) }, [KEYED("foundation least-privilege", "GET /orders")]],
    ["an API key together with an authorizer", { body: oas3({ "/orders": { get: op({ security: [{ api_key: [], cognito: [] }] }) } }) }, []],
    ["x-amazon-apigateway-auth AWS_IAM", { body: oas3({ "/reports": { get: op({ "x-amazon-apigateway-auth": { type: "aws_iam" } }) } }) }, []],
    ["x-amazon-apigateway-auth NONE", { body: oas3({ "/reports": { get: op({ "x-amazon-apigateway-auth": { type: "NONE" } }) } }) }, [OPEN("foundation least-privilege", "GET /reports")]],
    ["x-amazon-apigateway-any-method", { body: oas3({ "/{proxy+}": { "x-amazon-apigateway-any-method": op() } }) }, [OPEN("foundation least-privilege", "ANY /{proxy+}")]],
    ["OPTIONS (CORS preflight) is left open", { body: oas3({ "/orders": { options: op() } }) }, []],
    ["a scheme the document does not define counts as authorization", { body: oas3({ "/orders": { get: op({ security: [{ elsewhere: [] }] }) } }) }, []],
    ["more than five open operations are summed up", { body: oas3(Object.fromEntries(["/a", "/b", "/c", "/d", "/e", "/f", "/g"].map((p) => [p, { get: op() }]))) },
        [OPEN("foundation least-privilege", "GET /a, GET /b, GET /c, GET /d, GET /e and 2 more")]],
    ["OpenAPI 2 (securityDefinitions) with an API key", { body: JSON.stringify({ swagger: "2.0", info: { title: "t", version: "1" }, securityDefinitions: { api_key: apiKey },
        paths: { "/pets": { get: op({ security: [{ api_key: [] }] }), post: op() } } }) }, [OPEN("foundation least-privilege", "POST /pets"), KEYED("foundation least-privilege", "GET /pets")]],
    ["YAML with a global IAM (awsSigv4) requirement", { body: [
        "openapi: 3.0.1", "info: { title: t, version: '1' }", "security:", "  - sigv4: []", "paths:", "  /reports:", "    get: {}",
        "components:", "  securitySchemes:", "    sigv4: { type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4 }"].join("\n") }, []],
    ["YAML without security", { body: "openapi: 3.0.1\ninfo:\n  title: t\n  version: '1'\npaths:\n  /health:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n" },
        [OPEN("foundation least-privilege", "GET /health")]],
    ["a body given as an object", { body: { openapi: "3.0.1", paths: { "/x": { get: {} } } } }, [OPEN("foundation least-privilege", "GET /x")]],
    ["a private API (VPC endpoints only) is judged by its resource policy", { endpointConfiguration: { types: ["PRIVATE"] }, body: oas3({ "/orders": { get: op() } }) }, []],
    ["endpoint types not known yet", { endpointConfiguration: { types: UNKNOWN }, body: oas3({ "/orders": { get: op() } }) }, []],
    ["an edge-optimized API (no endpointConfiguration)", { endpointConfiguration: undefined, body: oas3({ "/orders": { get: op() } }) }, [OPEN("foundation least-privilege", "GET /orders")]],
    ["body not known yet", { body: UNKNOWN }, []],
    ["body that is not OpenAPI", { body: "{ not json" }, []],
    ["YAML that does not parse", { body: "openapi: [1, 2\npaths: {" }, []],
    ["no body (methods are declared as resources)", { body: undefined }, []],
    ["an operation not known yet", { body: { paths: { "/a": { get: UNKNOWN } } } }, []],
    ["x-amazon-apigateway-auth not known yet", { body: { paths: { "/a": { get: { "x-amazon-apigateway-auth": UNKNOWN } } } } }, []],
    ["security not known yet", { body: { paths: { "/a": { get: { security: UNKNOWN } } } } }, []],
    ["a security requirement not known yet", { body: { paths: { "/a": { get: { security: [UNKNOWN] } } } } }, []],
    ["global security not known yet", { body: { security: UNKNOWN, paths: { "/a": { get: {} } } } }, []],
    ["paths not known yet", { body: { paths: UNKNOWN } }, []],
    ["a path item not known yet, next to an open one", { body: { paths: { "/a": UNKNOWN, "/b": { get: {} } } } }, [OPEN("foundation least-privilege", "GET /b")]],
    ["x-amazon-apigateway-auth padded \" none \"", { body: oas3({ "/r": { get: op({ "x-amazon-apigateway-auth": { type: " none " } }) } }) }, [OPEN("foundation least-privilege", "GET /r")]],
    ["x-amazon-apigateway-auth without a type", { body: oas3({ "/r": { get: op({ "x-amazon-apigateway-auth": {} }) } }) }, [OPEN("foundation least-privilege", "GET /r")]],
    ["exactly five open operations are all named", { body: oas3(Object.fromEntries(["/a", "/b", "/c", "/d", "/e"].map((p) => [p, { get: op() }]))) },
        [OPEN("foundation least-privilege", "GET /a, GET /b, GET /c, GET /d, GET /e")]],
    ["every HTTP method is read", { body: oas3({ "/m": { get: {}, put: {}, post: {}, delete: {}, patch: {}, head: {}, trace: {} } }) },
        [OPEN("foundation least-privilege", "GET /m, PUT /m, POST /m, DELETE /m, PATCH /m and 2 more")]],
    ["an API key scheme declared in OpenAPI 2 and 3 at once: the OpenAPI 3 one wins", { body: JSON.stringify({ openapi: "3.0.1", paths: { "/k": { get: { security: [{ s: [] }] } } },
        securityDefinitions: { s: cognito }, components: { securitySchemes: { s: apiKey } } }) }, [KEYED("foundation least-privilege", "GET /k")]],
    ["an API key scheme with an API Gateway auth type is an authorizer", { body: oas3({ "/k": { get: { security: [{ sig: [] }] } } }, {
        components: { securitySchemes: { sig: { ...apiKey, "x-amazon-apigateway-authtype": "awsSigv4" } } } }) }, []],
    ["a JSON body is read as JSON, even with a key twice (which YAML refuses)", { body: '  {"paths": {"/a": {"get": {}}}, "paths": {"/b": {"get": {}}}}' }, [OPEN("foundation least-privilege", "GET /b")]],
    ["padded PRIVATE endpoint type", { endpointConfiguration: { types: [" private "] }, body: oas3({ "/orders": { get: op() } }) }, []],
    ["an endpoint type not known yet in a list", { endpointConfiguration: { types: ["REGIONAL", UNKNOWN] }, body: oas3({ "/orders": { get: op() } }) }, []],
    ["endpointConfiguration not known yet", { endpointConfiguration: UNKNOWN, body: oas3({ "/orders": { get: op() } }) }, []],
]);

fullTypeTable(routes, HTTP_API, [
    ["quick create: target without body", { target: "arn:aws:lambda:us-east-1:111111111111:function:orders" },
        [`target creates the route "$default" without authorization (quick create) (FSBP APIGateway.8): declare the route as an aws.apigatewayv2.Route with an authorizer instead; ${WHY}`]],
    ["quick create with a route key", { target: "https://example.com", routeKey: "GET /orders" },
        [`target creates the route "GET /orders" without authorization (quick create) (FSBP APIGateway.8): declare the route as an aws.apigatewayv2.Route with an authorizer instead; ${WHY}`]],
    ["quick create, target not known yet", { target: UNKNOWN }, []],
    ["an OpenAPI body with a JWT authorizer", { body: JSON.stringify({ openapi: "3.0.1", info: { title: "t", version: "1" }, paths: { "/orders": { get: { security: [{ jwt: ["read"] }] } } },
        components: { securitySchemes: { jwt: { type: "oauth2", "x-amazon-apigateway-authorizer": { type: "jwt", jwtConfiguration: { issuer: "https://auth.example.com", audience: ["a"] } } } } } }) }, []],
    ["an OpenAPI body without security", { body: oas3({ "/orders": { get: op() } }) }, [OPEN("FSBP APIGateway.8", "GET /orders")]],
    ["a WebSocket API is authorized on $connect (its routes)", { protocolType: "WEBSOCKET", target: "arn:aws:lambda:us-east-1:111111111111:function:chat" }, []],
    ["protocol not known yet", { protocolType: UNKNOWN, target: "arn:aws:lambda:us-east-1:111111111111:function:orders" }, []],
    ["protocol in lower case, padded", { protocolType: " http ", target: "t" },
        [`target creates the route "$default" without authorization (quick create) (FSBP APIGateway.8): declare the route as an aws.apigatewayv2.Route with an authorizer instead; ${WHY}`]],
    ["an empty body is no body", { body: "", target: "t", routeKey: " POST /jobs " },
        [`target creates the route "POST /jobs" without authorization (quick create) (FSBP APIGateway.8): declare the route as an aws.apigatewayv2.Route with an authorizer instead; ${WHY}`]],
    ["a blank target", { target: " " }, []],
    ["route key not known yet", { target: "t", routeKey: UNKNOWN }, []],
    ["a body not known yet", { body: UNKNOWN, target: "t" }, []],
]);

fullTypeTable(routes, ROUTE, [
    ["a custom WebSocket route key", { routeKey: "sendMessage", authorizationType: "NONE" }, []],
    ["$connect without an authorizer", { routeKey: "$connect", authorizationType: "NONE" }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got "NONE": ${WHY}`]],
    ["an HTTP route with an unusual method spelling", { routeKey: "delete /orders/{id}", authorizationType: "NONE" }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got "NONE": ${WHY}`]],
    ["ANY /{proxy+}", { routeKey: "ANY /{proxy+}", authorizationType: undefined }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got not set (NONE): ${WHY}`]],
    ["route key not known yet", { routeKey: UNKNOWN, authorizationType: "NONE" }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got "NONE": ${WHY}`]],
    ["authorization type not known yet", { routeKey: "GET /a", authorizationType: UNKNOWN }, []],
    ["a padded \" none \"", { routeKey: "GET /a", authorizationType: " none " }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got " none ": ${WHY}`]],
    ["a padded, lower-case CORS preflight", { routeKey: "  options /orders", authorizationType: "NONE" }, []],
    ["two spaces after the method", { routeKey: "GET  /orders", authorizationType: "NONE" }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got "NONE": ${WHY}`]],
    ["a WebSocket route key that contains an HTTP-looking part", { routeKey: "notify GET /x", authorizationType: "NONE" }, []],
    ["a padded $connect", { routeKey: " $connect ", authorizationType: "NONE" }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got "NONE": ${WHY}`]],
]);

fullTypeTable(routes, METHOD, [
    ["NONE with an API key", { authorization: "NONE", apiKeyRequired: true }, [`authorization must not be "NONE" (foundation least-privilege), got "NONE" with apiKeyRequired true: ${KEY}; ${WHY}`]],
    ["NONE with the API key not required", { authorization: "NONE", apiKeyRequired: false }, [`authorization must not be "NONE" (foundation least-privilege): ${WHY}`]],
    ["a Cognito authorizer", { authorization: "COGNITO_USER_POOLS", authorizerId: "a1" }, []],
    ["authorization not known yet", { authorization: UNKNOWN }, []],
    ["a padded, lower-case OPTIONS", { authorization: "NONE", httpMethod: " options " }, []],
    ["HTTP method not set", { authorization: "NONE", httpMethod: undefined }, [`authorization must not be "NONE" (foundation least-privilege): ${WHY}`]],
    ["a padded \" none \"", { authorization: " none " }, [`authorization must not be "NONE" (foundation least-privilege): ${WHY}`]],
    ["authorization not set", { authorization: undefined }, []],
]);

const WEAK_DOMAIN = (got: string) => 'securityPolicy must accept only TLS 1.2 or later, e.g. "TLS_1_2" or "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09" (with endpointAccessMode) ' +
    `(foundation encrypted-in-transit), got "${got}": it lets clients connect with TLS 1.0 or 1.1, deprecated protocols (RFC 8996) open to downgrade attacks`;
fullTypeTable(domainTls, DOMAIN, [
    ["TLS_1_0", { securityPolicy: "TLS_1_0" }, [WEAK_DOMAIN("TLS_1_0")]],
    ["tls_1_0 in lower case", { securityPolicy: "tls_1_0" }, [WEAK_DOMAIN("tls_1_0")]],
    ["not set (the default, TLS_1_2)", { securityPolicy: undefined }, []],
    ["SecurityPolicy_TLS13_1_3_2025_09", { securityPolicy: "SecurityPolicy_TLS13_1_3_2025_09", endpointAccessMode: "STRICT" }, []],
    ["SecurityPolicy_TLS12_2018_EDGE", { securityPolicy: "SecurityPolicy_TLS12_2018_EDGE", endpointAccessMode: "BASIC" }, []],
    ["not known yet", { securityPolicy: UNKNOWN }, []],
    ["padded", { securityPolicy: " TLS_1_0 " }, [WEAK_DOMAIN(" TLS_1_0 ")]],
]);

/** Stack resources as the engine sends them: property dependencies name where each input's value comes from. */
function resource(type: string, name: string, props: Props, propertyDependencies: Record<string, string[]> = {}): StackResource {
    return { urn: `urn:pulumi:dev::app::${type}::${name}`, type, name, props, dependencies: [...new Set(Object.values(propertyDependencies).flat())], propertyDependencies };
}
const urn = (type: string, name: string) => `urn:pulumi:dev::app::${type}::${name}`;
const API_URN = urn(REST_API, "orders");
const STAGE_URN = urn("aws:apigateway/stage:Stage", "orders-prod");
const restApi = (props: Props = {}) => resource(REST_API, "orders", { name: "orders", endpointConfiguration: { types: "REGIONAL" }, ...props });
const stage = (props: Props = {}) => resource("aws:apigateway/stage:Stage", "orders-prod", { restApi: UNKNOWN, deployment: UNKNOWN, stageName: "prod", ...props },
    { restApi: [API_URN], deployment: [urn("aws:apigateway/deployment:Deployment", "orders")] });
const settings = (values: Props, props: Props = {}, deps: Record<string, string[]> = { restApi: [API_URN], stageName: [STAGE_URN] }) =>
    resource("aws:apigateway/methodSettings:MethodSettings", "orders-prod-all", { restApi: UNKNOWN, stageName: UNKNOWN, methodPath: "*/*", settings: values, ...props }, deps);
const association = (props: Props = {}, deps: Record<string, string[]> = { resourceArn: [STAGE_URN] }) =>
    resource("aws:wafv2/webAclAssociation:WebAclAssociation", "orders-prod-acl", { resourceArn: UNKNOWN, webAclArn: UNKNOWN, ...props }, deps);

describe("policy apigateway-execution-logging (stack)", () => {
    const MISSING = (got: string) => [{ urn: STAGE_URN, message: 'no aws.apigateway.MethodSettings for this stage sets settings.loggingLevel "ERROR" or "INFO" for methodPath "*/*" ' +
        `(FSBP APIGateway.1), got ${got}: without execution logs there is no record of the errors, authorizer decisions and integration responses behind each request` }];
    it("a stage-wide MethodSettings at ERROR or INFO passes", () => {
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings({ loggingLevel: "INFO" })]), []);
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings({ loggingLevel: "error" })]), []);
    });
    it("no MethodSettings, OFF, or settings for one method only are reported", () => {
        assert.deepStrictEqual(executionLogging.check([restApi(), stage()]), MISSING("none"));
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings({ loggingLevel: "OFF", metricsEnabled: true })]), MISSING('"OFF"'));
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings({ loggingLevel: "INFO" }, { methodPath: "orders/GET" })]), MISSING("none"));
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings({ metricsEnabled: true })]), MISSING("none"));
    });
    it("settings for another stage do not count; literal names match", () => {
        const other = settings({ loggingLevel: "INFO" }, {}, { restApi: [API_URN], stageName: [urn("aws:apigateway/stage:Stage", "orders-dev")] });
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), other]), MISSING("none"));
        const literal = settings({ loggingLevel: "INFO" }, { restApi: "a1b2c3", stageName: "prod" }, {});
        assert.deepStrictEqual(executionLogging.check([restApi(), stage({ restApi: "a1b2c3" }), literal]), []);
        const otherApi = settings({ loggingLevel: "INFO" }, { restApi: "z9y8x7", stageName: "prod" }, {});
        assert.deepStrictEqual(executionLogging.check([restApi(), stage({ restApi: "a1b2c3" }), otherApi]), MISSING("none"));
    });
    it("settings whose stage cannot be told yet, or whose level is unknown, are given the benefit of the doubt", () => {
        assert.deepStrictEqual(executionLogging.check([restApi(), stage({ stageName: UNKNOWN }), settings({ loggingLevel: "OFF" }, { stageName: "prod" }, { restApi: [API_URN] })]), []);
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings({ loggingLevel: UNKNOWN })]), []);
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings(UNKNOWN as never)]), []);
    });
    it("literal stage names with the API taken from resources: the same API matches, another does not, none known is a match", () => {
        const OTHER_API = urn(REST_API, "billing");
        const named = (deps: Record<string, string[]>) => settings({ loggingLevel: "INFO" }, { stageName: "prod" }, deps);
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), named({ restApi: [API_URN] })]), []);
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), named({ restApi: [OTHER_API] })]), MISSING("none"));
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), named({ other: [OTHER_API] })]), []);
    });
    it("a stage name of the settings' own that differs, or no stage name at all, is another stage", () => {
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings({ loggingLevel: "INFO" }, { stageName: "dev" }, { restApi: [API_URN] })]), MISSING("none"));
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings({ loggingLevel: "INFO" }, { stageName: undefined }, { restApi: [API_URN] })]), MISSING("none"));
        assert.deepStrictEqual(executionLogging.check([restApi(), stage({ stageName: UNKNOWN }), settings({ loggingLevel: "INFO" }, { stageName: undefined }, { restApi: [API_URN] })]), []);
    });
    it("levels and paths are read leniently", () => {
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings({ loggingLevel: " INFO " }, { methodPath: " */* " })]), []);
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings({ loggingLevel: "OFF" }, { methodPath: UNKNOWN })]), MISSING('"OFF"'));
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), settings(undefined as never)]), MISSING("none"));
        const first = settings({ metricsEnabled: true });
        const second = { ...settings({ loggingLevel: "OFF" }), urn: urn("aws:apigateway/methodSettings:MethodSettings", "second"), name: "second" };
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), first, second]), MISSING('"OFF"'));
    });
    it("without property dependencies (an engine that sends none), a dependency on the stage counts", () => {
        const bare = { ...settings({ loggingLevel: "INFO" }), propertyDependencies: {}, dependencies: [STAGE_URN] };
        assert.deepStrictEqual(executionLogging.check([restApi(), stage(), bare]), []);
    });
    it("WebSocket stages log through defaultRouteSettings; HTTP API stages have no execution logs", () => {
        const api = (protocolType: string) => resource(HTTP_API, "chat", { name: "chat", protocolType });
        const v2 = (defaultRouteSettings?: Props) => resource("aws:apigatewayv2/stage:Stage", "chat-prod", { apiId: UNKNOWN, name: "prod", defaultRouteSettings },
            { apiId: [urn(HTTP_API, "chat")] });
        const V2_URN = urn("aws:apigatewayv2/stage:Stage", "chat-prod");
        assert.deepStrictEqual(executionLogging.check([api("WEBSOCKET"), v2({ loggingLevel: "ERROR" })]), []);
        assert.deepStrictEqual(executionLogging.check([api("WEBSOCKET"), v2()]), [{ urn: V2_URN, message: 'defaultRouteSettings.loggingLevel must be "ERROR" or "INFO" on this WebSocket API stage ' +
            "(FSBP APIGateway.1), got not set (OFF): without execution logs there is no record of the errors, authorizer decisions and integration responses behind each request" }]);
        assert.deepStrictEqual(executionLogging.check([api("WEBSOCKET"), v2({ loggingLevel: "OFF" })]).map((v) => v.message.includes('got "OFF"')), [true]);
        assert.deepStrictEqual(executionLogging.check([api("HTTP"), v2()]), []);
        assert.deepStrictEqual(executionLogging.check([v2()]), [], "the API is not in the stack");
        assert.deepStrictEqual(executionLogging.check([api("WEBSOCKET"), v2(UNKNOWN as never)]), []);
        assert.strictEqual(executionLogging.check([api(" websocket "), v2()]).length, 1);
        assert.deepStrictEqual(executionLogging.check([api("WEBSOCKET"), v2({ loggingLevel: " info " })]), []);
    });
});

describe("policy apigateway-public-stage-protected (stack)", () => {
    const NO_WAF = { urn: STAGE_URN, message: "no AWS WAF web ACL is associated with this public REST API stage (FSBP APIGateway.4): add an aws.wafv2.WebAclAssociation whose resourceArn is the " +
        "stage's arn, with rules such as the AWS managed core rule set and a rate-based rule, so exploits and floods are filtered before they reach the API" };
    const NO_THROTTLE = { urn: STAGE_URN, message: "this public REST API stage sets no throttling limits (foundation public-api-protected): set settings.throttlingRateLimit and " +
        'throttlingBurstLimit in an aws.apigateway.MethodSettings for methodPath "*/*", or throttleSettings in a usage plan for the stage; ' +
        "otherwise one client can spend the account's Region-wide request quota, which every API of the account shares" };
    const throttled = () => settings({ loggingLevel: "ERROR", throttlingRateLimit: 100, throttlingBurstLimit: 50 });

    it("a WAF association and throttling pass", () => {
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), throttled(), association()]), []);
    });
    it("each missing protection is reported", () => {
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), throttled()]), [NO_WAF]);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association()]), [NO_THROTTLE]);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), settings({ throttlingRateLimit: -1, throttlingBurstLimit: -1 }), association()]), [NO_THROTTLE], "-1 turns throttling off");
        assert.deepStrictEqual(protectedStage.check([restApi({ endpointConfiguration: undefined }), stage()]), [NO_WAF, NO_THROTTLE], "edge-optimized by default");
    });
    it("an association for another resource does not count; one naming the stage's ARN does; WAF Classic regional too", () => {
        const elsewhere = association({ resourceArn: "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/web/1" }, {});
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), throttled(), elsewhere]), [NO_WAF]);
        const byArn = association({ resourceArn: "arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/prod" }, {});
        assert.deepStrictEqual(protectedStage.check([restApi(), stage({ restApi: "a1b2c3" }), throttled(), byArn]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage({ restApi: "z9y8x7" }), throttled(), byArn]), [NO_WAF], "another API's stage of the same name");
        const classic = resource("aws:wafregional/webAclAssociation:WebAclAssociation", "acl", { resourceArn: UNKNOWN, webAclId: "w" }, { resourceArn: [STAGE_URN] });
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), throttled(), classic]), []);
    });
    it("a usage plan's throttling counts, for its stages only", () => {
        const plan = (props: Props, deps: Record<string, string[]> = { apiStages: [API_URN, STAGE_URN] }) => resource("aws:apigateway/usagePlan:UsagePlan", "plan", props, deps);
        const limited = plan({ apiStages: [{ apiId: UNKNOWN, stage: UNKNOWN }], throttleSettings: { rateLimit: 10, burstLimit: 5 } });
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), limited]), []);
        const perPath = plan({ apiStages: [{ apiId: UNKNOWN, stage: UNKNOWN, throttles: [{ path: "/orders/GET", rateLimit: 5 }] }] });
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), perPath]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), plan({ apiStages: [{ apiId: "a", stage: "prod" }], quotaSettings: { limit: 1000, period: "DAY" } })]), [NO_THROTTLE],
            "a quota is not throttling");
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), plan({ apiStages: [{ apiId: "a", stage: "dev" }], throttleSettings: { rateLimit: 10 } }, {})]), [NO_THROTTLE]);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), plan({ apiStages: [{ apiId: "a", stage: "prod" }], throttleSettings: { rateLimit: 10 } }, {})]), []);
    });
    it("each throttling limit counts alone; throttling for another stage does not", () => {
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), settings({ throttlingRateLimit: 100 })]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), settings({ throttlingBurstLimit: 50 })]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), settings({ throttlingBurstLimit: UNKNOWN })]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), settings({ throttlingRateLimit: "100" })]), []);
        const elsewhere = settings({ throttlingRateLimit: 100, throttlingBurstLimit: 50 }, {}, { restApi: [API_URN], stageName: [urn("aws:apigateway/stage:Stage", "orders-dev")] });
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), elsewhere]), [NO_THROTTLE]);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), settings(UNKNOWN as never)]), []);
    });
    it("usage plans: each limit alone, per-path throttles of any listed stage, lists not known yet", () => {
        const plan = (props: Props) => resource("aws:apigateway/usagePlan:UsagePlan", "plan", props, { apiStages: [API_URN, STAGE_URN] });
        const literal = (props: Props) => resource("aws:apigateway/usagePlan:UsagePlan", "plan", props, {});
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), plan({ apiStages: [{ stage: "prod" }], throttleSettings: { burstLimit: 5 } })]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), plan({ apiStages: [{ stage: "prod" }], throttleSettings: { rateLimit: 5 } })]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), plan({ apiStages: UNKNOWN })]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), plan({ apiStages: [UNKNOWN] })]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), plan({ apiStages: [{ stage: "prod" }, { stage: "dev", throttles: [{ path: "/a/GET", rateLimit: 1 }] }] })]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), plan({ apiStages: [{ stage: "prod", throttles: null }] })]), [NO_THROTTLE]);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), literal({ apiStages: [{ stage: "dev" }, { stage: "prod" }], throttleSettings: { rateLimit: 1 } })]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), literal({ apiStages: [null, { stage: "prod" }], throttleSettings: { rateLimit: 1 } })]), []);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage({ stageName: UNKNOWN }), association(), literal({ apiStages: [{ stage: "prod" }], throttleSettings: { rateLimit: 1 } })]),
            [NO_THROTTLE]);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage(), association(), literal({ apiStages: "prod", throttleSettings: { rateLimit: 1 } })]), [NO_THROTTLE]);
    });
    it("web ACL associations by ARN: the stage's name ends it, and the API id is in it when known", () => {
        const byArn = (resourceArn: unknown) => association({ resourceArn }, {});
        const withApi = (arn: unknown, api: unknown = "a1b2c3") => protectedStage.check([restApi(), stage({ restApi: api }), settings({ throttlingRateLimit: 1 }), byArn(arn)]);
        assert.deepStrictEqual(withApi("arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/prod", UNKNOWN), []);
        assert.deepStrictEqual(withApi("arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/prod-v2"), [NO_WAF]);
        assert.deepStrictEqual(withApi(UNKNOWN), [NO_WAF]);
        assert.deepStrictEqual(protectedStage.check([restApi(), stage({ restApi: "a1b2c3", stageName: UNKNOWN }), settings({ throttlingRateLimit: 1 }),
            byArn("arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/prod")]), [NO_WAF]);
    });
    it("the stage's API is the REST API it takes restApi from, whatever else it depends on", () => {
        const deployment = resource("aws:apigateway/deployment:Deployment", "orders", { restApi: UNKNOWN }, { restApi: [API_URN] });
        const bare = { ...stage(), propertyDependencies: {}, dependencies: [deployment.urn, API_URN] };
        assert.deepStrictEqual(protectedStage.check([deployment, restApi({ endpointConfiguration: { types: "PRIVATE" } }), bare]), []);
        const second = resource(REST_API, "billing", { name: "billing", endpointConfiguration: { types: "PRIVATE" } });
        assert.deepStrictEqual(protectedStage.check([second, restApi(), stage()]), [NO_WAF, NO_THROTTLE]);
    });
    it("private APIs, and stages whose API is not in the stack or not known yet, are left alone", () => {
        assert.deepStrictEqual(protectedStage.check([restApi({ endpointConfiguration: { types: "PRIVATE", vpcEndpointIds: ["vpce-1"] } }), stage()]), []);
        assert.deepStrictEqual(protectedStage.check([restApi({ endpointConfiguration: UNKNOWN }), stage()]), []);
        assert.deepStrictEqual(protectedStage.check([restApi({ endpointConfiguration: { types: [" private "] } }), stage()]), []);
        assert.deepStrictEqual(protectedStage.check([restApi({ endpointConfiguration: { types: ["REGIONAL", UNKNOWN] } }), stage()]), []);
        assert.deepStrictEqual(protectedStage.check([stage()]), []);
    });
    it("HTTP and WebSocket API stages need throttling of their own (AWS WAF does not protect them)", () => {
        const V2_URN = urn("aws:apigatewayv2/stage:Stage", "api");
        const v2 = (props: Props) => resource("aws:apigatewayv2/stage:Stage", "api", { apiId: UNKNOWN, name: "$default", ...props }, { apiId: [urn(HTTP_API, "api")] });
        const MESSAGE = { urn: V2_URN, message: "this API stage sets no throttling limits (foundation public-api-protected): set defaultRouteSettings.throttlingRateLimit and " +
            "throttlingBurstLimit; otherwise one client can spend the account's Region-wide request quota, which every API of the account shares" };
        assert.deepStrictEqual(protectedStage.check([v2({ defaultRouteSettings: { throttlingRateLimit: 100, throttlingBurstLimit: 50 } })]), []);
        assert.deepStrictEqual(protectedStage.check([v2({ defaultRouteSettings: { throttlingBurstLimit: 0 } })]), []);
        assert.deepStrictEqual(protectedStage.check([v2({ routeSettings: [{ routeKey: "GET /orders", throttlingRateLimit: 10 }] })]), []);
        assert.deepStrictEqual(protectedStage.check([v2({ defaultRouteSettings: { detailedMetricsEnabled: true } })]), [MESSAGE]);
        assert.deepStrictEqual(protectedStage.check([v2({})]), [MESSAGE]);
        assert.deepStrictEqual(protectedStage.check([v2({ defaultRouteSettings: UNKNOWN })]), []);
        assert.deepStrictEqual(protectedStage.check([v2({ routeSettings: UNKNOWN })]), []);
        assert.deepStrictEqual(protectedStage.check([v2({ defaultRouteSettings: { throttlingRateLimit: 10 } })]), []);
        assert.deepStrictEqual(protectedStage.check([v2({ routeSettings: [{ routeKey: "GET /a", throttlingBurstLimit: 10 }] })]), []);
        assert.deepStrictEqual(protectedStage.check([v2({ routeSettings: [{ routeKey: "GET /a", detailedMetricsEnabled: true }] })]), [MESSAGE]);
    });
    it("an exempted stage is not reported", () => {
        assert.deepStrictEqual(protectedStage.check([restApi(), stage()], { exemptions: [{ match: "orders-prod", justification: "behind CloudFront with AWS WAF" }] }), []);
    });
});

/*
 * Scanners' cases as @pulumi/aws v7 inputs: checkov test_APIGatewayAuthorization (CKV_AWS_59), example_APIGatewayV2RouteDefinesAuthorizationType
 * (CKV_AWS_309), test_APIGatewayAccessLogging (CKV_AWS_76), example_APIGatewayDomainNameTLS (CKV_AWS_206); Prowler
 * apigateway_restapi_authorizers_enabled, apigateway_restapi_waf_acl_attached, apigateway_restapi_logging_enabled.
 */
describe("scanners' API Gateway cases", () => {
    it("CKV_AWS_59: NONE is reported (advisory), IAM passes; NONE with an API key is reported too, as AWS advises", () => {
        const method = (props: Props) => routes.check(METHOD, { restApi: "r", resourceId: "res", httpMethod: "GET", ...props });
        assert.deepStrictEqual(method({ authorization: "NONE" }), [`authorization must not be "NONE" (foundation least-privilege): ${WHY}`]);
        assert.deepStrictEqual(method({ authorization: "AWS_IAM" }), []);
        assert.strictEqual(method({ authorization: "NONE", apiKeyRequired: true }).length, 1);
        assert.strictEqual(routes.metadata.enforcementLevel, "advisory");
    });
    it("CKV_AWS_309: $default routes without an authorization type are reported, JWT and IAM pass", () => {
        const route = (props: Props) => routes.check(ROUTE, { apiId: "a", routeKey: "$default", ...props });
        // The pack cannot tell an HTTP API's $default route from a WebSocket one, where AWS refuses an authorizer: it passes both.
        assert.deepStrictEqual(route({}), []);
        assert.deepStrictEqual(route({ authorizationType: "NONE" }), []);
        assert.deepStrictEqual(route({ authorizationType: "JWT" }), []);
        assert.deepStrictEqual(route({ authorizationType: "AWS_IAM" }), []);
        assert.strictEqual(routes.check(ROUTE, { apiId: "a", routeKey: "GET /pets" }).length, 1);
    });
    it("REST and HTTP stage access logs: blank or unknown destinations", () => {
        const stage = (accessLogSettings: unknown) => accessLogging.check("aws:apigatewayv2/stage:Stage", { apiId: "a", name: "$default", accessLogSettings });
        const MESSAGE = "accessLogSettings.destinationArn must name a CloudWatch Logs group (FSBP APIGateway.9): without access logs there is no record of who called the API";
        assert.deepStrictEqual(stage({ destinationArn: " ", format: "$context.requestId" }), [MESSAGE]);
        assert.deepStrictEqual(stage({ format: "$context.requestId" }), [MESSAGE]);
        assert.deepStrictEqual(stage(UNKNOWN), []);
        assert.deepStrictEqual(stage({ destinationArn: "arn:aws:logs:us-east-1:111111111111:log-group:api", format: "x" }), []);
    });
    it("CKV_AWS_76: REST stage access logs", () => {
        assert.strictEqual(accessLogging.check("aws:apigateway/stage:Stage", { restApi: "Example" }).length, 1);
        assert.deepStrictEqual(accessLogging.check("aws:apigateway/stage:Stage", { restApi: "Example", accessLogSettings: { destinationArn: "some-arn" } }), []);
    });
    it("CKV_AWS_206: TLS_1_0 is blocked; TLS_1_2 and the enhanced policies pass", () => {
        assert.deepStrictEqual(domainTls.check(DOMAIN, { securityPolicy: "TLS_1_0", domainName: "api.freebeer10.com" }), [WEAK_DOMAIN("TLS_1_0")]);
        for (const securityPolicy of ["TLS_1_2", "SecurityPolicy_TLS13_1_3_2025_09", "SecurityPolicy_TLS13_1_2_2021_06"]) {
            assert.deepStrictEqual(domainTls.check(DOMAIN, { securityPolicy, domainName: "api.example.com" }), [], securityPolicy);
        }
    });
    it("Prowler apigateway_restapi_waf_acl_attached and apigateway_restapi_logging_enabled: a bare public stage gets both findings", () => {
        assert.strictEqual(protectedStage.check([restApi(), stage()]).filter((v) => v.message.includes("APIGateway.4")).length, 1);
        assert.strictEqual(executionLogging.check([restApi(), stage()]).length, 1);
    });
});

const OPEN_ROUTE = "anyone who finds the URL can call it; use an IAM, JWT, Cognito or Lambda authorizer, or exempt a deliberately public route with a justification";
configTable(routes, "aws:apigatewayv2/route:Route", [
    ["JWT", {}, []],
    ["NONE", { authorizationType: "NONE" }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got "NONE": ${OPEN_ROUTE}`]],
    ["unset", { authorizationType: undefined }, [`authorizationType must not be "NONE" (FSBP APIGateway.8), got not set (NONE): ${OPEN_ROUTE}`]],
    ["CORS preflight", { routeKey: "OPTIONS /orders", authorizationType: "NONE" }, []],
]);
configTable(routes, "aws:apigateway/method:Method", [
    ["IAM", {}, []],
    ["NONE", { authorization: "NONE" }, [`authorization must not be "NONE" (foundation least-privilege): ${OPEN_ROUTE}`]],
    ["OPTIONS", { authorization: "NONE", httpMethod: "OPTIONS" }, []],
]);

describe("policy apigateway-cache-encrypted", () => {
    const T = "aws:apigateway/methodSettings:MethodSettings";
    const MSG = (got: string) => `settings.cacheDataEncrypted must be true where settings.cachingEnabled is true (FSBP APIGateway.5), got ${got}: ` +
        "cached responses, which may carry your users' data, would be stored unencrypted";
    it("an encrypted cache, or no cache, passes; an unencrypted cache is reported and remediated", () => {
        assert.deepStrictEqual(apiCache.check(T, happy[T]!()), []);
        assert.deepStrictEqual(apiCache.check(T, { settings: { metricsEnabled: true } }), []);
        assert.deepStrictEqual(apiCache.check(T, { settings: { cachingEnabled: true } }), [MSG("not set (the default is false)")]);
        assert.deepStrictEqual(apiCache.check(T, { settings: { cachingEnabled: "true", cacheDataEncrypted: false } }), [MSG("false")]);
        assert.deepStrictEqual(apiCache.check(T, { settings: { cachingEnabled: true, cacheDataEncrypted: UNKNOWN } }), []);
        assert.deepStrictEqual(apiCache.remediate(T, { stageName: "prod", settings: { cachingEnabled: true, cacheTtlInSeconds: 60 } }),
            { stageName: "prod", settings: { cachingEnabled: true, cacheTtlInSeconds: 60, cacheDataEncrypted: true } });
    });
});

typedTable(accessLogging, "aws:apigatewayv2/stage:Stage", [
    ["no access logs", { accessLogSettings: undefined }, ["accessLogSettings.destinationArn must name a CloudWatch Logs group (FSBP APIGateway.9): without access logs there is no record of who called the API"]],
    ["destination unknown", { accessLogSettings: { destinationArn: UNKNOWN } }, []],
]);
typedTable(accessLogging, "aws:apigateway/stage:Stage", [
    ["no access logs", { accessLogSettings: undefined }, ["accessLogSettings.destinationArn must name a CloudWatch Logs group (foundation evidence): without access logs there is no record of who called the API"]],
]);

describe("review regressions", () => {
    it("apigateway-routes-authorized: WebSocket routes other than $connect cannot have an authorizer", () => {
        // A custom route key ("sendMessage") is a WebSocket route too: AWS accepts an authorizer on $connect only.
        for (const routeKey of ["$default", "$disconnect", "sendMessage"]) {
            assert.strictEqual(routes.check("aws:apigatewayv2/route:Route", { apiId: "a", routeKey, authorizationType: "NONE" }).length, 0, routeKey);
        }
        assert.strictEqual(routes.check("aws:apigatewayv2/route:Route", { apiId: "a", routeKey: "POST /messages", authorizationType: "NONE" }).length, 1);
        assert.strictEqual(routes.check("aws:apigatewayv2/route:Route", { apiId: "a", routeKey: "$connect", authorizationType: "NONE" }).length, 1);
    });
});
