import { guardDutySeverity, SEVERITY_RANK, type Alert, type Severity } from "../shared/alert";

/*
 * Reads the events the alert rules deliver into Alerts. Each reader re-checks what its rule's
 * pattern checks, so that a pattern widened by mistake cannot flood the channel, and never throws
 * on a field that is missing: a malformed event becomes no alert and a log line.
 */

/**
 * Products whose findings reach the function directly (Security Hub product ARNs end with these):
 * their copies in Security Hub are skipped, so a finding seen through both notifies once.
 */
export const ROUTED_DIRECTLY: readonly string[] = ["aws/guardduty", "aws/access-analyzer"];

const routedDirectly = (productArn: unknown) => typeof productArn === "string" && ROUTED_DIRECTLY.some(product => productArn.endsWith(`:product/${product}`));

/** An event's untyped JSON: every field is read with `?.` and checked before use. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the events' shapes are AWS's, not ours
type Json = Record<string, any>;

export interface EventBridgeEvent {
    readonly source?: string;
    readonly "detail-type"?: string;
    readonly account?: string;
    readonly region?: string;
    readonly detail?: Json;
}

/**
 * Keys of findings the event closes: a Security Hub finding resolved, suppressed, notified or
 * archived, an Access Analyzer finding archived, resolved or deleted. Recording them lets the same
 * finding notify again when it reopens (a control that fails again), even at the same severity.
 */
export function closedKeysFromEvent(event: EventBridgeEvent): string[] {
    const detail = event.detail ?? {};
    switch (event["detail-type"]) {
        case "Security Hub Findings - Imported":
            return (Array.isArray(detail.findings) ? detail.findings : [])
                .filter((f: Json) => typeof f?.Id === "string" && !routedDirectly(f.ProductArn) && !(f.RecordState === "ACTIVE" && f.Workflow?.Status === "NEW"))
                .map((f: Json) => `securityhub#${f.Id}`);
        case "Access Analyzer Finding":
            return typeof detail.id === "string" && (detail.status !== "ACTIVE" || detail.isDeleted === true) ? [`access-analyzer#${detail.id}`] : [];
        default:
            return [];
    }
}

export function alertsFromEvent(event: EventBridgeEvent, guardDutyMinimumSeverity: number): Alert[] {
    const detail = event.detail ?? {};
    switch (event["detail-type"]) {
        case "GuardDuty Finding": return guardDutyAlert(detail, guardDutyMinimumSeverity);
        case "Security Hub Findings - Imported": return (Array.isArray(detail.findings) ? detail.findings : []).flatMap(securityHubAlert);
        case "Access Analyzer Finding": return accessAnalyzerAlert(detail);
        case "AWS Console Sign In via CloudTrail":
        case "AWS Console Signin via CloudTrail":
            return rootSignInAlert(detail, event.region);
        default: return [];
    }
}

function guardDutyAlert(finding: Json, minimumSeverity: number): Alert[] {
    const score = Number(finding.severity);
    if (typeof finding.id !== "string" || !(score >= minimumSeverity) || finding.service?.archived === true) return [];
    const severity = guardDutySeverity(score);
    return [{
        key: `guardduty#${finding.id}`,
        source: "GuardDuty",
        runbook: "guardduty-finding",
        title: String(finding.title ?? finding.type),
        severity,
        rank: score,
        state: "ACTIVE",
        accountId: String(finding.accountId),
        region: String(finding.region),
        resource: guardDutyResource(finding.resource),
        detail: String(finding.type),
        link: `https://console.aws.amazon.com/guardduty/home?region=${finding.region}#/findings?search=id%3D${finding.id}`,
    }];
}

function guardDutyResource(resource: Json | undefined): string {
    const type = String(resource?.resourceType ?? "resource");
    const id = resource?.instanceDetails?.instanceId ??
        resource?.accessKeyDetails?.userName ??
        resource?.s3BucketDetails?.[0]?.name ??
        resource?.eksClusterDetails?.name ??
        resource?.ecsClusterDetails?.name ??
        resource?.lambdaDetails?.functionName ??
        resource?.rdsDbInstanceDetails?.dbInstanceIdentifier;
    return id === undefined ? type : `${type} ${id}`;
}

const NOTIFIED_LABELS: readonly Severity[] = ["CRITICAL", "HIGH"];

function securityHubAlert(finding: Json): Alert[] {
    const label = finding?.Severity?.Label as Severity;
    if (typeof finding?.Id !== "string" || !NOTIFIED_LABELS.includes(label) || routedDirectly(finding.ProductArn) ||
        finding.RecordState !== "ACTIVE" || finding.Workflow?.Status !== "NEW") return [];
    const product = finding.ProductName ?? finding.ProductFields?.["aws/securityhub/ProductName"];
    const resource = finding.Resources?.[0];
    const control = finding.Compliance?.SecurityControlId ?? finding.ProductFields?.ControlId;
    // Region is a newer ASFF field: older findings carry it only in their resources and product ARN.
    const region = String(finding.Region ?? resource?.Region ?? String(finding.ProductArn).split(":")[3]);
    return [{
        key: `securityhub#${finding.Id}`,
        source: "Security Hub",
        runbook: "securityhub-finding",
        title: String(finding.Title),
        severity: label,
        rank: SEVERITY_RANK[label],
        state: finding.Workflow.Status,
        accountId: String(finding.AwsAccountId),
        region,
        resource: resource ? `${resource.Type} ${resource.Id}` : "resource",
        detail: control ? `control ${control}` : String(finding.GeneratorId ?? product),
        link: `https://console.aws.amazon.com/securityhub/home?region=${region}#/findings?search=Id%3D%255Coperator%255C%253AEQUALS%255C%253A${encodeURIComponent(encodeURIComponent(finding.Id))}`,
    }];
}

function accessAnalyzerAlert(finding: Json): Alert[] {
    if (typeof finding.id !== "string" || finding.status !== "ACTIVE" || finding.isDeleted === true) return [];
    const severity: Severity = finding.isPublic === true ? "CRITICAL" : "HIGH";
    const who = finding.isPublic === true ? "anyone" : `${JSON.stringify(finding.principal ?? {})}`;
    return [{
        key: `access-analyzer#${finding.id}`,
        source: "IAM Access Analyzer",
        runbook: "access-analyzer-finding",
        title: `${finding.resourceType} is accessible from outside the organization by ${who}`,
        severity,
        rank: SEVERITY_RANK[severity],
        state: "ACTIVE",
        accountId: String(finding.accountId),
        region: String(finding.region),
        resource: `${finding.resourceType} ${finding.resource}`,
        detail: `actions ${(finding.action ?? []).join(", ")}`,
        link: `https://console.aws.amazon.com/access-analyzer/home?region=${finding.region}#/findings`,
    }];
}

function rootSignInAlert(event: Json, region: string | undefined): Alert[] {
    if (event.userIdentity?.type !== "Root" || event.eventName !== "ConsoleLogin" || typeof event.eventID !== "string") return [];
    const succeeded = event.responseElements?.ConsoleLogin === "Success";
    const mfa = event.additionalEventData?.MFAUsed === "Yes" ? "with MFA" : "WITHOUT MFA";
    return [{
        key: `signin#${event.eventID}`,
        source: "CloudTrail",
        runbook: "root-user-sign-in",
        title: succeeded ? `Root user signed in to the console ${mfa} from ${event.sourceIPAddress}` : `Failed root user sign-in from ${event.sourceIPAddress}`,
        severity: "CRITICAL",
        rank: SEVERITY_RANK.CRITICAL,
        state: "ACTIVE",
        accountId: String(event.userIdentity.accountId ?? event.recipientAccountId),
        region: String(event.awsRegion ?? region),
        resource: String(event.userIdentity.arn ?? "root user"),
        detail: `ConsoleLogin ${event.responseElements?.ConsoleLogin ?? ""}`.trim(),
    }];
}

/** A CloudWatch alarm's SNS message (AWS's alarm notification JSON), for the CIS alarms. */
export function alertsFromAlarm(message: Json, runbookOf: (alarmName: string) => string): Alert[] {
    if (message.NewStateValue !== "ALARM" || typeof message.AlarmName !== "string") return [];
    const region = String(message.AlarmArn ?? "").split(":")[3] || String(message.Region);
    return [{
        key: `alarm#${message.AlarmName}#${message.StateChangeTime}`,
        source: "CIS alarm",
        runbook: runbookOf(message.AlarmName),
        title: String(message.AlarmDescription || message.AlarmName),
        severity: "HIGH",
        rank: SEVERITY_RANK.HIGH,
        state: "ALARM",
        accountId: String(message.AWSAccountId),
        region,
        resource: `the organization trail's log group (metric ${message.Trigger?.Namespace}/${message.Trigger?.MetricName})`,
        detail: String(message.NewStateReason ?? ""),
        link: `https://console.aws.amazon.com/cloudwatch/home?region=${region}#alarmsV2:alarm/${encodeURIComponent(message.AlarmName)}`,
    }];
}
