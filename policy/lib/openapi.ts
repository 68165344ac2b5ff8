/**
 * OpenAPI definitions of API Gateway APIs (`aws.apigateway.RestApi` and `aws.apigatewayv2.Api` `body`):
 * parsing (JSON or YAML text), and which operations API Gateway would expose without authorization.
 *
 * How API Gateway reads authorization from an OpenAPI definition (read 2026-12-06):
 * - `security` on the operation, else the document's global `security`, names security schemes
 *   (`components.securitySchemes` in OpenAPI 3, `securityDefinitions` in OpenAPI 2);
 * - a scheme with `x-amazon-apigateway-authorizer` is a Lambda, Cognito or JWT authorizer; one with
 *   `x-amazon-apigateway-authtype` "awsSigv4" is IAM authorization:
 *   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html
 *   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authtype.html
 * - `x-amazon-apigateway-auth` on an operation: `{ "type": "AWS_IAM" }`, or "NONE" for open access:
 *   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-auth.html
 * - a plain `apiKey` scheme (no authorizer, no authtype) makes the method require an API key, which
 *   identifies a usage plan's client and is not authorization ("Don't use API keys for authentication
 *   or authorization to control access to your APIs"):
 *   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
 */
import { UNKNOWN, Unknown } from "./unknown";
import { asList, asRecord, asString } from "./values";

type YamlParse = (text: string, options: { logLevel: string }) => unknown;

/**
 * The `yaml` package's parser, required on the first YAML body (never at pack start; Node caches the module);
 * `undefined` when it is not installed, and YAML bodies are then not read.
 */
function yaml(): YamlParse | undefined {
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, only for YAML bodies
        return (require("yaml") as { parse: YamlParse }).parse;
    } catch {
        return undefined;
    }
}

/** JSON text, else YAML text (errors throw: logLevel "error"; warnings such as unknown tags stay quiet). */
function parseText(text: string): unknown {
    try {
        return text.startsWith("{") ? JSON.parse(text) : yaml()?.(text, { logLevel: "error" });
    } catch {
        return undefined;
    }
}

/** An OpenAPI document from a `body` input: JSON or YAML text, or an object; `undefined` when it cannot be read. */
export function parseOpenApi(body: unknown): Record<string, unknown> | Unknown | undefined {
    return asRecord(typeof body === "string" ? parseText(body.trim()) : body);
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "trace", "x-amazon-apigateway-any-method"];

/** How an operation is protected when it has no authorizer. */
export type OperationAuth = "api-key" | "open";

export interface OperationFinding {
    /** e.g. "GET /orders", "ANY /{proxy+}". */
    readonly operation: string;
    readonly auth: OperationAuth;
}

const known = (record: Record<string, unknown> | Unknown | undefined) => (record === UNKNOWN || record === undefined ? {} : record);

function schemesOf(document: Record<string, unknown>): Record<string, unknown> {
    const components = known(asRecord(document["components"]));
    return { ...known(asRecord(document["securityDefinitions"])), ...known(asRecord(components["securitySchemes"])) };
}

/** A plain API key scheme: `type: apiKey` without an API Gateway authorizer or auth type. */
function plainApiKey(scheme: unknown): boolean {
    const record = known(asRecord(scheme));
    return asString(record["type"]) === "apiKey" && record["x-amazon-apigateway-authorizer"] === undefined && record["x-amazon-apigateway-authtype"] === undefined;
}

/** `security` requirements to what they mean ("authorized" when one names an authorizer); `undefined` when there is no requirement list. */
function securityAuth(security: unknown, schemes: Record<string, unknown>): OperationAuth | "authorized" | undefined {
    const list = asList(security);
    if (list === UNKNOWN) return "authorized";
    if (list === undefined) return undefined;
    const names = list.flatMap((requirement) => {
        const record = asRecord(requirement);
        return record === UNKNOWN ? ["?"] : Object.keys(known(record));
    });
    if (names.length === 0) return "open";
    // A scheme the document does not define, or any other kind of scheme, counts as authorization.
    return names.every((name) => plainApiKey(schemes[name])) ? "api-key" : "authorized";
}

/**
 * The operations of a document (from parseOpenApi) that have no authorizer (CORS preflight OPTIONS operations
 * are left out; unknown parts count as authorized).
 */
export function unprotectedOperations(value: unknown): OperationFinding[] {
    const document = known(asRecord(value));
    const schemes = schemesOf(document);
    const global = securityAuth(document["security"], schemes);
    const findings: OperationFinding[] = [];
    for (const [path, item] of Object.entries(known(asRecord(document["paths"])))) {
        const operations = known(asRecord(item));
        for (const method of METHODS) {
            const operation = asRecord(operations[method]);
            if (operation === undefined || operation === UNKNOWN) continue;
            const auth = asRecord(operation["x-amazon-apigateway-auth"]);
            const authType = auth === undefined || auth === UNKNOWN ? auth : asString(auth["type"]);
            if (authType === UNKNOWN || (typeof authType === "string" && authType.trim().toUpperCase() !== "NONE")) continue;
            const found = securityAuth(operation["security"], schemes) ?? global ?? "open";
            if (found !== "authorized") findings.push({ operation: `${method === "x-amazon-apigateway-any-method" ? "ANY" : method.toUpperCase()} ${path}`, auth: found });
        }
    }
    return findings;
}
