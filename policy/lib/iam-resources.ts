/**
 * Where IAM policy documents sit on the resources that carry them, so every IAM content policy
 * checks the same places: managed and inline policies, a role's inline policies, an Identity
 * Center permission set's inline policy.
 */
import { PolicyDocument, parsePolicyDocument } from "./iam-document";
import { UNKNOWN, Unknown } from "./unknown";
import { asList, asRecord } from "./values";

export const IAM_POLICY = "aws:iam/policy:Policy";
export const IAM_ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
export const IAM_USER_POLICY = "aws:iam/userPolicy:UserPolicy";
export const IAM_GROUP_POLICY = "aws:iam/groupPolicy:GroupPolicy";
export const IAM_ROLE = "aws:iam/role:Role";
export const PERMISSION_SET_INLINE_POLICY = "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy";

/** The resource types that carry permission documents. */
export const PERMISSION_DOCUMENT_TYPES = [IAM_POLICY, IAM_ROLE_POLICY, IAM_USER_POLICY, IAM_GROUP_POLICY, IAM_ROLE, PERMISSION_SET_INLINE_POLICY] as const;

export interface LocatedDocument {
    /** The property holding it, e.g. "policy" or "inlinePolicies[0].policy". */
    readonly path: string;
    readonly document: PolicyDocument | Unknown | undefined;
}

/** The permission documents (not trust policies) a resource of `type` carries. */
export function permissionDocuments(type: string, props: Record<string, unknown>): LocatedDocument[] {
    switch (type) {
        case IAM_POLICY:
        case IAM_ROLE_POLICY:
        case IAM_USER_POLICY:
        case IAM_GROUP_POLICY:
            return [{ path: "policy", document: parsePolicyDocument(props["policy"]) }];
        case PERMISSION_SET_INLINE_POLICY:
            return [{ path: "inlinePolicy", document: parsePolicyDocument(props["inlinePolicy"]) }];
        case IAM_ROLE: {
            const inline = asList(props["inlinePolicies"]);
            if (!Array.isArray(inline)) return [];
            return inline.flatMap((entry, i) => {
                const record = asRecord(entry);
                return record === UNKNOWN || record === undefined
                    ? []
                    : [{ path: `inlinePolicies[${i}].policy`, document: parsePolicyDocument(record["policy"]) }];
            });
        }
        default:
            return [];
    }
}
