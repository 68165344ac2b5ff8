import { StackResource, StackViolation, UNKNOWN, asRecord, asString, defineStackPolicy, takesFrom } from "../../lib";

const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
const DELIVERY_SOURCE = "aws:cloudwatch/logDeliverySource:LogDeliverySource";

/** Standard logging (legacy): loggingConfig.bucket. */
function legacyLogging(distribution: StackResource): boolean {
    const config = asRecord(distribution.props["loggingConfig"]);
    if (config === UNKNOWN) return true;
    const bucket = asString(config?.["bucket"]);
    return bucket === UNKNOWN || (typeof bucket === "string" && bucket.trim() !== "");
}

/** Standard logging (v2): a CloudWatch Logs delivery source for the distribution's access logs. */
function deliverySourceFor(distribution: StackResource, sources: readonly StackResource[]): boolean {
    return sources.some((source) => {
        const type = asString(source.props["logType"]);
        return (type === UNKNOWN || (typeof type === "string" && type.trim() === "ACCESS_LOGS")) && takesFrom(source, "resourceArn", distribution);
    });
}

/**
 * Security Hub CloudFront.5 (it evaluates standard logging (legacy) only); standard logging v2 delivers the
 * same access logs through CloudWatch Logs delivery. Read 2026-12-06:
 * https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-5
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html
 */
export function checkDistributions(resources: readonly StackResource[]): StackViolation[] {
    const sources = resources.filter((r) => r.type === DELIVERY_SOURCE);
    return resources.filter((r) => r.type === DISTRIBUTION && !legacyLogging(r) && !deliverySourceFor(r, sources)).map((distribution) => ({
        urn: distribution.urn,
        message: "this distribution writes no access logs (FSBP CloudFront.5): set loggingConfig.bucket (standard logging, legacy, which Security Hub checks) " +
            'or add an aws.cloudwatch.LogDeliverySource with logType "ACCESS_LOGS" for it (standard logging v2); without them there is no record of who requested what',
    }));
}

export const definition = defineStackPolicy({
    name: "cloudfront-logging-enabled",
    description: "Every CloudFront distribution in the stack writes access logs (standard logging, legacy or v2).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["CloudFront.5"] },
    resourceTypes: [DISTRIBUTION, DELIVERY_SOURCE],
    check: checkDistributions,
});
