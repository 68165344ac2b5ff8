import type { RawAlerting } from "./alerting-schema";
import { GUARDDUTY_INSTANCE_COMPROMISE_TYPES, type GuardDutyInstanceCompromiseType } from "../catalog/aws-values";

export interface AlertSubscriptionConfig {
    readonly protocol: "email" | "https";
    readonly endpoint: string;
}

export interface ResponseConfig {
    readonly enabled: boolean;
    /** OU paths where the function acts; accounts anywhere else get a dry-run report only. */
    readonly actOnOrganizationalUnits: readonly string[];
    readonly findingTypes: readonly GuardDutyInstanceCompromiseType[];
}

/** foundation:alerting with defaults. */
export interface AlertingConfig {
    readonly subscriptions: readonly AlertSubscriptionConfig[];
    readonly guardDutyMinimumSeverity: number;
    readonly cisAlarms: boolean;
    readonly runbookBaseUrl?: string;
    readonly deduplicationDays: number;
    readonly reserveConcurrency: boolean;
    readonly response: ResponseConfig;
}

/** GuardDuty's High band starts at 7.0. */
export const DEFAULT_GUARDDUTY_MINIMUM_SEVERITY = 7;
export const DEFAULT_DEDUPLICATION_DAYS = 90;

export function alertingWithDefaults(raw: RawAlerting | undefined): AlertingConfig | undefined {
    if (raw === undefined) return undefined;
    const enabled = raw.response?.enabled ?? true;
    return {
        subscriptions: raw.subscriptions,
        guardDutyMinimumSeverity: raw.guardDutyMinimumSeverity ?? DEFAULT_GUARDDUTY_MINIMUM_SEVERITY,
        cisAlarms: raw.cisAlarms ?? true,
        ...(raw.runbookBaseUrl !== undefined && { runbookBaseUrl: raw.runbookBaseUrl }),
        deduplicationDays: raw.deduplicationDays ?? DEFAULT_DEDUPLICATION_DAYS,
        reserveConcurrency: raw.reserveConcurrency ?? false,
        response: {
            enabled,
            actOnOrganizationalUnits: enabled ? raw.response?.actOnOrganizationalUnits ?? [] : [],
            findingTypes: raw.response?.findingTypes ?? [...GUARDDUTY_INSTANCE_COMPROMISE_TYPES],
        },
    };
}
