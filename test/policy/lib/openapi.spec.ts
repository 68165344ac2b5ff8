import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { parseOpenApi, unprotectedOperations } from "../../../policy/lib/openapi";

describe("policy/lib OpenAPI definitions", () => {
    it("parses JSON and YAML text; a YAML warning (an unknown tag) stays quiet", () => {
        assert.deepStrictEqual(parseOpenApi(' {"openapi": "3.0.1", "paths": {}} '), { openapi: "3.0.1", paths: {} });
        const warnings: unknown[] = [];
        const emitWarning = process.emitWarning;
        process.emitWarning = ((warning: unknown) => {
            warnings.push(warning);
        }) as typeof process.emitWarning;
        try {
            assert.deepStrictEqual(parseOpenApi("openapi: 3.0.1\ninfo:\n  title: !custom orders\n"), { openapi: "3.0.1", info: { title: "orders" } });
        } finally {
            process.emitWarning = emitWarning;
        }
        assert.deepStrictEqual(warnings, []);
        for (const odd of ["{ not json", "a: [unclosed", "", "- a list", 7, null]) assert.strictEqual(parseOpenApi(odd), undefined, String(odd));
        assert.strictEqual(parseOpenApi(UNKNOWN), UNKNOWN);
    });

    describe("unprotectedOperations", () => {
        const doc = (security: unknown, schemes: Record<string, unknown> = {}) => ({
            openapi: "3.0.1",
            components: { securitySchemes: schemes },
            paths: {
                "/orders": { get: { security }, options: { summary: "CORS preflight" } },
                "/{proxy+}": { "x-amazon-apigateway-any-method": {} },
            },
        });
        const apiKey = { type: "apiKey", name: "x-api-key", in: "header" };

        it("an operation without security, or with an empty requirement, is open", () => {
            assert.deepStrictEqual(unprotectedOperations(doc(undefined)), [{ operation: "GET /orders", auth: "open" }, { operation: "ANY /{proxy+}", auth: "open" }]);
            assert.deepStrictEqual(unprotectedOperations(doc([{}])), [{ operation: "GET /orders", auth: "open" }, { operation: "ANY /{proxy+}", auth: "open" }]);
        });

        it("an operation that only requires a plain API key is reported as api-key", () => {
            assert.deepStrictEqual(unprotectedOperations(doc([{ key: [] }], { key: apiKey })), [{ operation: "GET /orders", auth: "api-key" }, { operation: "ANY /{proxy+}", auth: "open" }]);
        });

        it("an authorizer, IAM authorization, a scheme the document does not define, or an unknown requirement is authorization", () => {
            const authorizer = { ...apiKey, "x-amazon-apigateway-authorizer": { type: "token", authorizerUri: "arn:aws:apigateway:us-east-1:lambda:path/fn" } };
            const sigv4 = { ...apiKey, "x-amazon-apigateway-authtype": "awsSigv4" };
            for (const [security, schemes] of [
                [[{ auth: [] }], { auth: authorizer }],
                [[{ iam: [] }], { iam: sigv4 }],
                [[{ key: [], auth: [] }], { key: apiKey, auth: authorizer }],
                [[{ undefinedScheme: [] }], {}],
                [UNKNOWN, {}],
                [[UNKNOWN], {}],
            ] as Array<[unknown, Record<string, unknown>]>) {
                assert.deepStrictEqual(unprotectedOperations(doc(security, schemes)), [{ operation: "ANY /{proxy+}", auth: "open" }], JSON.stringify([security, schemes]));
            }
        });

        it("the document's global security applies to operations without their own; an empty list of their own opens them", () => {
            const document = {
                swagger: "2.0",
                security: [{ auth: [] }],
                securityDefinitions: { auth: { type: "apiKey", "x-amazon-apigateway-authtype": "cognito_user_pools" } },
                paths: { "/orders": { get: {}, delete: { security: [] } }, "/health": { head: { security: [] } } },
            };
            assert.deepStrictEqual(unprotectedOperations(document), [{ operation: "DELETE /orders", auth: "open" }, { operation: "HEAD /health", auth: "open" }]);
        });

        it("x-amazon-apigateway-auth: AWS_IAM authorizes an operation; NONE does not", () => {
            const document = {
                openapi: "3.0.1",
                paths: { "/orders": { post: { "x-amazon-apigateway-auth": { type: " none " } }, put: { "x-amazon-apigateway-auth": { type: "AWS_IAM" } }, patch: { "x-amazon-apigateway-auth": UNKNOWN } } },
            };
            assert.deepStrictEqual(unprotectedOperations(document), [{ operation: "POST /orders", auth: "open" }]);
        });

        it("nothing for a document that is not one", () => {
            for (const odd of [undefined, UNKNOWN, "text", {}, { paths: UNKNOWN }, { paths: { "/a": UNKNOWN } }]) assert.deepStrictEqual(unprotectedOperations(odd), [], String(odd));
        });
    });
});
