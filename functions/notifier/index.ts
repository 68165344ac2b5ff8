import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Alert } from "../shared/alert";
import { forget, lookUpAccount, markClosed, recordIfNew } from "../shared/state";
import { requiredSetting } from "../shared/environment";
import { log } from "../shared/log";
import { formatAlert } from "./format";
import { alertsFromAlarm, alertsFromEvent, closedKeysFromEvent, type EventBridgeEvent } from "./sources";

/*
 * The one place findings become notifications. EventBridge delivers GuardDuty, Security Hub, Access
 * Analyzer and root sign-in events; the CIS alarms' topic delivers alarm messages. Each alert is
 * recorded in the state table first and published only when it is new or escalated.
 */

export interface NotifierSettings {
    readonly tableName: string;
    readonly topicArn: string;
    readonly guardDutyMinimumSeverity: number;
    readonly deduplicationDays: number;
    /** Alarm names start with this; the rest is the runbook name. */
    readonly alarmPrefix: string;
    readonly runbookBaseUrl?: string;
}

export function settingsFromEnvironment(env: NodeJS.ProcessEnv): NotifierSettings {
    const required = (name: string) => requiredSetting(env, name);
    return {
        tableName: required("TABLE_NAME"),
        topicArn: required("TOPIC_ARN"),
        guardDutyMinimumSeverity: Number(required("GUARDDUTY_MINIMUM_SEVERITY")),
        deduplicationDays: Number(required("DEDUPLICATION_DAYS")),
        alarmPrefix: required("ALARM_PREFIX"),
        ...env.RUNBOOK_BASE_URL && { runbookBaseUrl: env.RUNBOOK_BASE_URL },
    };
}

interface SnsEvent {
    readonly Records: readonly { readonly Sns?: { readonly Message?: string } }[];
}

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const sns = new SNSClient({});

export async function handler(event: EventBridgeEvent | SnsEvent): Promise<{ notified: number; suppressed: number }> {
    const settings = settingsFromEnvironment(process.env);
    const alerts = "Records" in event ? event.Records.flatMap(record => alarmAlerts(record.Sns?.Message, settings)) : alertsFromEvent(event, settings.guardDutyMinimumSeverity);
    const closed = "Records" in event ? [] : closedKeysFromEvent(event);
    for (const key of closed) {
        await markClosed(db, settings.tableName, key, settings.deduplicationDays, new Date());
        log({ outcome: "closed", key });
    }
    let notified = 0;
    for (const alert of alerts) {
        if (await notify(alert, settings, new Date())) notified++;
    }
    const result = { notified, suppressed: alerts.length - notified };
    log({ outcome: "done", received: "Records" in event ? "alarm" : event["detail-type"], alerts: alerts.length, ...result });
    return result;
}

/** Publishes the alert unless it was notified before at the same or a higher severity. */
export async function notify(alert: Alert, settings: NotifierSettings, now: Date): Promise<boolean> {
    if (!(await recordIfNew(db, settings.tableName, alert, settings.deduplicationDays, now))) {
        log({ outcome: "duplicate", key: alert.key, severity: alert.severity });
        return false;
    }
    try {
        const account = await lookUpAccount(db, settings.tableName, alert.accountId);
        const { subject, message } = formatAlert(alert, account, settings.runbookBaseUrl);
        await sns.send(new PublishCommand({ TopicArn: settings.topicArn, Subject: subject, Message: message }));
    } catch (error) {
        // Not notified after all: Lambda's retry (or a replay from the dead-letter queue) must not take it for a duplicate.
        await forget(db, settings.tableName, alert.key);
        throw error;
    }
    log({ outcome: "notified", key: alert.key, severity: alert.severity, accountId: alert.accountId });
    return true;
}

function alarmAlerts(message: string | undefined, settings: NotifierSettings): Alert[] {
    try {
        const parsed = JSON.parse(message ?? "");
        return alertsFromAlarm(parsed, name => name.startsWith(settings.alarmPrefix) ? name.slice(settings.alarmPrefix.length) : "cis-alarm");
    } catch {
        log({ outcome: "unreadable", message: String(message).slice(0, 200) });
        return [];
    }
}
