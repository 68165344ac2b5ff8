import { UNKNOWN, asString, defineResourcePolicy, fixedArn } from "../../lib";

export const PERMISSION = "aws:lambda/permission:Permission";

const isService = (principal: string) => /^[a-z0-9.-]+\.amazon(aws)?\.com(\.cn)?$/i.test(principal);

/**
 * The confused deputy: a permission for an AWS service principal with no source lets that service
 * invoke the function for a resource in ANY account ("This lets Amazon SNS call the lambda:Invoke
 * API for the function, but it doesn't restrict the Amazon SNS topic that triggers the invocation",
 * https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html, read 2026-12-06,
 * and https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html). Advisory: the Lambda
 * guide shows the unrestricted statement as the simplest form before recommending a source. Amazon S3
 * without sourceAccount is FSBP Lambda.1, reported by resource-policy-not-public (mandatory).
 */
export function checkPermission(props: Record<string, unknown>): string[] {
    const principal = asString(props["principal"]);
    if (typeof principal !== "string") return [];
    const values = ["sourceArn", "sourceAccount", "principalOrgId", "eventSourceToken"].map((k) => asString(props[k]));
    if (values.includes(UNKNOWN)) return [];
    const [sourceArn, sourceAccount, orgId, token] = values as Array<string | undefined>;
    const set = (v: string | undefined) => v !== undefined && v.trim() !== "";
    const fixedSource = (set(sourceArn) && fixedArn(sourceArn!.trim())) || (set(sourceAccount) && !/[*?]/.test(sourceAccount!));
    if (principal.trim() === "*") {
        // Everyone, limited by a source only (no fixed source: resource-policy-not-public's mandatory finding; an organization: AWS's own example).
        return fixedSource && !set(orgId)
            ? ['principal "*" is limited only by its source (foundation least-privilege): name the service principal that invokes the function ' +
                '(such as "events.amazonaws.com" or "sns.amazonaws.com") with its sourceArn, so the statement says who may call'] : [];
    }
    if (!isService(principal.trim()) || principal.trim().toLowerCase() === "s3.amazonaws.com") return [];
    if (fixedSource || set(orgId) || set(token)) return [];
    const p = JSON.stringify(principal.trim());
    return set(sourceArn)
        ? [`sourceArn ${JSON.stringify(sourceArn!.trim())} names no fixed account, and sourceAccount is not set (foundation least-privilege): ${p} may invoke the ` +
            "function for matching resources in any AWS account (the confused deputy); put your account id in sourceArn, or set sourceAccount"]
        : [`principal ${p} with no sourceArn or sourceAccount (foundation least-privilege): the service may invoke the function for a resource in any AWS account ` +
            "(the confused deputy); set sourceArn to the rule, topic, API or other resource that invokes it, or sourceAccount to your account id"];
}

export const definition = defineResourcePolicy({
    name: "lambda-permission-source-restricted",
    description: "Lambda permissions for an AWS service name the source (sourceArn or sourceAccount), so no other account's resource can invoke the function, " +
        'and permissions limited by a source name the service rather than "*".',
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { foundation: ["least-privilege"] },
    checks: { [PERMISSION]: checkPermission },
});
