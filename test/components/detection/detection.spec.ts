import * as assert from "assert";
import { runArea } from "../area-harness";
import { exampleValues, MANAGEMENT_ACCOUNT_ID, type Run } from "../harness";

const REGIONS = ["us-east-1", "eu-west-1"];
const ACCOUNTS = ["management", "log-archive", "audit", "shared-services", "prod", "staging", "sandbox"];
const IAM_TYPES = ["AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy"];
const providerOf = (key: string) => (key === "management" ? "foundation-management" : `foundation-${key}-provider`);

describe("Detection on the example stack", () => {
    let run: Run;
    let audit: string;
    let logArchive: string;
    before(async () => {
        run = await runArea("detection", exampleValues());
        audit = run.named("foundation-audit").id;
        logArchive = run.named("foundation-log-archive").id;
    });

    describe("GuardDuty", () => {
        it("creates the audit account's detector in each region before registering it as delegated administrator, one region at a time", () => {
            const [organization] = run.ofType("aws:organizations/organization:Organization");
            const delegatedAdmins = run.resources.find(r => r.type === "foundation:organization:DelegatedAdministrators")!;
            for (const [i, region] of REGIONS.entries()) {
                const detector = run.named(`foundation-guardduty-${region}`);
                assert.strictEqual(run.providerName(detector), "foundation-audit-provider");
                assert.deepStrictEqual(detector.inputs, { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES", region });
                const admin = run.named(`foundation-guardduty-${region}-admin`);
                assert.strictEqual(admin.type, "aws:guardduty/organizationAdminAccount:OrganizationAdminAccount");
                assert.strictEqual(run.providerName(admin), "foundation-management");
                assert.deepStrictEqual(admin.inputs, { adminAccountId: audit, region });
                assert.ok(admin.options.dependsOn.includes(detector.urn), "registering first would make AWS create an unmanaged detector");
                assert.ok(admin.dependencies.includes(organization.urn), "trusted access first");
                const previous = i === 0 ? [] : [run.named(`foundation-guardduty-${REGIONS[i - 1]}-admin`).urn];
                assert.deepStrictEqual(admin.options.dependsOn.filter(urn => urn.includes("OrganizationAdminAccount")), previous);
                // A stack created before the registration moved here keeps it instead of replacing it.
                assert.deepStrictEqual(admin.options.aliases, [{
                    spec: { name: `foundation-delegated-admins-guardduty-${region}`, type: "", stack: "", project: "", parenturn: delegatedAdmins.urn },
                }]);
            }
        });

        it("enables every account, the management account explicitly, with the small-team protection plans", () => {
            for (const region of REGIONS) {
                const detectorId = run.named(`foundation-guardduty-${region}`).id;
                const admin = run.named(`foundation-guardduty-${region}-admin`);
                const managementDetector = run.named(`foundation-guardduty-${region}-management-detector`);
                assert.strictEqual(run.providerName(managementDetector), "foundation-management");
                assert.deepStrictEqual(managementDetector.inputs, { enable: true, region });
                const member = run.named(`foundation-guardduty-${region}-management`);
                assert.strictEqual(run.providerName(member), "foundation-audit-provider");
                assert.deepStrictEqual(member.inputs, {
                    detectorId, accountId: MANAGEMENT_ACCOUNT_ID, email: "aws-management@example.com", invite: false, disableEmailNotification: true, region,
                });
                assert.deepStrictEqual(member.options.dependsOn.sort(), [admin.urn, managementDetector.urn].sort());
                assert.deepStrictEqual(member.options.ignoreChanges, ["invite"]);
                const organization = run.named(`foundation-guardduty-${region}-organization`);
                assert.deepStrictEqual(organization.inputs, { detectorId, autoEnableOrganizationMembers: "ALL", region });
                assert.deepStrictEqual(organization.options.dependsOn.sort(), [admin.urn, member.urn].sort());

                const orgFeatures = run.ofType("aws:guardduty/organizationConfigurationFeature:OrganizationConfigurationFeature").filter(f => f.inputs.region === region);
                assert.deepStrictEqual(orgFeatures.map(f => ({ ...f.inputs, region: undefined })), [
                    { detectorId, name: "S3_DATA_EVENTS", autoEnable: "ALL", region: undefined },
                    { detectorId, name: "EKS_AUDIT_LOGS", autoEnable: "ALL", region: undefined },
                    { detectorId, name: "EBS_MALWARE_PROTECTION", autoEnable: "ALL", region: undefined },
                    { detectorId, name: "RDS_LOGIN_EVENTS", autoEnable: "ALL", region: undefined },
                    { detectorId, name: "LAMBDA_NETWORK_LOGS", autoEnable: "ALL", region: undefined },
                    {
                        detectorId, name: "RUNTIME_MONITORING", autoEnable: "NONE", region: undefined,
                        additionalConfigurations: [
                            { name: "EKS_ADDON_MANAGEMENT", autoEnable: "NONE" },
                            { name: "ECS_FARGATE_AGENT_MANAGEMENT", autoEnable: "NONE" },
                            { name: "EC2_AGENT_MANAGEMENT", autoEnable: "NONE" },
                        ],
                    },
                ]);
                for (const feature of orgFeatures) assert.deepStrictEqual(feature.options.dependsOn, [organization.urn]);
                assert.strictEqual(run.named(`foundation-guardduty-${region}-organization-s3-data-events`).inputs.name, "S3_DATA_EVENTS");

                const ownFeatures = run.ofType("aws:guardduty/detectorFeature:DetectorFeature").filter(f => f.inputs.region === region);
                assert.deepStrictEqual(ownFeatures.map(f => [f.name, f.inputs.name, f.inputs.status, run.providerName(f)]), [
                    [`foundation-guardduty-${region}-s3-data-events`, "S3_DATA_EVENTS", "ENABLED", "foundation-audit-provider"],
                    [`foundation-guardduty-${region}-eks-audit-logs`, "EKS_AUDIT_LOGS", "ENABLED", "foundation-audit-provider"],
                    [`foundation-guardduty-${region}-ebs-malware-protection`, "EBS_MALWARE_PROTECTION", "ENABLED", "foundation-audit-provider"],
                    [`foundation-guardduty-${region}-rds-login-events`, "RDS_LOGIN_EVENTS", "ENABLED", "foundation-audit-provider"],
                    [`foundation-guardduty-${region}-lambda-network-logs`, "LAMBDA_NETWORK_LOGS", "ENABLED", "foundation-audit-provider"],
                    [`foundation-guardduty-${region}-runtime-monitoring`, "RUNTIME_MONITORING", "DISABLED", "foundation-audit-provider"],
                ]);
            }
        });

        it("exports each region's findings to the trail bucket, encrypted with the log-archive key, once the bucket policy allows it", () => {
            const key = run.named("foundation-logs-key").state.arn;
            for (const region of REGIONS) {
                const exporter = run.named(`foundation-guardduty-${region}-export`);
                assert.strictEqual(run.providerName(exporter), "foundation-audit-provider");
                assert.deepStrictEqual(exporter.inputs, {
                    detectorId: run.named(`foundation-guardduty-${region}`).id,
                    destinationType: "S3",
                    destinationArn: `arn:aws:s3:::acme-logs-${logArchive}/guardduty`,
                    kmsKeyArn: key,
                    region,
                });
                assert.ok(exporter.options.dependsOn.includes(run.named("foundation-logs-trail-bucket-policy").urn));
            }
        });
    });

    describe("Security Hub", () => {
        it("configures the organization centrally from the audit account, in AWS's order", () => {
            const registration = run.named("foundation-delegated-admins-securityhub");
            const aggregator = run.named("foundation-security-hub-aggregator");
            const organization = run.named("foundation-security-hub-organization");
            const policy = run.named("foundation-security-hub-policy");
            const association = run.named("foundation-security-hub-root");
            for (const r of [aggregator, organization, policy, association]) assert.strictEqual(run.providerName(r), "foundation-audit-provider", r.name);
            assert.deepStrictEqual(aggregator.inputs, { linkingMode: "SPECIFIED_REGIONS", specifiedRegions: ["eu-west-1"], region: "us-east-1" });
            assert.deepStrictEqual(aggregator.options.dependsOn, [registration.urn]);
            assert.deepStrictEqual(organization.inputs, {
                autoEnable: false, autoEnableStandards: "NONE", organizationConfiguration: { configurationType: "CENTRAL" }, region: "us-east-1",
            });
            assert.deepStrictEqual(organization.options.dependsOn, [aggregator.urn]);
            assert.deepStrictEqual(policy.inputs, {
                name: "acme-foundation",
                description: "Security Hub, its standards and every control but the disabled ones, in every account and allowed region",
                configurationPolicy: {
                    serviceEnabled: true,
                    enabledStandardArns: [
                        "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0",
                        "arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0",
                    ],
                    securityControlsConfiguration: { disabledControlIdentifiers: [] },
                },
                region: "us-east-1",
            });
            assert.deepStrictEqual(policy.options.dependsOn, [organization.urn]);
            const [org] = run.ofType("aws:organizations/organization:Organization");
            assert.deepStrictEqual(association.inputs, { policyId: policy.id, targetId: (org.state.roots as { id: string }[])[0].id, region: "us-east-1" });
        });
    });

    describe("AWS Config", () => {
        it("records every account in every region with Config's service-linked role, global IAM types in the home region only", () => {
            for (const key of ACCOUNTS) {
                const role = run.named(`foundation-${key}-config-recorder-service-role`);
                assert.strictEqual(run.providerName(role), providerOf(key));
                assert.deepStrictEqual(role.inputs, { awsServiceName: "config.amazonaws.com" });
                for (const region of REGIONS) {
                    const recorder = run.named(`foundation-${key}-config-recorder-${region}`);
                    assert.strictEqual(run.providerName(recorder), providerOf(key));
                    assert.deepStrictEqual(recorder.inputs, {
                        name: "default",
                        roleArn: role.state.arn,
                        recordingGroup: region === "us-east-1"
                            ? { allSupported: true, includeGlobalResourceTypes: true }
                            : { allSupported: false, exclusionByResourceTypes: [{ resourceTypes: IAM_TYPES }], recordingStrategies: [{ useOnly: "EXCLUSION_BY_RESOURCE_TYPES" }] },
                        recordingMode: { recordingFrequency: "CONTINUOUS" },
                        region,
                    });
                }
            }
        });

        it("delivers to the log archive's Config bucket, then switches recording on", () => {
            const bucketPolicy = run.named("foundation-logs-config-bucket-policy");
            for (const key of ACCOUNTS) {
                for (const region of REGIONS) {
                    const recorder = run.named(`foundation-${key}-config-recorder-${region}`);
                    const channel = run.named(`foundation-${key}-config-recorder-${region}-delivery`);
                    const status = run.named(`foundation-${key}-config-recorder-${region}-status`);
                    assert.deepStrictEqual(channel.inputs, {
                        name: "default",
                        s3BucketName: `acme-config-${logArchive}`,
                        s3KmsKeyArn: run.named("foundation-logs-key").state.arn,
                        snapshotDeliveryProperties: { deliveryFrequency: "TwentyFour_Hours" },
                        region,
                    });
                    assert.deepStrictEqual(channel.options.dependsOn.sort(), [recorder.urn, bucketPolicy.urn].sort());
                    assert.deepStrictEqual(status.inputs, { name: "default", isEnabled: true, region });
                    assert.ok(status.options.dependsOn.includes(channel.urn));
                    for (const r of [channel, status]) assert.strictEqual(run.providerName(r), providerOf(key));
                }
            }
        });

        it("aggregates the organization in the audit account once it is Config's delegated administrator", () => {
            const role = run.named("foundation-config-aggregator-role");
            assert.strictEqual(run.providerName(role), "foundation-audit-provider");
            assert.deepStrictEqual(run.document(role, "assumeRolePolicy"), {
                Version: "2012-10-17",
                Statement: [{
                    Sid: "AssumedByService", Effect: "Allow", Principal: { Service: "config.amazonaws.com" }, Action: "sts:AssumeRole",
                    Condition: { StringEquals: { "aws:SourceAccount": audit } },
                }],
            });
            const attachment = run.named("foundation-config-aggregator-role-organizations");
            assert.deepStrictEqual(attachment.inputs, { role: role.state.name, policyArn: "arn:aws:iam::aws:policy/service-role/AWSConfigRoleForOrganizations" });
            const aggregator = run.named("foundation-config-aggregator");
            assert.strictEqual(aggregator.type, "aws:cfg/configurationAggregator:ConfigurationAggregator");
            assert.strictEqual(run.providerName(aggregator), "foundation-audit-provider");
            assert.deepStrictEqual(aggregator.inputs, {
                name: "acme-organization",
                organizationAggregationSource: { roleArn: role.state.arn, regions: REGIONS },
                region: "us-east-1",
            });
            assert.deepStrictEqual(aggregator.options.dependsOn.sort(), [
                attachment.urn, run.named("foundation-delegated-admins-config").urn, run.named("foundation-delegated-admins-config-multiaccountsetup").urn,
            ].sort());
        });
    });

    describe("IAM Access Analyzer", () => {
        it("analyzes the organization from the audit account in every region, after the registration and the management account's service-linked role; no unused-access analyzer by default", () => {
            const registration = run.named("foundation-delegated-admins-access-analyzer");
            const serviceRole = run.named("foundation-access-analyzer-service-role");
            assert.strictEqual(serviceRole.type, "aws:iam/serviceLinkedRole:ServiceLinkedRole");
            assert.deepStrictEqual(serviceRole.inputs, { awsServiceName: "access-analyzer.amazonaws.com" });
            assert.strictEqual(run.providerName(serviceRole), "foundation-management");
            assert.strictEqual(serviceRole.parent, run.named("foundation-access-analyzer").urn);
            assert.strictEqual(serviceRole.state.name, "AWSServiceRoleForAccessAnalyzer");
            const analyzers = run.ofType("aws:accessanalyzer/analyzer:Analyzer");
            assert.deepStrictEqual(analyzers.map(a => [a.name, a.inputs]), REGIONS.map(region => [
                `foundation-access-analyzer-${region}`, { analyzerName: "acme-organization", type: "ORGANIZATION", region },
            ]));
            for (const a of analyzers) {
                assert.strictEqual(run.providerName(a), "foundation-audit-provider");
                assert.deepStrictEqual(a.options.dependsOn, [registration.urn, serviceRole.urn]);
            }
        });
    });
});

describe("Detection config switches", () => {
    it("switches protection plans and agents, keeps findings unexported, and disables controls when configured", async () => {
        const run = await runArea("detection", exampleValues(d => {
            const detection = d["foundation:detection"];
            Object.assign(detection.guardDuty, {
                findingPublishingFrequency: "ONE_HOUR",
                features: { S3_DATA_EVENTS: false, RUNTIME_MONITORING: true },
                runtimeMonitoringAgents: ["ECS_FARGATE_AGENT_MANAGEMENT"],
                exportFindings: false,
            });
            detection.securityHub = {
                standards: ["aws-foundational-security-best-practices/v/1.0.0", "nist-800-53/v/5.0.0"],
                disabledControls: [{ id: "IAM.6", reason: "root access is centralized" }, { id: "EC2.10", reason: "no endpoints" }],
            };
        }));
        const detectorId = run.named("foundation-guardduty-eu-west-1").id;
        assert.strictEqual(run.named("foundation-guardduty-eu-west-1").inputs.findingPublishingFrequency, "ONE_HOUR");
        assert.deepStrictEqual(run.named("foundation-guardduty-eu-west-1-organization-s3-data-events").inputs, { detectorId, name: "S3_DATA_EVENTS", autoEnable: "NONE", region: "eu-west-1" });
        assert.strictEqual(run.named("foundation-guardduty-eu-west-1-s3-data-events").inputs.status, "DISABLED");
        assert.deepStrictEqual(run.named("foundation-guardduty-eu-west-1-organization-runtime-monitoring").inputs, {
            detectorId, name: "RUNTIME_MONITORING", autoEnable: "ALL", region: "eu-west-1",
            additionalConfigurations: [
                { name: "EKS_ADDON_MANAGEMENT", autoEnable: "NONE" },
                { name: "ECS_FARGATE_AGENT_MANAGEMENT", autoEnable: "ALL" },
                { name: "EC2_AGENT_MANAGEMENT", autoEnable: "NONE" },
            ],
        });
        assert.deepStrictEqual(run.named("foundation-guardduty-eu-west-1-runtime-monitoring").inputs, {
            detectorId, name: "RUNTIME_MONITORING", status: "ENABLED", region: "eu-west-1",
            additionalConfigurations: [
                { name: "EKS_ADDON_MANAGEMENT", status: "DISABLED" },
                { name: "ECS_FARGATE_AGENT_MANAGEMENT", status: "ENABLED" },
                { name: "EC2_AGENT_MANAGEMENT", status: "DISABLED" },
            ],
        });
        assert.deepStrictEqual(run.ofType("aws:guardduty/publishingDestination:PublishingDestination"), []);
        const policy = run.named("foundation-security-hub-policy").inputs.configurationPolicy as Record<string, unknown>;
        assert.deepStrictEqual(policy, {
            serviceEnabled: true,
            enabledStandardArns: [
                "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0",
                "arn:aws:securityhub:us-east-1::standards/nist-800-53/v/5.0.0",
            ],
            securityControlsConfiguration: { disabledControlIdentifiers: ["IAM.6", "EC2.10"] },
        });
    });

    it("records less when configured: exclusions, a daily override, daily recording", async () => {
        const run = await runArea("detection", exampleValues(d => {
            d["foundation:detection"].config = {
                recordingFrequency: "DAILY",
                excludedResourceTypes: ["AWS::EC2::NetworkInterface", "AWS::IAM::Policy"],
                recordingFrequencyOverride: { recordingFrequency: "CONTINUOUS", resourceTypes: ["AWS::IAM::Role"] },
            };
        }));
        const recorder = (region: string) => run.named(`foundation-prod-config-recorder-${region}`).inputs;
        const exclusion = (types: string[]) => ({
            allSupported: false, exclusionByResourceTypes: [{ resourceTypes: types }], recordingStrategies: [{ useOnly: "EXCLUSION_BY_RESOURCE_TYPES" }],
        });
        assert.deepStrictEqual(recorder("us-east-1").recordingGroup, exclusion(["AWS::EC2::NetworkInterface", "AWS::IAM::Policy"]));
        assert.deepStrictEqual(recorder("eu-west-1").recordingGroup, exclusion(["AWS::EC2::NetworkInterface", "AWS::IAM::Policy", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role"]));
        // The override applies where the type is recorded: the home region only, for a global IAM type.
        assert.deepStrictEqual(recorder("us-east-1").recordingMode, {
            recordingFrequency: "DAILY",
            recordingModeOverride: {
                recordingFrequency: "CONTINUOUS",
                resourceTypes: ["AWS::IAM::Role"],
                description: "CONTINUOUS recording, set in foundation:detection.config",
            },
        });
        assert.deepStrictEqual(recorder("eu-west-1").recordingMode, { recordingFrequency: "DAILY" });
    });

    it("runs in a single region: no linked regions, one detector, one analyzer per kind", async () => {
        const run = await runArea("detection", exampleValues(d => {
            d["foundation:organization"].allowedRegions = ["eu-west-1"];
            d["foundation:organization"].homeRegion = "eu-west-1";
            d["foundation:detection"].accessAnalyzer.unusedAccess = { enabled: true, unusedAccessAgeDays: 45 };
        }));
        assert.deepStrictEqual(run.named("foundation-security-hub-aggregator").inputs, { linkingMode: "NO_REGIONS", region: "eu-west-1" });
        assert.deepStrictEqual(run.ofType("aws:guardduty/detector:Detector").map(d => d.name).sort(), ["foundation-guardduty-eu-west-1", "foundation-guardduty-eu-west-1-management-detector"]);
        assert.deepStrictEqual(run.named("foundation-guardduty-eu-west-1-admin").options.dependsOn.filter(urn => urn.includes("OrganizationAdminAccount")), []);
        assert.deepStrictEqual(run.named("foundation-audit-config-recorder-eu-west-1").inputs.recordingGroup, { allSupported: true, includeGlobalResourceTypes: true });
        assert.deepStrictEqual(run.ofType("aws:accessanalyzer/analyzer:Analyzer").map(a => [a.name, a.inputs]), [
            ["foundation-access-analyzer-eu-west-1", { analyzerName: "acme-organization", type: "ORGANIZATION", region: "eu-west-1" }],
            ["foundation-access-analyzer-unused-access", {
                analyzerName: "acme-organization-unused-access", type: "ORGANIZATION_UNUSED_ACCESS",
                configuration: { unusedAccess: { unusedAccessAge: 45 } }, region: "eu-west-1",
            }],
        ]);
    });
});
