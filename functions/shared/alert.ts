/** One thing a person should hear about, whatever service reported it. */
export interface Alert {
    /** Identifies the finding or alarm transition across updates: the deduplication key. */
    readonly key: string;
    /** Which service or check raised it. */
    readonly source: "GuardDuty" | "Security Hub" | "IAM Access Analyzer" | "CloudTrail" | "CIS alarm" | "Incident response";
    /** docs/runbooks/<runbook>.md */
    readonly runbook: string;
    readonly title: string;
    readonly severity: Severity;
    /** Higher is worse; compared to decide whether an update escalates. */
    readonly rank: number;
    /** Part of the identity besides severity: a change notifies again (Security Hub workflow status). */
    readonly state: string;
    readonly accountId: string;
    readonly region: string;
    /** What the finding is about, e.g. `AWS::EC2::Instance i-0abc`. */
    readonly resource: string;
    /** Finding type, control or alarm name. */
    readonly detail: string;
    /** Where to see it in the console. */
    readonly link?: string;
}

export type Severity = "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL";

/** GuardDuty's bands: Critical 9.0-10.0, High 7.0-8.9, Medium 4.0-6.9, Low 1.0-3.9. */
export function guardDutySeverity(score: number): Severity {
    if (score >= 9) return "CRITICAL";
    if (score >= 7) return "HIGH";
    if (score >= 4) return "MEDIUM";
    return "LOW";
}

/** Ranks of Security Hub's labels, on GuardDuty's 0-10 scale so that both compare. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { CRITICAL: 9, HIGH: 7, MEDIUM: 4, LOW: 1, INFORMATIONAL: 0 };
