import * as assert from "assert";
import { parseFoundationConfig } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";

const LOGGING = "foundation:logging";
const DETECTION = "foundation:detection";

describe("stack config: foundation:logging and foundation:detection", () => {
    it("fills the strict defaults when both sections are left out", () => {
        const config = parseFoundationConfig(exampleValues(d => { delete d[LOGGING]; delete d[DETECTION]; }));
        const lifecycle = { transitions: [{ days: 90, storageClass: "GLACIER_IR" }], expirationDays: 730, noncurrentVersionExpirationDays: 365 };
        assert.deepStrictEqual(config.logging, {
            trail: {
                name: "acme-organization-trail",
                dataEvents: { s3: false, lambda: false },
                cloudWatchLogs: { retentionDays: 365, kmsEncrypted: true },
            },
            archive: { objectLock: { enabled: true, mode: "GOVERNANCE", days: 365 }, lifecycle },
            accessLogs: { lifecycle },
        });
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
        const defaults = parseFoundationConfig(exampleValues(d => { delete d[LOGGING]; delete d[DETECTION]; }));
        assert.deepStrictEqual(spelled.logging, defaults.logging);
        assert.deepStrictEqual(spelled.detection, defaults.detection);
    });

    it("names the trail after the organization unless configured", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            delete d[LOGGING].trail.name;
            d["foundation:organization"].name = "globex";
        }));
        assert.strictEqual(config.logging.trail.name, "globex-organization-trail");
    });

    it("overlays configured values on the defaults, key by key", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d[LOGGING] = { archive: { objectLock: { mode: "COMPLIANCE" }, lifecycle: { expirationDays: "never" } } };
            d[DETECTION] = {
                guardDuty: { features: { RUNTIME_MONITORING: true }, runtimeMonitoringAgents: ["EKS_ADDON_MANAGEMENT"] },
                config: { recordingFrequencyOverride: { recordingFrequency: "DAILY", resourceTypes: ["AWS::EC2::NetworkInterface"] } },
                accessAnalyzer: { unusedAccess: { enabled: true } },
            };
        }));
        assert.deepStrictEqual(config.logging.archive.objectLock, { enabled: true, mode: "COMPLIANCE", days: 365 });
        assert.deepStrictEqual(config.logging.archive.lifecycle, {
            transitions: [{ days: 90, storageClass: "GLACIER_IR" }], expirationDays: "never", noncurrentVersionExpirationDays: 365,
        });
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
        // shape: foundation:logging
        ["a misspelled logging key", d => { d[LOGGING].archive.objectLok = {}; },
            ['foundation:logging.archive.objectLok: unknown key (did you mean "objectLock"?)']],
        ["a trail name AWS refuses", d => { d[LOGGING].trail.name = "my trail"; },
            ['foundation:logging.trail.name: "my trail" is not a valid trail name: 3-128 letters, digits, \'.\', \'_\' or \'-\', starting and ending with a letter or digit, no two separators in a row']],
        ["a trail name with two separators in a row", d => { d[LOGGING].trail.name = "acme--trail"; },
            ['foundation:logging.trail.name: "acme--trail" is not a valid trail name: 3-128 letters, digits, \'.\', \'_\' or \'-\', starting and ending with a letter or digit, no two separators in a row']],
        ["a CloudWatch Logs retention AWS does not offer", d => { d[LOGGING].trail.cloudWatchLogs.retentionDays = 100; },
            ["foundation:logging.trail.cloudWatchLogs.retentionDays: 100 is not a CloudWatch Logs retention (0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653; 0 keeps events forever)"]],
        ["data events switched with a string", d => { d[LOGGING].trail.dataEvents.s3 = "yes"; },
            ['foundation:logging.trail.dataEvents.s3: must be true or false, got "yes"']],
        ["an unknown object lock mode", d => { d[LOGGING].archive.objectLock.mode = "STRICT"; },
            ['foundation:logging.archive.objectLock.mode: "STRICT" must be GOVERNANCE or COMPLIANCE']],
        ["object lock of zero days", d => { d[LOGGING].archive.objectLock.days = 0; },
            ["foundation:logging.archive.objectLock.days: 0 must be at least 1 day"]],
        ["object lock beyond 100 years", d => { d[LOGGING].archive.objectLock.days = 36501; },
            ["foundation:logging.archive.objectLock.days: 36501 must be at most 36500 days"]],
        ["a fractional number of days", d => { d[LOGGING].archive.lifecycle.noncurrentVersionExpirationDays = 1.5; },
            ["foundation:logging.archive.lifecycle.noncurrentVersionExpirationDays: must be a whole number, got 1.5"]],
        ["an expiration that is neither days nor never", d => { d[LOGGING].accessLogs.lifecycle.expirationDays = "forever"; },
            ['foundation:logging.accessLogs.lifecycle.expirationDays: "forever" is not valid here']],
        ["an unknown storage class", d => { d[LOGGING].archive.lifecycle.transitions[0].storageClass = "GLACIERR"; },
            ['foundation:logging.archive.lifecycle.transitions[0].storageClass: "GLACIERR" is not a storage class S3 transitions to (STANDARD_IA, INTELLIGENT_TIERING, ONEZONE_IA, GLACIER_IR, GLACIER, DEEP_ARCHIVE)']],
        // meaning: foundation:logging
        ["transitions out of order", d => {
            d[LOGGING].archive.lifecycle.transitions = [{ days: 180, storageClass: "GLACIER" }, { days: 90, storageClass: "DEEP_ARCHIVE" }];
        }, ["foundation:logging.archive.lifecycle.transitions[1].days: 90 is not after the previous transition (180 days): list transitions in increasing order of days"]],
        ["a transition to a warmer class", d => {
            d[LOGGING].archive.lifecycle.transitions = [{ days: 30, storageClass: "GLACIER_IR" }, { days: 60, storageClass: "STANDARD_IA" }];
        }, ["foundation:logging.archive.lifecycle.transitions[1].storageClass: S3 cannot move objects from GLACIER_IR to STANDARD_IA: each transition must go to a colder class (STANDARD_IA > INTELLIGENT_TIERING > ONEZONE_IA > GLACIER_IR > GLACIER > DEEP_ARCHIVE)"]],
        ["infrequent access sooner than S3 allows", d => { d[LOGGING].accessLogs.lifecycle.transitions = [{ days: 7, storageClass: "STANDARD_IA" }]; },
            ["foundation:logging.accessLogs.lifecycle.transitions[0].days: S3 moves objects to STANDARD_IA no sooner than 30 days after creation, got 7"]],
        ["a transition after expiration", d => { d[LOGGING].accessLogs.lifecycle.expirationDays = 60; },
            ["foundation:logging.accessLogs.lifecycle.transitions[0].days: 90 is not before expiration (60 days): the files would expire first"]],
        ["logs expiring before their object lock ends", d => { d[LOGGING].archive.lifecycle.expirationDays = 300; },
            ["foundation:logging.archive.lifecycle.expirationDays: 300 is shorter than the object lock retention (365 days, foundation:logging.archive.objectLock.days): locked log versions cannot expire before their retention ends"]],
        // shape: foundation:detection
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
        // meaning: foundation:detection
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
            d[LOGGING].trail.cloudWatchLogs.kmsEncrypted = "no";
            d[LOGGING].archive.objectLock.enabled = 0;
            d[DETECTION].guardDuty.exportFindings = "false";
            d[DETECTION].accessAnalyzer.unusedAccess.enabled = "yes";
        }, [
            'foundation:logging.trail.cloudWatchLogs.kmsEncrypted: must be true or false, got "no"',
            "foundation:logging.archive.objectLock.enabled: must be true or false, got 0",
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

    it("accepts expiring never and transitions straight to deep archive", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d[LOGGING].archive.lifecycle = { transitions: [{ days: 0, storageClass: "DEEP_ARCHIVE" }], expirationDays: "never" };
        }));
        assert.deepStrictEqual(config.logging.archive.lifecycle.transitions, [{ days: 0, storageClass: "DEEP_ARCHIVE" }]);
    });

    it("does not compare expiry with the object lock once the lock is off", () => {
        assert.doesNotThrow(() => parseFoundationConfig(exampleValues(d => {
            d[LOGGING].archive.objectLock.enabled = false;
            d[LOGGING].archive.lifecycle.expirationDays = 300;
        })));
    });
});
