import { UNKNOWN, asRecord, asString, defineResourcePolicy } from "../../lib";

const GRAPHQL_API = "aws:appsync/graphQLApi:GraphQLApi";

/**
 * AppSync field-level logging (Security Hub AppSync.2: fails when the field resolver log level is NONE;
 * ERROR, ALL, INFO and DEBUG pass). https://docs.aws.amazon.com/securityhub/latest/userguide/appsync-controls.html#appsync-2 (read 2026-12-06)
 */
function checkApi(props: Record<string, unknown>): string[] {
    const log = asRecord(props["logConfig"]);
    if (log === UNKNOWN) return [];
    const level = asString(log?.["fieldLogLevel"]);
    if (level === UNKNOWN || (typeof level === "string" && level.trim() !== "" && level.trim().toUpperCase() !== "NONE")) return [];
    return [`logConfig.fieldLogLevel must be "ERROR" or "ALL" (FSBP AppSync.2), got ${log === undefined ? "no logConfig" : level === undefined ? "not set" : JSON.stringify(level)}: ` +
        "without field-level logs there is no record of the queries and mutations the API resolved, or of the errors they raised"];
}

export const definition = defineResourcePolicy({
    name: "appsync-field-logging-enabled",
    description: "AppSync GraphQL APIs log field resolution (ERROR or ALL) to CloudWatch Logs.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["AppSync.2"] },
    checks: { [GRAPHQL_API]: checkApi },
});
