import {
    PERMISSION_DOCUMENT_TYPES,
    PolicyDocument,
    UNKNOWN,
    Unknown,
    ValueList,
    administratorAccess,
    coversEverything,
    defineResourcePolicy,
    describeStatement,
    permissionDocuments,
} from "../../lib";

export {
    IAM_GROUP_POLICY as GROUP_POLICY,
    IAM_POLICY as POLICY,
    IAM_ROLE as ROLE,
    IAM_ROLE_POLICY as ROLE_POLICY,
    IAM_USER_POLICY as USER_POLICY,
    PERMISSION_SET_INLINE_POLICY,
} from "../../lib";

/**
 * Statements that grant full administrator access (FSBP IAM.1, CIS 1.16): Effect Allow with Action
 * "*" (or "*:*") on every resource ("*", or a pattern such as "arn:*" that every ARN matches), or
 * Allow with NotAction on every resource (everything but a few actions). `path` names the property
 * holding the document, e.g. "policy" or "inlinePolicies[0].policy". Action "*" on a narrower
 * resource is iam-no-wildcard-actions' (advisory).
 */
function adminStatementMessages(document: PolicyDocument | Unknown | undefined, path: string): string[] {
    if (document === UNKNOWN || document === undefined || document.statements === UNKNOWN) {
        return [];
    }
    const messages: string[] = [];
    for (const statement of document.statements) {
        const access = administratorAccess(statement);
        if (access === undefined) continue;
        const where = `${path}.${describeStatement(statement)}`;
        const resource = JSON.stringify(known(statement.resource).find(coversEverything) ?? "*");
        if (access === "Action") {
            const action = JSON.stringify(known(statement.action).find((a) => a === "*" || a === "*:*") ?? "*");
            messages.push(
                `${where} allows Action ${action} on Resource ${resource} (CIS 1.16): ` +
                    "that is full administrator access; allow only the actions and resources the principal needs",
            );
        } else {
            messages.push(
                `${where} allows NotAction on Resource ${resource} (CIS 1.16): ` +
                    "allowing every action except a few is effectively full administrator access; list the allowed actions in Action instead",
            );
        }
    }
    return messages;
}

const known = (list: ValueList) => (list === UNKNOWN || list === undefined ? [] : list.filter((v): v is string => typeof v === "string"));

/** Every permission document the resource carries. */
export function checkDocuments(type: string): (props: Record<string, unknown>) => string[] {
    return (props) => permissionDocuments(type, props).flatMap(({ path, document }) => adminStatementMessages(document, path));
}

export const definition = defineResourcePolicy({
    name: "iam-no-wildcard-admin-policy",
    description:
        'No IAM policy document (managed, inline, role inline or Identity Center permission set inline) allows Action "*" or NotAction on every resource; ' +
        'a documented break-glass role is exempted by name in this policy\'s config ("exemptions": [{ "match", "justification" }]).',
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["1.16"], fsbp: ["IAM.1"] },
    checks: Object.fromEntries(PERMISSION_DOCUMENT_TYPES.map((type) => [type, checkDocuments(type)])),
});
