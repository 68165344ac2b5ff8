import {
    PolicyStatement,
    UNKNOWN,
    asList,
    asString,
    defineResourcePolicy,
    escalationFindings,
    isPrivilegedManagedPolicy,
    privilegedManagedPolicy,
} from "../../lib";

export const ROLE = "aws:iam/role:Role";
export const ROLE_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
export const USER_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
export const GROUP_ATTACHMENT = "aws:iam/groupPolicyAttachment:GroupPolicyAttachment";
export const POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
export const ROLE_ATTACHMENTS_EXCLUSIVE = "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";
export const USER_ATTACHMENTS_EXCLUSIVE = "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive";
export const GROUP_ATTACHMENTS_EXCLUSIVE = "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive";

const sid = (statement: PolicyStatement) => (statement.sid === undefined ? "" : ` (statement ${JSON.stringify(statement.sid)})`);

/**
 * An attached AWS managed policy judged by its real document (policy/lib/managed-policies.ts), as
 * iam-no-privilege-escalation judges documents written inline. Policies AWS publishes for service
 * roles (paths service-role/ and aws-service-role/) are left out: AWS designs them for the role a
 * service assumes (e.g. EventBridge running ECS tasks), and recommends them for that role.
 */
function messagesFor(arn: unknown, path: string): string[] {
    const value = asString(arn);
    if (typeof value !== "string" || !isPrivilegedManagedPolicy(value)) return [];
    const policy = privilegedManagedPolicy(value)!;
    if (/^(aws-)?service-role\//.test(policy.name)) return [];
    const { direct, passRole } = escalationFindings(policy.document, isPrivilegedManagedPolicy);
    const what = `${path} attaches the AWS managed policy ${policy.name}`;
    const fix = "attach a customer managed policy with only the actions and resources the principal needs";
    return [
        ...direct.map(({ statement, actions }) =>
            `${what}, which allows ${actions.join(", ")} on every principal or policy${sid(statement)} (foundation least-privilege): ` +
                `whoever holds it can grant itself any permission; ${fix}`),
        ...(passRole === undefined
            ? []
            : [`${what}, which allows iam:PassRole on every role${sid(passRole.statement)} together with ${passRole.targets.join(", ")} (foundation least-privilege): ` +
                `whoever holds it can run code as any role those services can assume; ${fix}, passing only the roles it must pass`]),
    ];
}

function listed(key: string): (props: Record<string, unknown>) => string[] {
    return (props) => {
        const arns = asList(props[key]);
        return arns === UNKNOWN || arns === undefined ? [] : arns.flatMap((arn, i) => messagesFor(arn, `${key}[${i}]`));
    };
}

const single = (props: Record<string, unknown>) => messagesFor(props["policyArn"], "policyArn");

export const definition = defineResourcePolicy({
    name: "iam-managed-policy-no-escalation",
    description:
        "No AWS managed policy that lets its holder escalate (IAM changes on every principal, or iam:PassRole on every role with a service that runs code) " +
        "is attached to an IAM role, user or group, judged by the policy's real document.",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { foundation: ["least-privilege"] },
    checks: {
        [ROLE_ATTACHMENT]: single,
        [USER_ATTACHMENT]: single,
        [GROUP_ATTACHMENT]: single,
        [POLICY_ATTACHMENT]: single,
        [ROLE]: listed("managedPolicyArns"),
        [ROLE_ATTACHMENTS_EXCLUSIVE]: listed("policyArns"),
        [USER_ATTACHMENTS_EXCLUSIVE]: listed("policyArns"),
        [GROUP_ATTACHMENTS_EXCLUSIVE]: listed("policyArns"),
    },
});
