import {
    PERMISSION_DOCUMENT_TYPES,
    PolicyDocument,
    UNKNOWN,
    Unknown,
    defineResourcePolicy,
    describeStatement,
    expandAction,
    permissionDocuments,
    serviceActions,
} from "../../lib";

/** Action patterns that grant nothing: a misspelt action is a permission silently missing (or a Deny silently void). */
function unknownActionMessages(document: PolicyDocument | Unknown | undefined, path: string): string[] {
    if (document === UNKNOWN || document === undefined || document.statements === UNKNOWN) return [];
    return document.statements.flatMap((statement) =>
        (["action", "notAction"] as const).flatMap((element) => {
            const list = statement[element];
            if (list === UNKNOWN || list === undefined) return [];
            return list.flatMap((pattern) => {
                if (typeof pattern !== "string" || expandAction(pattern) === "every action") return [];
                const where = `${path}.${describeStatement(statement)}.${element === "action" ? "Action" : "NotAction"}`;
                const service = pattern.split(":")[0]!;
                if (!pattern.includes(":")) {
                    return [`${where} names ${JSON.stringify(pattern)}, which is not "service:Action": the statement does not do what it says; check the spelling`];
                }
                if (serviceActions(service).length === 0) {
                    return [`${where} names ${JSON.stringify(pattern)}, but AWS has no IAM service prefix ${JSON.stringify(service)}: the statement does not do what it says; check the spelling`];
                }
                return (expandAction(pattern) as readonly string[]).length === 0
                    ? [`${where} names ${JSON.stringify(pattern)}, which matches no ${service} action: the statement does not do what it says; check the spelling`]
                    : [];
            });
        }),
    );
}

export const definition = defineResourcePolicy({
    name: "iam-policy-actions-exist",
    description: "Every action in an IAM policy document names a real AWS action or pattern (checked against the IAM action list the pack ships).",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { foundation: ["least-privilege"] },
    checks: Object.fromEntries(
        PERMISSION_DOCUMENT_TYPES.map((type) => [type, (props: Record<string, unknown>) =>
            permissionDocuments(type, props).flatMap(({ path, document }) => unknownActionMessages(document, path))]),
    ),
});
