import type { ConfigWarning } from "../area";
import { keyPath } from "../problems";
import type { AlertingConfig } from "./schema";

export function alertingWarnings(alerting: AlertingConfig | undefined): ConfigWarning[] {
    if (alerting === undefined) {
        return [{
            path: keyPath("alerting"),
            message: "is not set, so GuardDuty, Security Hub and Access Analyzer findings and the CIS alarms notify nobody: add at least one subscription",
        }];
    }
    const warnings: ConfigWarning[] = [];
    if (!alerting.cisAlarms) {
        warnings.push({
            path: keyPath("alerting", ["cisAlarms"]),
            message: "set to false, so root use, console sign-in without MFA and changes to IAM, CloudTrail, Config and the network raise no alarm, and Security Hub fails CloudWatch.1 to CloudWatch.14",
        });
    }
    if (alerting.guardDutyMinimumSeverity > 7) {
        warnings.push({
            path: keyPath("alerting", ["guardDutyMinimumSeverity"]),
            message: `set to ${alerting.guardDutyMinimumSeverity}, so some High-severity GuardDuty findings (7.0 and up) notify nobody`,
        });
    }
    if (!alerting.response.enabled) {
        warnings.push({
            path: keyPath("alerting", ["response", "enabled"]),
            message: "set to false, so a compromised instance is neither isolated nor reported with the response it needs",
        });
    }
    return warnings;
}
