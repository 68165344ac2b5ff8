import type { GuardDutyFeature } from "../../catalog/aws-values";
import type { ConfigWarning } from "../area";
import { keyPath } from "../problems";
import { DEFAULT_FINDING_PUBLISHING_FREQUENCY, DEFAULT_GUARDDUTY_FEATURES, DEFAULT_SECURITY_HUB_STANDARDS, type DetectionConfig } from "./schema";

/** What each GuardDuty feature watches, for the warning when it is switched off. */
const FEATURE_COVERAGE: Readonly<Partial<Record<GuardDutyFeature, string>>> = {
    S3_DATA_EVENTS: "S3 data events (reads and writes of objects)",
    EKS_AUDIT_LOGS: "EKS audit logs",
    EBS_MALWARE_PROTECTION: "EBS volumes of suspicious instances for malware",
    RDS_LOGIN_EVENTS: "RDS and Aurora login events",
    LAMBDA_NETWORK_LOGS: "Lambda network activity",
};

function guardDutyWarnings({ guardDuty }: DetectionConfig): ConfigWarning[] {
    const warnings: ConfigWarning[] = [];
    for (const [feature, onByDefault] of Object.entries(DEFAULT_GUARDDUTY_FEATURES) as [GuardDutyFeature, boolean][]) {
        if (onByDefault && guardDuty.features[feature] === false) {
            warnings.push({
                path: keyPath("detection", ["guardDuty", "features", feature]),
                message: `set to false, so GuardDuty no longer analyses ${FEATURE_COVERAGE[feature] ?? feature} in any account`,
            });
        }
    }
    if (guardDuty.findingPublishingFrequency !== DEFAULT_FINDING_PUBLISHING_FREQUENCY) {
        warnings.push({
            path: keyPath("detection", ["guardDuty", "findingPublishingFrequency"]),
            message: `set to ${guardDuty.findingPublishingFrequency}, so updates to active findings reach alerts and the export less often than every 15 minutes`,
        });
    }
    if (!guardDuty.exportFindings) {
        warnings.push({
            path: keyPath("detection", ["guardDuty", "exportFindings"]),
            message: "set to false, so findings are not exported to the log archive and are gone after GuardDuty's 90 days",
        });
    }
    return warnings;
}

function securityHubWarnings({ securityHub }: DetectionConfig): ConfigWarning[] {
    const warnings: ConfigWarning[] = [];
    for (const standard of DEFAULT_SECURITY_HUB_STANDARDS) {
        if (!securityHub.standards.includes(standard)) {
            warnings.push({
                path: keyPath("detection", ["securityHub", "standards"]),
                message: `leaves out "${standard}": its controls are evaluated in no account`,
            });
        }
    }
    securityHub.disabledControls.forEach((control, i) => {
        warnings.push({
            path: keyPath("detection", ["securityHub", "disabledControls", i]),
            message: `disables control ${control.id} in every account and region: ${control.reason}`,
        });
    });
    return warnings;
}

function awsConfigWarnings({ config: recording }: DetectionConfig): ConfigWarning[] {
    const warnings: ConfigWarning[] = [];
    if (recording.recordingFrequency === "DAILY") {
        warnings.push({
            path: keyPath("detection", ["config", "recordingFrequency"]),
            message: "set to DAILY, so AWS Config records resources once a day and a change undone within the day leaves no record",
        });
    }
    const override = recording.recordingFrequencyOverride;
    if (override?.recordingFrequency === "DAILY") {
        warnings.push({
            path: keyPath("detection", ["config", "recordingFrequencyOverride"]),
            message: `records these types once a day only: ${override.resourceTypes.join(", ")}`,
        });
    }
    if (recording.excludedResourceTypes.length > 0) {
        warnings.push({
            path: keyPath("detection", ["config", "excludedResourceTypes"]),
            message: `excludes from recording in every account: ${recording.excludedResourceTypes.join(", ")}; Security Hub controls on them have no data`,
        });
    }
    return warnings;
}

export function detectionWarnings(detection: DetectionConfig): ConfigWarning[] {
    return [...guardDutyWarnings(detection), ...securityHubWarnings(detection), ...awsConfigWarnings(detection)];
}
