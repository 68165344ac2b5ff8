import * as assert from "assert";
import { configWarnings, parseFoundationConfig } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";

const warningsOf = (mutate: (doc: ConfigDoc) => void, base = withoutManagementAssignments) =>
    configWarnings(parseFoundationConfig(exampleValues(d => { base(d); mutate(d); }))).map(w => `${w.path}: ${w.message}`);

/** The example stack without its two (warned) assignments in the management account. */
function withoutManagementAssignments(d: ConfigDoc): void {
    const assignments: { group: string; targets: string[] }[] = d["foundation:identity"].assignments;
    d["foundation:identity"].assignments = assignments
        .map(a => ({ ...a, targets: a.targets.filter(t => t !== "management") }))
        .filter(a => a.targets.length > 0);
}

describe("config warnings (settings weaker than the defaults)", () => {
    it("has only the management account's two assignments for the example stack", () => {
        assert.deepStrictEqual(warningsOf(() => undefined, () => undefined), [
            "foundation:identity.assignments[3].targets[0]: gives group security SecurityAudit in the management account, which controls the whole organization and which no SCP restricts",
            "foundation:identity.assignments[5].targets[0]: gives group finance Billing in the management account, which controls the whole organization and which no SCP restricts",
        ]);
        assert.deepStrictEqual(warningsOf(() => undefined), []);
    });

    it("has none for settings stronger than the defaults", () => {
        assert.deepStrictEqual(warningsOf(d => {
            d["foundation:logging"].archive.objectLock.mode = "COMPLIANCE";
            d["foundation:logging"].trail.dataEvents = { s3: true, lambda: true };
            d["foundation:logging"].archive.lifecycle.expirationDays = "never";
            d["foundation:detection"].guardDuty.features.RUNTIME_MONITORING = true;
            d["foundation:detection"].guardDuty.features.AI_PROTECTION = true;
            d["foundation:detection"].securityHub.standards.push("nist-800-53/v/5.0.0");
            d["foundation:detection"].accessAnalyzer.unusedAccess.enabled = true;
            d["foundation:detection"].guardDuty.exportFindings = true;
            d["foundation:identity"].permissionSets = [{ name: "PowerUserAccess", sessionDuration: "PT4H" }];
            d["foundation:pipelines"].workloads[0].deployPolicies = ["arn:aws:iam::aws:policy/ReadOnlyAccess"];
            d["foundation:guardrails"].resourceControlPolicies.organizationOnly = true;
            d["foundation:guardrails"].ec2.vpcBlockPublicAccess = "block-bidirectional";
            d["foundation:guardrails"].serviceControlPolicies.Infrastructure = ["require-imdsv2"];
        }), []);
    });

    const cases: [string, (doc: ConfigDoc) => void, string[]][] = [
        ["administrator sessions longer than an hour", d => { d["foundation:identity"].permissionSets = [{ name: "AdministratorAccess", sessionDuration: "PT8H" }]; },
            ["foundation:identity.permissionSets: sets AdministratorAccess's sessionDuration to PT8H: an administrator's session, or a stolen one, stays valid longer than 1 hour"]],
        ["a workload pipeline with administrator access", d => {
            d["foundation:pipelines"].workloads[1].deployPolicies = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"];
        }, ["foundation:pipelines.workloads[1].deployPolicies[1]: gives pipeline app-staging full administrator access to account staging, IAM included"]],
        ["object lock off", d => { d["foundation:logging"].archive.objectLock.enabled = false; },
            ["foundation:logging.archive.objectLock.enabled: set to false, so new CloudTrail logs and GuardDuty findings get no Object Lock retention; anyone who may change the bucket policy can delete them"]],
        ["the trail's log group without a customer key", d => { d["foundation:logging"].trail.cloudWatchLogs.kmsEncrypted = false; },
            ["foundation:logging.trail.cloudWatchLogs.kmsEncrypted: set to false, so the trail's CloudWatch Logs group is encrypted with a key AWS manages, whose use no key policy of yours restricts"]],
        ["two GuardDuty protection plans off", d => {
            Object.assign(d["foundation:detection"].guardDuty.features, { S3_DATA_EVENTS: false, LAMBDA_NETWORK_LOGS: false });
        }, [
            "foundation:detection.guardDuty.features.S3_DATA_EVENTS: set to false, so GuardDuty no longer analyses S3 data events (reads and writes of objects) in any account",
            "foundation:detection.guardDuty.features.LAMBDA_NETWORK_LOGS: set to false, so GuardDuty no longer analyses Lambda network activity in any account",
        ]],
        ["slower finding updates", d => { d["foundation:detection"].guardDuty.findingPublishingFrequency = "SIX_HOURS"; },
            ["foundation:detection.guardDuty.findingPublishingFrequency: set to SIX_HOURS, so updates to active findings reach alerts and the export less often than every 15 minutes"]],
        ["no findings export", d => { d["foundation:detection"].guardDuty.exportFindings = false; },
            ["foundation:detection.guardDuty.exportFindings: set to false, so findings are not exported to the log archive and are gone after GuardDuty's 90 days"]],
        ["the CIS standard left out", d => { d["foundation:detection"].securityHub.standards = ["aws-foundational-security-best-practices/v/1.0.0"]; },
            ['foundation:detection.securityHub.standards: leaves out "cis-aws-foundations-benchmark/v/3.0.0": its controls are evaluated in no account']],
        ["two disabled controls, each with its reason", d => {
            d["foundation:detection"].securityHub.disabledControls = [
                { id: "IAM.6", reason: "root users are disabled organization-wide" },
                { id: "EC2.10", reason: "no VPC endpoints in sandbox accounts" },
            ];
        }, [
            "foundation:detection.securityHub.disabledControls[0]: disables control IAM.6 in every account and region: root users are disabled organization-wide",
            "foundation:detection.securityHub.disabledControls[1]: disables control EC2.10 in every account and region: no VPC endpoints in sandbox accounts",
        ]],
        ["daily recording", d => { d["foundation:detection"].config.recordingFrequency = "DAILY"; },
            ["foundation:detection.config.recordingFrequency: set to DAILY, so AWS Config records resources once a day and a change undone within the day leaves no record"]],
        ["daily recording with some types recorded continuously", d => {
            d["foundation:detection"].config.recordingFrequency = "DAILY";
            d["foundation:detection"].config.recordingFrequencyOverride = { recordingFrequency: "CONTINUOUS", resourceTypes: ["AWS::IAM::Role"] };
        }, ["foundation:detection.config.recordingFrequency: set to DAILY, so AWS Config records resources once a day and a change undone within the day leaves no record"]],
        ["daily recording of some types", d => {
            d["foundation:detection"].config.recordingFrequencyOverride = { recordingFrequency: "DAILY", resourceTypes: ["AWS::EC2::NetworkInterface", "AWS::EC2::Volume"] };
        }, ["foundation:detection.config.recordingFrequencyOverride: records these types once a day only: AWS::EC2::NetworkInterface, AWS::EC2::Volume"]],
        ["organization-wide guardrails left off Root", d => {
            const root: string[] = d["foundation:guardrails"].serviceControlPolicies.Root;
            d["foundation:guardrails"].serviceControlPolicies.Root = root.filter(n => n !== "deny-iam-users" && n !== "deny-root-user");
        }, [
            "foundation:guardrails.serviceControlPolicies.Root: leaves out deny-root-user, so no member account is kept from: Every action by a member account's root user (root sessions from the management account's centralized root access excepted).",
            "foundation:guardrails.serviceControlPolicies.Root: leaves out deny-iam-users, so no member account is kept from: Creating IAM users, their passwords and access keys: people sign in through IAM Identity Center, pipelines through OIDC.",
        ]],
        ["break-glass roles exempted from every guardrail", d => { d["foundation:guardrails"].exemptRoles = ["arn:aws:iam::*:role/ops-admin", "arn:aws:iam::222222222222:role/acme-break-glass"]; }, [
            "foundation:guardrails.exemptRoles[0]: exempts arn:aws:iam::*:role/ops-admin from every guardrail in every member account: check that no account already has such a role with a trust you do not control",
            "foundation:guardrails.exemptRoles[1]: exempts arn:aws:iam::222222222222:role/acme-break-glass from every guardrail in every member account: check that no account already has such a role with a trust you do not control",
        ]],
        ["the TLS-only data perimeter off", d => { d["foundation:guardrails"].resourceControlPolicies.secureTransport = false; },
            ["foundation:guardrails.resourceControlPolicies.secureTransport: set to false, so member accounts' buckets, keys, queues and secrets accept requests without TLS unless each resource policy refuses them"]],
        ["EC2 settings off", d => { Object.assign(d["foundation:guardrails"].ec2, { requireImdsv2: false, blockPublicSnapshots: false }); }, [
            "foundation:guardrails.ec2.requireImdsv2: set to false, so new instances default to IMDSv1, whose credentials a server-side request forgery can steal",
            "foundation:guardrails.ec2.blockPublicSnapshots: set to false, so any account may share EBS snapshots, and the data in them, publicly",
        ]],
        ["root credentials left in member accounts", d => { d["foundation:guardrails"].centralizedRootAccess = false; },
            ["foundation:guardrails.centralizedRootAccess: set to false, so every member account keeps root credentials that someone must secure with MFA, and deny-root-user blocks the root tasks AWS reserves for root"]],
        ["excluded resource types", d => { d["foundation:detection"].config.excludedResourceTypes = ["AWS::EC2::NetworkInterface"]; },
            ["foundation:detection.config.excludedResourceTypes: excludes from recording in every account: AWS::EC2::NetworkInterface; Security Hub controls on them have no data"]],
    ];

    for (const [what, mutate, expected] of cases) {
        it(`warns about ${what}`, () => {
            assert.deepStrictEqual(warningsOf(mutate), expected);
        });
    }
});
