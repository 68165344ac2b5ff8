import { UNKNOWN, asRecord, defineResourcePolicy, isLiteralSecret, isSecretName, plainSecretKinds } from "../../lib";

export const FUNCTION = "aws:lambda/function:Function";

const FIX =
    "environment variables are shown to anyone who can read the function's configuration and are kept in the Pulumi state; " +
    "store the secret in Secrets Manager or SSM Parameter Store and pass its name or ARN instead";

export function checkFunction(props: Record<string, unknown>): string[] {
    const environment = asRecord(props["environment"]);
    if (environment === undefined || environment === UNKNOWN) return [];
    const variables = asRecord(environment["variables"]);
    if (variables === undefined || variables === UNKNOWN) return [];
    return Object.entries(variables).flatMap(([name, value]) => {
        if (typeof value !== "string") return [];
        const kinds = plainSecretKinds(value);
        // By name (DB_PASSWORD, JWT_SECRET, GITHUB_TOKEN, STRIPE_API_KEY...: isSecretName) when the value is
        // written out, not an ARN, a parameter name or a reference (isLiteralSecret); a recognized format once, as its kind.
        return kinds.length === 0
            ? (isSecretName(name) && isLiteralSecret(value) ? [`environment.variables.${name} holds a secret in plain text (foundation no-keys): ${FIX}`] : [])
            : kinds.map((kind) => `environment.variables.${name} contains ${kind} (foundation no-keys): ${FIX}`);
    });
}

export const definition = defineResourcePolicy({
    name: "lambda-no-secrets-in-environment",
    description: "Lambda function environment variables contain no credentials (AWS keys, private keys, API tokens) and no password, secret or token variable set to a literal value.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["no-keys"] },
    checks: { [FUNCTION]: checkFunction },
});
