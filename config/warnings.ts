import type { GuardDutyFeature } from "../catalog/aws-values";
import { AWS_MANAGED_POLICY, DEFAULT_FINDING_PUBLISHING_FREQUENCY, DEFAULT_SESSION_DURATION, DEFAULT_GUARDDUTY_FEATURES, DEFAULT_SECURITY_HUB_STANDARDS, type FoundationConfig } from "./defaults";
import { DEFAULT_GUARDRAIL_MAP, GUARDRAILS } from "../catalog/guardrails/scp-library";
import { FOUNDATION_EXEMPT_ROLES, ROOT_TARGET } from "./guardrails-defaults";
import { MANAGEMENT_ACCOUNT_KEY } from "./identity-targets";
import { keyPath } from "./problems";

/**
 * A config value that is valid but weaker than the default. Allowed, because it was written down
 * explicitly; shown in every preview so that a reviewer sees it.
 */
export interface ConfigWarning {
    readonly path: string;
    readonly message: string;
}

/** What each GuardDuty feature watches, for the warning when it is switched off. */
const FEATURE_COVERAGE: Readonly<Partial<Record<GuardDutyFeature, string>>> = {
    S3_DATA_EVENTS: "S3 data events (reads and writes of objects)",
    EKS_AUDIT_LOGS: "EKS audit logs",
    EBS_MALWARE_PROTECTION: "EBS volumes of suspicious instances for malware",
    RDS_LOGIN_EVENTS: "RDS and Aurora login events",
    LAMBDA_NETWORK_LOGS: "Lambda network activity",
};

function loggingWarnings(config: FoundationConfig): ConfigWarning[] {
    const { archive, trail } = config.logging;
    const warnings: ConfigWarning[] = [];
    if (!archive.objectLock.enabled) {
        warnings.push({
            path: keyPath("logging", ["archive", "objectLock", "enabled"]),
            message: "set to false, so new CloudTrail logs and GuardDuty findings get no Object Lock retention; anyone who may change the bucket policy can delete them",
        });
    }
    if (!trail.cloudWatchLogs.kmsEncrypted) {
        warnings.push({
            path: keyPath("logging", ["trail", "cloudWatchLogs", "kmsEncrypted"]),
            message: "set to false, so the trail's CloudWatch Logs group is encrypted with a key AWS manages, whose use no key policy of yours restricts",
        });
    }
    return warnings;
}

function guardDutyWarnings(config: FoundationConfig): ConfigWarning[] {
    const guardDuty = config.detection.guardDuty;
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

function securityHubWarnings(config: FoundationConfig): ConfigWarning[] {
    const securityHub = config.detection.securityHub;
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

function awsConfigWarnings(config: FoundationConfig): ConfigWarning[] {
    const recording = config.detection.config;
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

function identityWarnings(config: FoundationConfig): ConfigWarning[] {
    const identity = config.identity;
    if (!identity) return [];
    const warnings: ConfigWarning[] = [];
    const admin = identity.permissionSets.find(set => set.name === "AdministratorAccess");
    if (admin && admin.sessionDuration !== DEFAULT_SESSION_DURATION) {
        warnings.push({
            path: keyPath("identity", ["permissionSets"]),
            message: `sets AdministratorAccess's sessionDuration to ${admin.sessionDuration}: an administrator's session, or a stolen one, stays valid longer than 1 hour`,
        });
    }
    identity.assignments.forEach((assignment, i) => {
        const j = assignment.targets.indexOf(MANAGEMENT_ACCOUNT_KEY);
        if (j >= 0) {
            warnings.push({
                path: keyPath("identity", ["assignments", i, "targets", j]),
                message: `gives group ${assignment.group} ${assignment.permissionSet} in the management account, which controls the whole organization and which no SCP restricts`,
            });
        }
    });
    return warnings;
}

function pipelineWarnings(config: FoundationConfig): ConfigWarning[] {
    const warnings: ConfigWarning[] = [];
    (config.pipelines?.workloads ?? []).forEach((workload, i) => {
        const j = workload.deployPolicies.indexOf(`${AWS_MANAGED_POLICY}/AdministratorAccess`);
        if (j >= 0) {
            warnings.push({
                path: keyPath("pipelines", ["workloads", i, "deployPolicies", j]),
                message: `gives pipeline ${workload.name} full administrator access to account ${workload.account}, IAM included`,
            });
        }
    });
    return warnings;
}

/** What each EC2 declarative policy setting stops doing when it is switched off. */
const EC2_SETTING_LOSS: Readonly<Record<string, string>> = {
    requireImdsv2: "new instances default to IMDSv1, whose credentials a server-side request forgery can steal",
    blockPublicImages: "any account may share AMIs publicly",
    blockPublicSnapshots: "any account may share EBS snapshots, and the data in them, publicly",
    disableSerialConsole: "the EC2 serial console, which bypasses network controls, can be turned on in any account",
};

function guardrailWarnings(config: FoundationConfig): ConfigWarning[] {
    const { guardrails } = config;
    const warnings: ConfigWarning[] = [];
    const rootGuardrails = guardrails.serviceControlPolicies[ROOT_TARGET] ?? [];
    for (const name of DEFAULT_GUARDRAIL_MAP[ROOT_TARGET].filter(n => !rootGuardrails.includes(n))) {
        warnings.push({
            path: keyPath("guardrails", ["serviceControlPolicies", ROOT_TARGET]),
            message: `leaves out ${name}, so no member account is kept from: ${GUARDRAILS[name].summary}`,
        });
    }
    guardrails.exemptRoles.slice(FOUNDATION_EXEMPT_ROLES).forEach((role, i) => {
        warnings.push({
            path: keyPath("guardrails", ["exemptRoles", i]),
            message: `exempts ${role} from every guardrail in every member account: check that no account already has such a role with a trust you do not control`,
        });
    });
    if (!guardrails.resourceControlPolicies.secureTransport) {
        warnings.push({
            path: keyPath("guardrails", ["resourceControlPolicies", "secureTransport"]),
            message: "set to false, so member accounts' buckets, keys, queues and secrets accept requests without TLS unless each resource policy refuses them",
        });
    }
    for (const [setting, loss] of Object.entries(EC2_SETTING_LOSS)) {
        if (guardrails.ec2[setting as keyof typeof guardrails.ec2] === false) {
            warnings.push({ path: keyPath("guardrails", ["ec2", setting]), message: `set to false, so ${loss}` });
        }
    }
    if (!guardrails.centralizedRootAccess) {
        warnings.push({
            path: keyPath("guardrails", ["centralizedRootAccess"]),
            message: "set to false, so every member account keeps root credentials that someone must secure with MFA, and deny-root-user blocks the root tasks AWS reserves for root",
        });
    }
    return warnings;
}

/** What a deferred baseline setting leaves open in that account. */
const DEFERRAL_LOSS: Readonly<Record<string, string>> = {
    ebsEncryptionByDefault: "new EBS volumes and snapshot copies are not encrypted unless each asks for it",
    s3PublicAccessBlock: "a bucket policy or ACL can still make a bucket public",
};

function adoptionWarnings(config: FoundationConfig): ConfigWarning[] {
    const { disable } = config.organization;
    return [
        ...disable.trustedServices.map((service, i) => ({
            path: keyPath("organization", ["disable", "trustedServices", i]),
            message: `turns off trusted access for ${service}: what that service does across the organization stops`,
        })),
        ...disable.policyTypes.map((type, i) => ({
            path: keyPath("organization", ["disable", "policyTypes", i]),
            message: `disables ${type}: AWS detaches every policy of that type from the root, OUs and accounts`,
        })),
        ...config.baseline.defer.flatMap((entry, i) => entry.settings.map(setting => ({
            path: keyPath("baseline", ["defer", i]),
            message: `defers ${setting} in ${entry.account} (${entry.reason}): ${DEFERRAL_LOSS[setting]}`,
        }))),
    ];
}

/** Every setting of the validated config that is weaker than its default, in config order. */
function alertingWarnings(config: FoundationConfig): ConfigWarning[] {
    const alerting = config.alerting;
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

export function configWarnings(config: FoundationConfig): ConfigWarning[] {
    return [
        ...loggingWarnings(config),
        ...guardDutyWarnings(config),
        ...alertingWarnings(config),
        ...securityHubWarnings(config),
        ...awsConfigWarnings(config),
        ...identityWarnings(config),
        ...pipelineWarnings(config),
        ...guardrailWarnings(config),
        ...adoptionWarnings(config),
    ];
}
