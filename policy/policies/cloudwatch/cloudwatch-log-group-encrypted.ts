import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

export const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";

export function checkLogGroup(props: Record<string, unknown>): string[] {
    const key = asString(props["kmsKeyId"]);
    return key === UNKNOWN || (typeof key === "string" && key.trim() !== "")
        ? []
        : ["kmsKeyId must name a KMS key (foundation encrypted-at-rest): with the service's own key, anyone with logs:GetLogEvents reads the events; " +
            "a customer managed key adds its key policy as a second gate"];
}

export const definition = defineResourcePolicy({
    name: "cloudwatch-log-group-encrypted",
    description: "CloudWatch Logs groups are encrypted with a customer managed KMS key.",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { foundation: ["encrypted-at-rest"] },
    checks: { [LOG_GROUP]: checkLogGroup },
});
