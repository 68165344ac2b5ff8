import {
    PERMISSION_DOCUMENT_TYPES,
    PolicyDocument,
    PolicyStatement,
    UNKNOWN,
    Unknown,
    ValueList,
    actionMatches,
    anyMatches,
    defineResourcePolicy,
    describeStatement,
    isAllow,
    permissionDocuments,
} from "../../lib";

/**
 * Actions that let a principal give itself (or a principal it controls) more permissions, from the
 * well-known escalation paths (Rhino Security Labs' list): changing policies, credentials,
 * group membership or trust.
 */
export const ESCALATION_ACTIONS = [
    "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion",
    "iam:AttachUserPolicy", "iam:AttachGroupPolicy", "iam:AttachRolePolicy",
    "iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy",
    "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile",
    "iam:AddUserToGroup", "iam:UpdateAssumeRolePolicy",
] as const;

/** Services that run code with a role passed to them: with iam:PassRole on any role, code runs with that role. */
export const PASS_ROLE_TARGETS = [
    "ec2:RunInstances", "lambda:CreateFunction", "ecs:RunTask", "glue:CreateDevEndpoint", "cloudformation:CreateStack",
    "datapipeline:CreatePipeline", "sagemaker:CreateNotebookInstance", "codebuild:CreateProject",
] as const;

/** Resources that cover any principal or policy: "*", or an IAM ARN whose name is a wildcard. */
const isBroad = (resource: string) => resource === "*" || /^arn:aws[a-z-]*:iam::[^:]*:((role|user|group|policy)\/)?\*$/.test(resource);

const known = (list: ValueList) => (list === UNKNOWN || list === undefined ? [] : list.filter((v): v is string => typeof v === "string"));

/** Which of `wanted` the statement's Action patterns grant. */
function grants(statement: PolicyStatement, wanted: readonly string[]): string[] | Unknown {
    if (statement.action === UNKNOWN) return UNKNOWN;
    return wanted.filter((a) => known(statement.action).some((p) => actionMatches(p, a)));
}

/**
 * Action "*" and NotAction on every resource are full administrator access, which
 * iam-no-wildcard-admin-policy reports: not reported twice.
 */
const isAdministrator = (statement: PolicyStatement) =>
    statement.notAction !== undefined || known(statement.action).some((a) => a === "*" || a === "*:*");

/** Actions an unconditional Deny on every resource removes, whatever the Allow says. */
function deniedEverywhere(document: PolicyDocument & { statements: readonly PolicyStatement[] }, wanted: readonly string[]): Set<string> {
    const denied = new Set<string>();
    for (const s of document.statements) {
        if (isAllow(s) !== false || s.effect === undefined || s.condition !== undefined || anyMatches(s.resource, (r) => r === "*") !== true) continue;
        const g = grants(s, wanted);
        if (g !== UNKNOWN) g.forEach((a) => denied.add(a));
    }
    return denied;
}

function escalationMessages(document: PolicyDocument | Unknown | undefined, path: string): string[] {
    if (document === UNKNOWN || document === undefined || document.statements === UNKNOWN) return [];
    const statements = document.statements;
    const wanted = [...ESCALATION_ACTIONS, "iam:PassRole", ...PASS_ROLE_TARGETS];
    const denied = deniedEverywhere({ statements }, wanted);
    const messages: string[] = [];
    const passRoleTargets: string[] = [];
    let passRoleAt: string | undefined;
    for (const statement of statements) {
        if (isAllow(statement) !== true || isAdministrator(statement)) continue;
        const granted = grants(statement, wanted);
        if (granted === UNKNOWN) continue;
        const allowed = granted.filter((a) => !denied.has(a));
        // Code-running actions count on any resource; changing principals and passing roles only on every one.
        passRoleTargets.push(...allowed.filter((a) => (PASS_ROLE_TARGETS as readonly string[]).includes(a)));
        if (anyMatches(statement.resource, isBroad) !== true) continue;
        const where = `${path}.${describeStatement(statement)}`;
        const direct = allowed.filter((a) => (ESCALATION_ACTIONS as readonly string[]).includes(a));
        if (direct.length > 0) {
            messages.push(
                `${where} allows ${direct.join(", ")} on every principal or policy (foundation least-privilege): whoever holds it can grant ` +
                    "itself any permission; scope Resource to the specific roles, users or policies it must manage, or deny these actions",
            );
        }
        if (allowed.includes("iam:PassRole")) passRoleAt ??= where;
    }
    if (passRoleAt !== undefined && passRoleTargets.length > 0) {
        messages.push(
            `${passRoleAt} allows iam:PassRole on every role, and the policy also allows ${[...new Set(passRoleTargets)].join(", ")} ` +
                "(foundation least-privilege): whoever holds it can run code as any role in the account; list the roles it may pass in Resource",
        );
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "iam-no-privilege-escalation",
    description:
        "No IAM policy document lets its holder escalate: no policy, credential, group or trust changes on every principal, and no iam:PassRole on every role together with a service that runs code.",
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
