import { UNKNOWN, asRecord, credentialKinds, defineResourcePolicy } from "../../lib";

export const FUNCTION = "aws:lambda/function:Function";

const FIX =
    "environment variables are shown to anyone who can read the function's configuration and are kept in the Pulumi state; " +
    "store the secret in Secrets Manager or SSM Parameter Store and pass its name or ARN instead";

export function checkFunction(props: Record<string, unknown>): string[] {
    const environment = asRecord(props["environment"]);
    if (environment === undefined || environment === UNKNOWN) return [];
    const variables = asRecord(environment["variables"]);
    if (variables === undefined || variables === UNKNOWN) return [];
    return Object.entries(variables).flatMap(([name, value]) =>
        typeof value === "string" ? credentialKinds(value).map((kind) => `environment.variables.${name} contains ${kind} (foundation no-keys): ${FIX}`) : [],
    );
}

export const definition = defineResourcePolicy({
    name: "lambda-no-secrets-in-environment",
    description: "Lambda function environment variables contain no credentials (AWS keys, private keys, API tokens).",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["no-keys"] },
    checks: { [FUNCTION]: checkFunction },
});
