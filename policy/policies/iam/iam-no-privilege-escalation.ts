import {
    ESCALATION_ACTIONS as ACTIONS,
    PASS_ROLE_SERVICES,
    PERMISSION_DOCUMENT_TYPES,
    PolicyDocument,
    Unknown,
    defineResourcePolicy,
    describeStatement,
    escalationFindings,
    isPrivilegedManagedPolicy,
    permissionDocuments,
} from "../../lib";

/** Actions that let a principal give itself more permissions (policies, credentials, group membership, trust). */
export const ESCALATION_ACTIONS = ACTIONS;

/** Actions that run code as a role passed to them. */
export const PASS_ROLE_TARGETS = Object.keys(PASS_ROLE_SERVICES);

/**
 * A document's escalation paths as messages. IAM administration allowed only with a fixed
 * permissions boundary or for fixed managed policies (iam:PermissionsBoundary, iam:PolicyARN, AWS's
 * delegation pattern) is not an escalation, unless the policy it names grants administrator access
 * or an escalation itself; iam:PassRole limited by iam:PassedToService counts only with the
 * code-running actions of those services.
 */
function escalationMessages(document: PolicyDocument | Unknown | undefined, path: string): string[] {
    const { direct, passRole } = escalationFindings(document, isPrivilegedManagedPolicy);
    const messages = direct.map(({ statement, actions }) =>
        `${path}.${describeStatement(statement)} allows ${actions.join(", ")} on every principal or policy (foundation least-privilege): whoever holds it can grant ` +
            "itself any permission; scope Resource to the specific roles, users or policies it must manage, or deny these actions");
    if (passRole !== undefined) {
        messages.push(
            `${path}.${describeStatement(passRole.statement)} allows iam:PassRole on every role, and the policy also allows ${passRole.targets.join(", ")} ` +
                "(foundation least-privilege): whoever holds it can run code as any role in the account; list the roles it may pass in Resource",
        );
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "iam-no-privilege-escalation",
    description:
        "No IAM policy document lets its holder escalate: no policy, credential, group or trust changes on every principal (unless limited by a fixed " +
        "iam:PermissionsBoundary or iam:PolicyARN, AWS's delegation pattern), and no iam:PassRole on every role together with a service that runs code.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["least-privilege"] },
    defaultExemptions: [{
        match: "*-pipeline-*-deploy-policy",
        justification: "the foundation's deploy roles create IAM roles and policies by design; only the OIDC subjects iam-role-trust-restricted checks can assume them",
    }],
    checks: Object.fromEntries(
        PERMISSION_DOCUMENT_TYPES.map((type) => [type, (props: Record<string, unknown>) =>
            permissionDocuments(type, props).flatMap(({ path, document }) => escalationMessages(document, path))]),
    ),
});
