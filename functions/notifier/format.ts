import type { Alert } from "../shared/alert";
import type { AccountEntry } from "../shared/state";

export interface Notification {
    /** SNS subjects are at most 100 printable ASCII characters. */
    readonly subject: string;
    readonly message: string;
}

export function runbookLink(baseUrl: string | undefined, runbook: string): string {
    return baseUrl ? `${baseUrl}/${runbook}.md` : `docs/runbooks/${runbook}.md in the foundation repository`;
}

/** The notification a person reads: what, how bad, where, and what to do. */
export function formatAlert(alert: Alert, account: AccountEntry | undefined, runbookBaseUrl: string | undefined): Notification {
    const accountName = account ? `${account.name} (${alert.accountId}${account.ouPath ? `, OU ${account.ouPath}` : ""})` : `${alert.accountId} (not an account of this foundation)`;
    const lines = [
        `${alert.severity}: ${alert.title}`,
        "",
        `Account:  ${accountName}`,
        `Region:   ${alert.region}`,
        `Resource: ${alert.resource}`,
        `Source:   ${alert.source}, ${alert.detail}`,
        `Runbook:  ${runbookLink(runbookBaseUrl, alert.runbook)}`,
        ...alert.link ? [`Console:  ${alert.link}`] : [],
    ];
    return { subject: subject(`[${alert.severity}] ${account?.name ?? alert.accountId}: ${alert.title}`), message: lines.join("\n") };
}

function subject(text: string): string {
    const ascii = text.replace(/[^\x20-\x7E]/g, "?");
    return ascii.length <= 100 ? ascii : `${ascii.slice(0, 97)}...`;
}
