import { UNKNOWN, asNumber, defineResourcePolicy } from "../../lib";

export const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";

interface RetentionConfig {
    readonly minimumRetentionInDays: number;
}

export function parseConfig(raw: Record<string, unknown>): RetentionConfig {
    const days = asNumber(raw["minimumRetentionInDays"]);
    return { minimumRetentionInDays: typeof days === "number" && Number.isInteger(days) && days >= 1 ? days : 365 };
}

/**
 * 0 or unset keeps events forever, which is compliant: the Config rule behind FSBP CloudWatch.16 marks "Never expire" compliant
 * (https://docs.aws.amazon.com/config/latest/developerguide/cw-loggroup-retention-period-check.html, read 2026-12-06).
 */
export function checkLogGroup(props: Record<string, unknown>, config: RetentionConfig): string[] {
    const days = asNumber(props["retentionInDays"]);
    if (days === UNKNOWN || days === undefined || days === 0 || days >= config.minimumRetentionInDays) return [];
    return [`retentionInDays must be 0 (forever) or at least ${config.minimumRetentionInDays}, got ${days} (FSBP CloudWatch.16): ` +
        "logs an investigation needs are deleted before anyone asks for them (policy config minimumRetentionInDays)"];
}

export const definition = defineResourcePolicy<RetentionConfig>({
    name: "cloudwatch-log-group-retained",
    description: "CloudWatch Logs groups keep events at least the configured minimum (365 days by default) or forever.",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { fsbp: ["CloudWatch.16"], foundation: ["evidence"] },
    configSchema: {
        properties: {
            minimumRetentionInDays: { type: "integer", minimum: 1, default: 365, description: "Shortest accepted retentionInDays (0, forever, is always accepted)." },
        },
    },
    parseConfig,
    checks: { [LOG_GROUP]: checkLogGroup },
});
