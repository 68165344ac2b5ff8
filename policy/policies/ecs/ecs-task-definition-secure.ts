import { UNKNOWN, asBool, asList, asRecord, asString, defineResourcePolicy, isLiteralSecret, isSecretName, plainSecretKinds, toPlain } from "../../lib";

const TASK_DEFINITION = "aws:ecs/taskDefinition:TaskDefinition";

/** `containerDefinitions` is a JSON string (or, from some programs, already a list). */
function containers(value: unknown): Array<Record<string, unknown>> | typeof UNKNOWN {
    if (value === UNKNOWN) return UNKNOWN;
    let parsed: unknown = value;
    if (typeof value === "string") {
        try {
            // Values not known yet (an image from a repository being created) hide in the JSON as sentinels.
            parsed = toPlain(JSON.parse(value));
        } catch {
            return [];
        }
    }
    const list = asList(parsed);
    return Array.isArray(list) ? list.flatMap((c) => { const r = asRecord(c); return r === undefined || r === UNKNOWN ? [] : [r]; }) : [];
}

function checkTaskDefinition(props: Record<string, unknown>): string[] {
    const list = containers(props["containerDefinitions"]);
    if (list === UNKNOWN) return [];
    return list.flatMap((container, i) => {
        const name = typeof container["name"] === "string" ? `containerDefinitions[${i}] (${JSON.stringify(container["name"])})` : `containerDefinitions[${i}]`;
        const messages: string[] = [];
        if (asBool(container["privileged"]) === true) {
            messages.push(`${name}.privileged must not be true (FSBP ECS.4): a privileged container has root on the host and every other task on it`);
        }
        const environment = asList(container["environment"]);
        for (const entry of Array.isArray(environment) ? environment : []) {
            const variable = asRecord(entry);
            if (variable === undefined || variable === UNKNOWN) continue;
            const value = asString(variable["value"]);
            if (typeof value !== "string") continue;
            const kinds = plainSecretKinds(value);
            // By name: the names Security Hub ECS.8 looks for (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
            // ECS_ENGINE_AUTH_DATA) and *_PASSWORD, *_SECRET, *_TOKEN, *_API_KEY... (isSecretName), when
            // the value is written out rather than a reference (isLiteralSecret); a value whose format
            // is recognized is reported once, as that kind.
            if (typeof variable["name"] === "string" && isSecretName(variable["name"]) && isLiteralSecret(value) && kinds.length === 0) {
                messages.push(`${name}.environment ${JSON.stringify(variable["name"])} holds a credential (FSBP ECS.8): environment values are visible to anyone ` +
                    "who can describe the task definition; pass it through the container's secrets from Secrets Manager or SSM Parameter Store");
            }
            for (const kind of kinds) {
                messages.push(`${name}.environment ${JSON.stringify(variable["name"] ?? "?")} contains ${kind} (FSBP ECS.8): environment values are visible to anyone ` +
                    "who can describe the task definition; pass it through the container's secrets from Secrets Manager or SSM Parameter Store");
            }
        }
        return messages;
    });
}

export const definition = defineResourcePolicy({
    name: "ecs-task-definition-secure",
    description: "ECS task definitions run no privileged containers and pass no credentials in environment variables.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["ECS.4", "ECS.8"] },
    checks: { [TASK_DEFINITION]: checkTaskDefinition },
});
