/** policy/policies/appsync/: appsync-field-logging-enabled, appsync-no-api-key-auth. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as logging } from "../../../policy/policies/appsync/appsync-field-logging-enabled";
import { definition as apiKey } from "../../../policy/policies/appsync/appsync-no-api-key-auth";
import { Props } from "../factories";
import { policyTable } from "../tables";

const T = "aws:appsync/graphQLApi:GraphQLApi";

const WHY = "an API key is a static value shipped inside the client; anyone who extracts it can call the API, and it identifies no user. " +
    'Use "AWS_IAM", "AMAZON_COGNITO_USER_POOLS", "OPENID_CONNECT" or "AWS_LAMBDA"';
const PRIMARY = `authenticationType must not be "API_KEY" (FSBP AppSync.5): ${WHY}`;
const ADDITIONAL = (i: number) => `additionalAuthenticationProviders[${i}].authenticationType must not be "API_KEY" (FSBP AppSync.5): ${WHY}`;
policyTable(apiKey, T, [
    ["API_KEY by default", { authenticationType: "API_KEY" }, [PRIMARY]],
    ["api_key in lower case", { authenticationType: "api_key" }, [PRIMARY]],
    ["API_KEY as an additional mode", { additionalAuthenticationProviders: [{ authenticationType: "AWS_IAM" }, { authenticationType: "API_KEY" }] }, [ADDITIONAL(1)]],
    ["both", { authenticationType: "API_KEY", additionalAuthenticationProviders: [{ authenticationType: "API_KEY" }] }, [PRIMARY, ADDITIONAL(0)]],
    ["AWS_LAMBDA", { authenticationType: "AWS_LAMBDA", lambdaAuthorizerConfig: { authorizerUri: "arn:aws:lambda:us-east-1:111111111111:function:auth" } }, []],
    ["OPENID_CONNECT", { authenticationType: "OPENID_CONNECT", openidConnectConfig: { issuer: "https://auth.example.com" } }, []],
    ["modes not known yet", { authenticationType: UNKNOWN, additionalAuthenticationProviders: UNKNOWN }, []],
    ["an additional mode not known yet", { additionalAuthenticationProviders: [UNKNOWN, { authenticationType: UNKNOWN }] }, []],
    ["padded, after odd entries", { authenticationType: " API_KEY ", additionalAuthenticationProviders: [null, UNKNOWN, { authenticationType: " api_key " }] }, [PRIMARY, ADDITIONAL(2)]],
    ["one additional provider, not in a list", { additionalAuthenticationProviders: { authenticationType: "API_KEY" } }, [ADDITIONAL(0)]],
]);

const NO_LOGS = (got: string) => `logConfig.fieldLogLevel must be "ERROR" or "ALL" (FSBP AppSync.2), got ${got}: ` +
    "without field-level logs there is no record of the queries and mutations the API resolved, or of the errors they raised";
policyTable(logging, T, [
    ["no logConfig", { logConfig: undefined }, [NO_LOGS("no logConfig")]],
    ["NONE", { logConfig: { cloudwatchLogsRoleArn: "arn:aws:iam::111111111111:role/logs", fieldLogLevel: "NONE" } }, [NO_LOGS('"NONE"')]],
    ["no level", { logConfig: { cloudwatchLogsRoleArn: "arn:aws:iam::111111111111:role/logs" } }, [NO_LOGS("not set")]],
    ["ALL", { logConfig: { cloudwatchLogsRoleArn: "arn:aws:iam::111111111111:role/logs", fieldLogLevel: "ALL" } }, []],
    ["INFO", { logConfig: { cloudwatchLogsRoleArn: "arn:aws:iam::111111111111:role/logs", fieldLogLevel: "INFO" } }, []],
    ["level not known yet", { logConfig: { fieldLogLevel: UNKNOWN } }, []],
    ["logConfig not known yet", { logConfig: UNKNOWN }, []],
    ["a padded none", { logConfig: { fieldLogLevel: " none " } }, [NO_LOGS('" none "')]],
    ["a blank level", { logConfig: { fieldLogLevel: " " } }, [NO_LOGS('" "')]],
    ["a padded ERROR", { logConfig: { fieldLogLevel: " ERROR " } }, []],
]);

/* checkov example_AppSyncFieldLevelLogs (CKV_AWS_194), example_AppSyncLogging (CKV_AWS_193); Prowler appsync_graphql_api_no_api_key_authentication. */
describe("scanners' AppSync cases", () => {
    const api = (logConfig?: Props) => ({ authenticationType: "API_KEY", name: "example", ...(logConfig !== undefined && { logConfig }) });
    it("CKV_AWS_194 / CKV_AWS_193: field logs ALL and ERROR pass, NONE and none are reported", () => {
        assert.deepStrictEqual(logging.check(T, api({ cloudwatchLogsRoleArn: "aws_iam_role.example.arn", fieldLogLevel: "ALL" })), []);
        assert.deepStrictEqual(logging.check(T, api({ cloudwatchLogsRoleArn: "aws_iam_role.example.arn", fieldLogLevel: "ERROR" })), []);
        assert.deepStrictEqual(logging.check(T, api({ cloudwatchLogsRoleArn: "aws_iam_role.example.arn", fieldLogLevel: "NONE" })), [NO_LOGS('"NONE"')]);
        assert.deepStrictEqual(logging.check(T, api()), [NO_LOGS("no logConfig")]);
    });
    it("Prowler appsync_graphql_api_no_api_key_authentication: every one of those APIs uses an API key", () => {
        assert.deepStrictEqual(apiKey.check(T, api({ fieldLogLevel: "ALL" })), [PRIMARY]);
        assert.deepStrictEqual(apiKey.check(T, { ...api(), authenticationType: "AWS_IAM" }), []);
    });
});
