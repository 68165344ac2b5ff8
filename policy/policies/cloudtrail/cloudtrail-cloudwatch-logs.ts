import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

const TRAIL = "aws:cloudtrail/trail:Trail";

/**
 * FSBP CloudTrail.5 (https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html, read 2026-12-06):
 * a trail that delivers only to S3 feeds no metric filter or alarm.
 */
function checkTrail(props: Record<string, unknown>): string[] {
    const group = asString(props["cloudWatchLogsGroupArn"]);
    return group === UNKNOWN || (typeof group === "string" && group.trim() !== "")
        ? []
        : ["cloudWatchLogsGroupArn should name a CloudWatch Logs group, with cloudWatchLogsRoleArn (FSBP CloudTrail.5): the trail's events reach only S3, " +
            "where no metric filter or alarm sees them, so a root sign-in or a disabled guardrail is found days later, if at all"];
}

export const definition = defineResourcePolicy({
    name: "cloudtrail-cloudwatch-logs",
    description: "CloudTrail trails also deliver their events to CloudWatch Logs, where metric filters and alarms watch them.",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { fsbp: ["CloudTrail.5"] },
    checks: { [TRAIL]: checkTrail },
});
