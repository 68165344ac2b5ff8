import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";

/**
 * Security Hub CloudFront.6: the distribution is associated with an AWS WAF (or WAF Classic) web ACL.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-6 (read 2026-12-06)
 */
function checkDistribution(props: Record<string, unknown>): string[] {
    const acl = asString(props["webAclId"]);
    return acl === UNKNOWN || (typeof acl === "string" && acl.trim() !== "")
        ? []
        : ["webAclId should name an AWS WAF web ACL (FSBP CloudFront.6): without one every request reaches the origins unfiltered; " +
            "a web ACL with the AWS managed core rule set and a rate-based rule stops common exploits and floods at the edge"];
}

export const definition = defineResourcePolicy({
    name: "cloudfront-waf-enabled",
    description: "CloudFront distributions are associated with an AWS WAF web ACL.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["CloudFront.6"] },
    checks: { [DISTRIBUTION]: checkDistribution },
});
