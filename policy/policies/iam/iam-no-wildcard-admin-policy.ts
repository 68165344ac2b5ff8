import {
    PolicyDocument,
    UNKNOWN,
    Unknown,
    anyMatches,
    asList,
    asRecord,
    defineResourcePolicy,
    describeStatement,
    isAllow,
    parsePolicyDocument,
} from "../../lib";

export const POLICY = "aws:iam/policy:Policy";
export const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
export const USER_POLICY = "aws:iam/userPolicy:UserPolicy";
export const GROUP_POLICY = "aws:iam/groupPolicy:GroupPolicy";
export const ROLE = "aws:iam/role:Role";
export const PERMISSION_SET_INLINE_POLICY = "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy";

const isWildcardAction = (action: string): boolean => action === "*" || action === "*:*";
const isWildcardResource = (resource: string): boolean => resource === "*";

/**
 * Statements that grant full administrator access: Effect Allow with Action "*" (or "*:*") on
 * Resource "*", or Allow with NotAction on Resource "*" (everything but a few actions). `path`
 * names the property holding the document, e.g. "policy" or "inlinePolicies[0].policy".
 */
export function adminStatementMessages(document: PolicyDocument | Unknown | undefined, path: string): string[] {
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

/** Policy, RolePolicy, UserPolicy, GroupPolicy: the document is in `policy`. */
export function checkPolicyProperty(props: Record<string, unknown>): string[] {
    return adminStatementMessages(parsePolicyDocument(props["policy"]), "policy");
}

/** PermissionSetInlinePolicy: the document is in `inlinePolicy`. */
export function checkPermissionSetInlinePolicy(props: Record<string, unknown>): string[] {
    return adminStatementMessages(parsePolicyDocument(props["inlinePolicy"]), "inlinePolicy");
}

/** Role: each of `inlinePolicies[].policy`. */
export function checkRoleInlinePolicies(props: Record<string, unknown>): string[] {
    const inline = asList(props["inlinePolicies"]);
    if (!Array.isArray(inline)) {
        return [];
    }
    return inline.flatMap((entry, i) => {
        const record = asRecord(entry);
        return record === UNKNOWN || record === undefined
            ? []
            : adminStatementMessages(parsePolicyDocument(record["policy"]), `inlinePolicies[${i}].policy`);
    });
}

export const definition = defineResourcePolicy({
    name: "iam-no-wildcard-admin-policy",
    description:
        'No IAM policy document (managed, inline, role inline or Identity Center permission set inline) allows Action "*" or NotAction on Resource "*".',
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["1.16"], fsbp: ["IAM.1"] },
    configSchema: { properties: {} },
    checks: {
        [POLICY]: checkPolicyProperty,
        [ROLE_POLICY]: checkPolicyProperty,
        [USER_POLICY]: checkPolicyProperty,
        [GROUP_POLICY]: checkPolicyProperty,
        [ROLE]: checkRoleInlinePolicies,
        [PERMISSION_SET_INLINE_POLICY]: checkPermissionSetInlinePolicy,
    },
});
