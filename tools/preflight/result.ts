/** What one check found: PASS, FAIL (blocks the first `pulumi up` when the check is blocking), WARN, MANUAL (a step no API can verify) or SKIP. */
export type Status = "PASS" | "FAIL" | "WARN" | "MANUAL" | "SKIP";

export const STATUSES: readonly Status[] = ["PASS", "FAIL", "WARN", "MANUAL", "SKIP"];

/** A check's identity: what the JSON output and the summary name it by. */
export interface CheckInfo {
    readonly id: string;
    readonly title: string;
    /** A FAIL of this check means the first `pulumi up` would fail or do harm. */
    readonly blocking: boolean;
}

export interface CheckResult extends CheckInfo {
    readonly status: Status;
    /** What was found; may span lines. */
    readonly detail: string;
    /** The exact command or console path that fixes a non-PASS result; may span lines. */
    readonly fix?: string;
}

/** Every check, in the order the preflight runs and prints them. */
export const CHECKS = {
    callerAndOrganization: { id: "caller-and-organization", title: "Caller and organization", blocking: true },
    allFeatures: { id: "all-features", title: "All features", blocking: true },
    identityCenter: { id: "identity-center", title: "IAM Identity Center", blocking: false },
    accountQuota: { id: "account-quota", title: "Account quota", blocking: true },
    optInRegions: { id: "opt-in-regions", title: "Opt-in regions", blocking: true },
    detectorsAndRecorders: { id: "existing-detectors-recorders", title: "Existing GuardDuty detectors and AWS Config recorders", blocking: true },
    serviceLinkedRoles: { id: "existing-service-linked-roles", title: "Existing service-linked roles", blocking: true },
    delegatedAdministrators: { id: "delegated-administrators", title: "Delegated administrators", blocking: true },
    auditEventBus: { id: "audit-event-bus-policy", title: "Audit account's default event bus policy", blocking: true },
    billingAccess: { id: "billing-access", title: "Billing console access for IAM roles", blocking: false },
} as const satisfies Record<string, CheckInfo>;

export function result(check: CheckInfo, status: Status, detail: string, fix?: string): CheckResult {
    return { ...check, status, detail, ...(fix !== undefined && { fix }) };
}

/** Whether a result stops the first `pulumi up`. */
export function blocks(r: CheckResult): boolean {
    return r.status === "FAIL" && r.blocking;
}
