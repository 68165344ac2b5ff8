import {
    PERMISSION_DOCUMENT_TYPES,
    PolicyDocument,
    UNKNOWN,
    Unknown,
    anyMatches,
    defineResourcePolicy,
    describeStatement,
    isAllow,
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

const isWildcardAction = (action: string): boolean => action === "*" || action === "*:*";
const isWildcardResource = (resource: string): boolean => resource === "*";

/**
 * Statements that grant full administrator access: Effect Allow with Action "*" (or "*:*") on
 * Resource "*", or Allow with NotAction on Resource "*" (everything but a few actions). `path`
 * names the property holding the document, e.g. "policy" or "inlinePolicies[0].policy".
 */
function adminStatementMessages(document: PolicyDocument | Unknown | undefined, path: string): string[] {
    if (document === UNKNOWN || document === undefined || document.statements === UNKNOWN) {
        return [];
    }
    const messages: string[] = [];
    for (const statement of document.statements) {
        if (isAllow(statement) !== true || anyMatches(statement.resource, isWildcardResource) !== true) {
            continue;
        }
        const where = `${path}.${describeStatement(statement)}`;
        if (statement.action !== undefined && anyMatches(statement.action, isWildcardAction) === true) {
            const action = (statement.action as ReadonlyArray<string | Unknown>).find(
                (a): a is string => typeof a === "string" && isWildcardAction(a),
            );
            messages.push(
                `${where} allows Action ${JSON.stringify(action)} on Resource "*" (CIS 1.16): ` +
                    "that is full administrator access; allow only the actions and resources the principal needs",
            );
        } else if (statement.notAction !== undefined && anyMatches(statement.notAction, isWildcardAction) === false) {
            messages.push(
                `${where} allows NotAction on Resource "*" (CIS 1.16): ` +
                    "allowing every action except a few is effectively full administrator access; list the allowed actions in Action instead",
            );
        }
    }
    return messages;
}

/** Every permission document the resource carries. */
export function checkDocuments(type: string): (props: Record<string, unknown>) => string[] {
    return (props) => permissionDocuments(type, props).flatMap(({ path, document }) => adminStatementMessages(document, path));
}

export const definition = defineResourcePolicy({
    name: "iam-no-wildcard-admin-policy",
    description:
        'No IAM policy document (managed, inline, role inline or Identity Center permission set inline) allows Action "*" or NotAction on Resource "*".',
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["1.16"], fsbp: ["IAM.1"] },
    checks: Object.fromEntries(PERMISSION_DOCUMENT_TYPES.map((type) => [type, checkDocuments(type)])),
});
