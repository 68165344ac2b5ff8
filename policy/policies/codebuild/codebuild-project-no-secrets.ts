import { UNKNOWN, asList, asRecord, asString, credentialKinds, defineResourcePolicy } from "../../lib";

export const PROJECT = "aws:codebuild/project:Project";

function checkProject(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const environment = asRecord(props["environment"]);
    const variables = environment === undefined || environment === UNKNOWN ? undefined : asList(environment["environmentVariables"]);
    for (const [i, entry] of (Array.isArray(variables) ? variables : []).entries()) {
        const v = asRecord(entry);
        if (v === undefined || v === UNKNOWN) continue;
        const type = asString(v["type"]);
        const value = asString(v["value"]);
        if (typeof value !== "string" || (typeof type === "string" && type.trim().toUpperCase() !== "PLAINTEXT")) continue;
        for (const kind of credentialKinds(value)) {
            messages.push(`environment.environmentVariables[${i}] (${JSON.stringify(v["name"] ?? "?")}) holds ${kind} in PLAINTEXT (FSBP CodeBuild.2): ` +
                'anyone who can read the project sees it; set type "SECRETS_MANAGER" or "PARAMETER_STORE" and put the secret\'s name in value');
        }
    }
    const source = asRecord(props["source"]);
    const location = source === undefined || source === UNKNOWN ? undefined : asString(source["location"]);
    if (typeof location === "string" && /^https?:\/\/[^/\s]+:[^/\s]+@/.test(location.trim())) {
        messages.push("source.location embeds a user name and password or token (FSBP CodeBuild.1): connect the repository with a CodeConnections connection instead");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "codebuild-project-no-secrets",
    description: "CodeBuild projects keep credentials out of plaintext environment variables and source URLs.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["CodeBuild.1", "CodeBuild.2"], foundation: ["no-keys"] },
    checks: { [PROJECT]: checkProject },
});
