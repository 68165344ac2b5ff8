import * as assert from "assert";
import { parseFoundationConfig } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";
import { warningsOf } from "./warnings-of";

const DETECTION = "foundation:detection";

describe("stack config: foundation:detection", () => {
    it("fills the strict defaults when the section is left out", () => {
        const config = parseFoundationConfig(exampleValues(d => { delete d[DETECTION]; }));
        assert.deepStrictEqual(config.detection, {
            guardDuty: {
                findingPublishingFrequency: "FIFTEEN_MINUTES",
                features: {
                    S3_DATA_EVENTS: true, EKS_AUDIT_LOGS: true, EBS_MALWARE_PROTECTION: true, RDS_LOGIN_EVENTS: true,
                    LAMBDA_NETWORK_LOGS: true, RUNTIME_MONITORING: false,
                },
                runtimeMonitoringAgents: ["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"],
                exportFindings: true,
            },
            securityHub: {
                standards: ["aws-foundational-security-best-practices/v/1.0.0", "cis-aws-foundations-benchmark/v/3.0.0"],
                disabledControls: [],
            },
            config: { recordingFrequency: "CONTINUOUS", excludedResourceTypes: [] },
            accessAnalyzer: { unusedAccess: { enabled: false, unusedAccessAgeDays: 90 } },
        });
    });

    it("ships an example stack that spells out exactly the defaults", () => {
        const spelled = parseFoundationConfig(exampleValues());
        const defaults = parseFoundationConfig(exampleValues(d => { delete d[DETECTION]; }));
        assert.deepStrictEqual(spelled.detection, defaults.detection);
    });

    it("overlays configured values on the defaults, key by key", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d[DETECTION] = {
                guardDuty: { features: { RUNTIME_MONITORING: true }, runtimeMonitoringAgents: ["EKS_ADDON_MANAGEMENT"] },
                config: { recordingFrequencyOverride: { recordingFrequency: "DAILY", resourceTypes: ["AWS::EC2::NetworkInterface"] } },
                accessAnalyzer: { unusedAccess: { enabled: true } },
            };
        }));
        assert.strictEqual(config.detection.guardDuty.features.RUNTIME_MONITORING, true);
        assert.strictEqual(config.detection.guardDuty.features.S3_DATA_EVENTS, true);
        assert.deepStrictEqual(config.detection.guardDuty.runtimeMonitoringAgents, ["EKS_ADDON_MANAGEMENT"]);
        assert.deepStrictEqual(config.detection.config, {
            recordingFrequency: "CONTINUOUS",
            excludedResourceTypes: [],
            recordingFrequencyOverride: { recordingFrequency: "DAILY", resourceTypes: ["AWS::EC2::NetworkInterface"] },
        });
        assert.deepStrictEqual(config.detection.accessAnalyzer, { unusedAccess: { enabled: true, unusedAccessAgeDays: 90 } });
    });

    const cases: [string, (doc: ConfigDoc) => void, string[]][] = [
        // shape
        ["a GuardDuty feature that does not exist", d => { d[DETECTION].guardDuty.features.S3_DATA_EVENT = true; },
            ['foundation:detection.guardDuty.features.S3_DATA_EVENT: unknown key (did you mean "S3_DATA_EVENTS"?)']],
        ["a finding frequency GuardDuty does not offer", d => { d[DETECTION].guardDuty.findingPublishingFrequency = "FIVE_MINUTES"; },
            ['foundation:detection.guardDuty.findingPublishingFrequency: "FIVE_MINUTES" must be one of FIFTEEN_MINUTES, ONE_HOUR, SIX_HOURS']],
        ["an unknown runtime agent", d => { d[DETECTION].guardDuty.runtimeMonitoringAgents = ["LAMBDA_AGENT_MANAGEMENT"]; },
            ['foundation:detection.guardDuty.runtimeMonitoringAgents[0]: "LAMBDA_AGENT_MANAGEMENT" is not a GuardDuty agent (EKS_ADDON_MANAGEMENT, ECS_FARGATE_AGENT_MANAGEMENT, EC2_AGENT_MANAGEMENT)']],
        ["an unknown Security Hub standard", d => { d[DETECTION].securityHub.standards.push("cis-aws-foundations-benchmark/v/1.2.0"); },
            ['foundation:detection.securityHub.standards[2]: "cis-aws-foundations-benchmark/v/1.2.0" is not a Security Hub standard (aws-foundational-security-best-practices/v/1.0.0, cis-aws-foundations-benchmark/v/1.4.0, cis-aws-foundations-benchmark/v/3.0.0, nist-800-53/v/5.0.0, nist-800-171/v/2.0.0, pci-dss/v/3.2.1, pci-dss/v/4.0.1, aws-resource-tagging-standard/v/1.0.0)']],
        ["a control id that is not one", d => { d[DETECTION].securityHub.disabledControls = [{ id: "s3-1", reason: "x" }]; },
            ['foundation:detection.securityHub.disabledControls[0].id: "s3-1" is not a Security Hub control id like S3.1 or IAM.6']],
        ["a control disabled without a reason", d => { d[DETECTION].securityHub.disabledControls = [{ id: "IAM.6", reason: "  " }]; },
            ["foundation:detection.securityHub.disabledControls[0].reason: \"  \" must say why the control is disabled"]],
        ["a control disabled with no reason key", d => { d[DETECTION].securityHub.disabledControls = [{ id: "IAM.6" }]; },
            ["foundation:detection.securityHub.disabledControls[0].reason: is required"]],
        ["a resource type that is not one", d => { d[DETECTION].config.excludedResourceTypes = ["EC2::Instance"]; },
            ['foundation:detection.config.excludedResourceTypes[0]: "EC2::Instance" is not a resource type like AWS::EC2::Instance']],
        ["an unknown recording frequency", d => { d[DETECTION].config.recordingFrequency = "HOURLY"; },
            ['foundation:detection.config.recordingFrequency: "HOURLY" must be CONTINUOUS or DAILY']],
        ["an override with no resource types", d => { d[DETECTION].config.recordingFrequencyOverride = { recordingFrequency: "DAILY", resourceTypes: [] }; },
            ["foundation:detection.config.recordingFrequencyOverride.resourceTypes: must list at least one resource type"]],
        ["an unused access age beyond a year", d => { d[DETECTION].accessAnalyzer.unusedAccess.unusedAccessAgeDays = 400; },
            ["foundation:detection.accessAnalyzer.unusedAccess.unusedAccessAgeDays: 400 must be at most 365 days"]],
        // meaning
        ["both runtime monitoring features", d => { Object.assign(d[DETECTION].guardDuty.features, { RUNTIME_MONITORING: true, EKS_RUNTIME_MONITORING: true }); },
            ["foundation:detection.guardDuty.features.EKS_RUNTIME_MONITORING: cannot be on together with RUNTIME_MONITORING, which covers EKS and replaces it (AWS refuses both)"]],
        ["an agent listed twice", d => { d[DETECTION].guardDuty.runtimeMonitoringAgents.push("EKS_ADDON_MANAGEMENT"); },
            ['foundation:detection.guardDuty.runtimeMonitoringAgents[3]: "EKS_ADDON_MANAGEMENT" is listed twice']],
        ["a standard listed twice", d => { d[DETECTION].securityHub.standards.push("aws-foundational-security-best-practices/v/1.0.0"); },
            ['foundation:detection.securityHub.standards[2]: "aws-foundational-security-best-practices/v/1.0.0" is listed twice']],
        ["a control disabled twice", d => {
            d[DETECTION].securityHub.disabledControls = [{ id: "IAM.6", reason: "a" }, { id: "S3.1", reason: "b" }, { id: "IAM.6", reason: "c" }];
        }, ['foundation:detection.securityHub.disabledControls[2].id: "IAM.6" is listed twice']],
        ["a resource type excluded twice", d => { d[DETECTION].config.excludedResourceTypes = ["AWS::EC2::Instance", "AWS::EC2::Instance"]; },
            ['foundation:detection.config.excludedResourceTypes[1]: "AWS::EC2::Instance" is listed twice']],
        ["an override with the default frequency", d => {
            d[DETECTION].config.recordingFrequencyOverride = { recordingFrequency: "CONTINUOUS", resourceTypes: ["AWS::EC2::Instance"] };
        }, ['foundation:detection.config.recordingFrequencyOverride.recordingFrequency: "CONTINUOUS" is already the recording frequency of every resource type: an override must differ']],
        ["an override of an excluded type", d => {
            d[DETECTION].config.excludedResourceTypes = ["AWS::EC2::NetworkInterface"];
            d[DETECTION].config.recordingFrequencyOverride = { recordingFrequency: "DAILY", resourceTypes: ["AWS::EC2::Instance", "AWS::EC2::NetworkInterface"] };
        }, ['foundation:detection.config.recordingFrequencyOverride.resourceTypes[1]: "AWS::EC2::NetworkInterface" is excluded from recording (foundation:detection.config.excludedResourceTypes): it cannot have a recording frequency']],
        ["switches that are not true or false", d => {
            d[DETECTION].guardDuty.exportFindings = "false";
            d[DETECTION].accessAnalyzer.unusedAccess.enabled = "yes";
        }, [
            'foundation:detection.guardDuty.exportFindings: must be true or false, got "false"',
            'foundation:detection.accessAnalyzer.unusedAccess.enabled: must be true or false, got "yes"',
        ]],
        ["a section that is not an object", d => { d[DETECTION] = ["guardDuty"]; },
            ["foundation:detection: must be an object, got a list"]],
    ];

    for (const [what, mutate, expected] of cases) {
        it(`rejects ${what}`, () => {
            assert.deepStrictEqual(problemsOf(mutate), expected);
        });
    }

    it("has none for settings stronger than the defaults", () => {
        assert.deepStrictEqual(warningsOf(d => {
            d[DETECTION].guardDuty.features.RUNTIME_MONITORING = true;
            d[DETECTION].guardDuty.features.AI_PROTECTION = true;
            d[DETECTION].securityHub.standards.push("nist-800-53/v/5.0.0");
            d[DETECTION].accessAnalyzer.unusedAccess.enabled = true;
            d[DETECTION].guardDuty.exportFindings = true;
        }), []);
    });

    const warningCases: [string, (doc: ConfigDoc) => void, string[]][] = [
        ["two GuardDuty protection plans off", d => {
            Object.assign(d[DETECTION].guardDuty.features, { S3_DATA_EVENTS: false, LAMBDA_NETWORK_LOGS: false });
        }, [
            "foundation:detection.guardDuty.features.S3_DATA_EVENTS: set to false, so GuardDuty no longer analyses S3 data events (reads and writes of objects) in any account",
            "foundation:detection.guardDuty.features.LAMBDA_NETWORK_LOGS: set to false, so GuardDuty no longer analyses Lambda network activity in any account",
        ]],
        ["slower finding updates", d => { d[DETECTION].guardDuty.findingPublishingFrequency = "SIX_HOURS"; },
            ["foundation:detection.guardDuty.findingPublishingFrequency: set to SIX_HOURS, so updates to active findings reach alerts and the export less often than every 15 minutes"]],
        ["no findings export", d => { d[DETECTION].guardDuty.exportFindings = false; },
            ["foundation:detection.guardDuty.exportFindings: set to false, so findings are not exported to the log archive and are gone after GuardDuty's 90 days"]],
        ["the CIS standard left out", d => { d[DETECTION].securityHub.standards = ["aws-foundational-security-best-practices/v/1.0.0"]; },
            ['foundation:detection.securityHub.standards: leaves out "cis-aws-foundations-benchmark/v/3.0.0": its controls are evaluated in no account']],
        ["two disabled controls, each with its reason", d => {
            d[DETECTION].securityHub.disabledControls = [
                { id: "IAM.6", reason: "root users are disabled organization-wide" },
                { id: "EC2.10", reason: "no VPC endpoints in sandbox accounts" },
            ];
        }, [
            "foundation:detection.securityHub.disabledControls[0]: disables control IAM.6 in every account and region: root users are disabled organization-wide",
            "foundation:detection.securityHub.disabledControls[1]: disables control EC2.10 in every account and region: no VPC endpoints in sandbox accounts",
        ]],
        ["daily recording", d => { d[DETECTION].config.recordingFrequency = "DAILY"; },
            ["foundation:detection.config.recordingFrequency: set to DAILY, so AWS Config records resources once a day and a change undone within the day leaves no record"]],
        ["daily recording with some types recorded continuously", d => {
            d[DETECTION].config.recordingFrequency = "DAILY";
            d[DETECTION].config.recordingFrequencyOverride = { recordingFrequency: "CONTINUOUS", resourceTypes: ["AWS::IAM::Role"] };
        }, ["foundation:detection.config.recordingFrequency: set to DAILY, so AWS Config records resources once a day and a change undone within the day leaves no record"]],
        ["daily recording of some types", d => {
            d[DETECTION].config.recordingFrequencyOverride = { recordingFrequency: "DAILY", resourceTypes: ["AWS::EC2::NetworkInterface", "AWS::EC2::Volume"] };
        }, ["foundation:detection.config.recordingFrequencyOverride: records these types once a day only: AWS::EC2::NetworkInterface, AWS::EC2::Volume"]],
        ["excluded resource types", d => { d[DETECTION].config.excludedResourceTypes = ["AWS::EC2::NetworkInterface"]; },
            ["foundation:detection.config.excludedResourceTypes: excludes from recording in every account: AWS::EC2::NetworkInterface; Security Hub controls on them have no data"]],
    ];

    for (const [what, mutate, expected] of warningCases) {
        it(`warns about ${what}`, () => {
            assert.deepStrictEqual(warningsOf(mutate), expected);
        });
    }
});
