import { UNKNOWN, asList, asRecord, asString, defineResourcePolicy } from "../../lib";

const GRAPHQL_API = "aws:appsync/graphQLApi:GraphQLApi";

const WHY = "an API key is a static value shipped inside the client; anyone who extracts it can call the API, and it identifies no user. " +
    'Use "AWS_IAM", "AMAZON_COGNITO_USER_POOLS", "OPENID_CONNECT" or "AWS_LAMBDA"';

/**
 * AppSync GraphQL APIs authenticated with an API key (Security Hub AppSync.5), as the default mode or an
 * additional one. https://docs.aws.amazon.com/securityhub/latest/userguide/appsync-controls.html#appsync-5 (read 2026-12-06)
 */
function checkApi(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const primary = asString(props["authenticationType"]);
    if (typeof primary === "string" && primary.trim().toUpperCase() === "API_KEY") {
        messages.push(`authenticationType must not be "API_KEY" (FSBP AppSync.5): ${WHY}`);
    }
    const additional = asList(props["additionalAuthenticationProviders"]);
    (Array.isArray(additional) ? additional : []).forEach((p, i) => {
        const provider = asRecord(p);
        const type = provider === UNKNOWN || provider === undefined ? undefined : asString(provider["authenticationType"]);
        if (typeof type === "string" && type.trim().toUpperCase() === "API_KEY") {
            messages.push(`additionalAuthenticationProviders[${i}].authenticationType must not be "API_KEY" (FSBP AppSync.5): ${WHY}`);
        }
    });
    return messages;
}

export const definition = defineResourcePolicy({
    name: "appsync-no-api-key-auth",
    description: "AppSync GraphQL APIs authenticate callers with IAM, Cognito, OpenID Connect or Lambda, not API keys.",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { fsbp: ["AppSync.5"] },
    checks: { [GRAPHQL_API]: checkApi },
});
