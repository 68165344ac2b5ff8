import { asBool, defineResourcePolicy } from "../../lib";

export const BLOCK_PUBLIC_ACCESS = "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration";

/**
 * Block public access stays on (https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html, read
 * 2026-12-06: "We do not recommend turning off block public access"). Port exceptions are a documented setting, judged by
 * emr-public-port-exceptions (advisory).
 */
function checkBlockPublicAccess(props: Record<string, unknown>): string[] {
    return asBool(props["blockPublicSecurityGroupRules"]) === false
        ? ["blockPublicSecurityGroupRules must be true (FSBP EMR.2): EMR would start clusters whose security groups let anyone on the " +
            "internet reach them, in this account and region"]
        : [];
}

export const definition = defineResourcePolicy({
    name: "emr-block-public-access",
    description: "EMR block public access stays on.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["EMR.2"] },
    checks: { [BLOCK_PUBLIC_ACCESS]: checkBlockPublicAccess },
    remediations: { [BLOCK_PUBLIC_ACCESS]: (props) => (asBool(props["blockPublicSecurityGroupRules"]) === false ? { blockPublicSecurityGroupRules: true } : undefined) },
});
