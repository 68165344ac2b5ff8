import {
    IAM_POLICY,
    PERMISSION_DOCUMENT_TYPES,
    PolicyDocument,
    UNKNOWN,
    Unknown,
    ValueList,
    administratorAccess,
    defineResourcePolicy,
    describeStatement,
    isAllow,
    permissionDocuments,
} from "../../lib";

const known = (list: ValueList) => (list === UNKNOWN || list === undefined ? [] : list.filter((v): v is string => typeof v === "string"));
const SERVICE_WILDCARD = /^[a-z0-9-]+:\*$/i;

/**
 * Wildcard actions short of full administrator access (which iam-no-wildcard-admin-policy reports):
 * - Action "*" on resources narrower than every resource: every action of every service on them
 *   (for an IAM role's ARN that includes iam:PassRole and iam:UpdateAssumeRolePolicy);
 * - in customer managed policies (aws.iam.Policy), "service:*" in Action, or in NotAction, on any
 *   resource: FSBP IAM.21, which "only applies to customer managed IAM policies"
 *   (https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21, read 2026-12-06).
 *   AWS passes a prefix wildcard such as "ec2:Describe*".
 */
function wildcardMessages(document: PolicyDocument | Unknown | undefined, path: string, customerManaged: boolean): string[] {
    if (document === UNKNOWN || document === undefined || document.statements === UNKNOWN) return [];
    return document.statements.flatMap((statement) => {
        if (isAllow(statement) !== true || administratorAccess(statement) !== undefined) return [];
        const where = `${path}.${describeStatement(statement)}`;
        const actions = known(statement.action);
        const messages: string[] = [];
        if (actions.some((a) => a === "*" || a === "*:*")) {
            const on = statement.notResource !== undefined ? "on every resource but those NotResource names" : "on the resources it names";
            messages.push(`${where} allows Action "*" (every action of every service) ${on} (foundation least-privilege): ` +
                "on an IAM role that includes passing it and changing its trust, on a bucket deleting it and its policy; list the actions the principal needs");
        }
        if (customerManaged) {
            const services = actions.filter((a) => SERVICE_WILDCARD.test(a));
            if (services.length > 0) {
                messages.push(`${where} allows ${services.map((a) => JSON.stringify(a)).join(", ")} (FSBP IAM.21): every action of the service, including ones AWS adds ` +
                    'later and ones that delete or share data; list the actions the principal needs, or a prefix wildcard such as "ec2:Describe*"');
            }
            const notServices = known(statement.notAction).filter((a) => SERVICE_WILDCARD.test(a));
            if (notServices.length > 0) {
                messages.push(`${where} allows NotAction ${notServices.map((a) => JSON.stringify(a)).join(", ")} (FSBP IAM.21): every action of every other service ` +
                    "on the resources it names; list the actions the principal needs in Action instead");
            }
        }
        return messages;
    });
}

export const definition = defineResourcePolicy({
    name: "iam-no-wildcard-actions",
    description:
        'IAM policy documents do not allow Action "*" on any resource, and customer managed policies do not allow every action of a service ("s3:*", FSBP IAM.21).',
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["IAM.21"], foundation: ["least-privilege"] },
    checks: Object.fromEntries(
        PERMISSION_DOCUMENT_TYPES.map((type) => [type, (props: Record<string, unknown>) =>
            permissionDocuments(type, props).flatMap(({ path, document }) => wildcardMessages(document, path, type === IAM_POLICY))]),
    ),
});
