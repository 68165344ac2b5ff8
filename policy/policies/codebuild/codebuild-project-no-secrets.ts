import { UNKNOWN, asList, asRecord, asString, credentialKinds, defineResourcePolicy, isLiteralSecret, isSecretName } from "../../lib";

export const PROJECT = "aws:codebuild/project:Project";

/**
 * The variables Security Hub CodeBuild.2 looks for: static AWS credentials in plaintext
 * (https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html, read 2026-12-06).
 */
const AWS_KEY_VARIABLES = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];

const SECRET_TYPES = 'set type "SECRETS_MANAGER" or "PARAMETER_STORE" and put the secret\'s name in value';

function checkVariables(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const environment = asRecord(props["environment"]);
    const variables = environment === undefined || environment === UNKNOWN ? undefined : asList(environment["environmentVariables"]);
    for (const [i, entry] of (Array.isArray(variables) ? variables : []).entries()) {
        const v = asRecord(entry);
        if (v === undefined || v === UNKNOWN) continue;
        const type = asString(v["type"]);
        if (type === UNKNOWN || (typeof type === "string" && type.trim().toUpperCase() !== "PLAINTEXT")) continue;
        const name = asString(v["name"]);
        const value = asString(v["value"]);
        const label = `environment.environmentVariables[${i}] (${JSON.stringify(typeof name === "string" ? name : "?")})`;
        if (typeof name === "string" && AWS_KEY_VARIABLES.includes(name.trim().toUpperCase()) && typeof value === "string" && value.trim() !== "") {
            messages.push(`${label} holds static AWS credentials in PLAINTEXT (FSBP CodeBuild.2): anyone who can read the project sees them, and a key works ` +
                "until someone deletes it; give the project's service role the permissions instead");
            continue;
        }
        if (typeof value !== "string") continue;
        const kinds = credentialKinds(value);
        for (const kind of kinds) {
            messages.push(`${label} holds ${kind} in PLAINTEXT (FSBP CodeBuild.2): anyone who can read the project sees it; ${SECRET_TYPES}`);
        }
        if (kinds.length === 0 && typeof name === "string" && isSecretName(name) && isLiteralSecret(value)) {
            messages.push(`${label} is a secret by its name, written out in PLAINTEXT (foundation no-keys): anyone who can read the project sees it; ${SECRET_TYPES}`);
        }
    }
    return messages;
}

/** A source URL with a user name and password, or a token, in it (CodeBuild.1). */
function credentialsInUrl(location: unknown): boolean {
    if (typeof location !== "string") return false;
    const url = location.trim();
    return /^https?:\/\/[^/\s@]+:[^/\s@]+@/.test(url) || (/^https?:\/\/[^/\s]+@/.test(url) && credentialKinds(url).length > 0);
}

function checkSources(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const source = asRecord(props["source"]);
    if (source !== undefined && source !== UNKNOWN && credentialsInUrl(source["location"])) {
        messages.push("source.location embeds a user name and password or token (FSBP CodeBuild.1): connect the repository with a CodeConnections connection instead");
    }
    const secondary = asList(props["secondarySources"]);
    for (const [i, entry] of (Array.isArray(secondary) ? secondary : []).entries()) {
        const s = asRecord(entry);
        if (s !== undefined && s !== UNKNOWN && credentialsInUrl(s["location"])) {
            messages.push(`secondarySources[${i}].location embeds a user name and password or token (FSBP CodeBuild.1): connect the repository with a CodeConnections connection instead`);
        }
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "codebuild-project-no-secrets",
    description: "CodeBuild projects keep credentials out of plaintext environment variables and source URLs.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["CodeBuild.1", "CodeBuild.2"], foundation: ["no-keys"] },
    checks: { [PROJECT]: (props) => [...checkVariables(props), ...checkSources(props)] },
});
