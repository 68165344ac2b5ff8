import * as assert from "assert";
import { DescribeConfigurationRecordersCommand, DescribeDeliveryChannelsCommand } from "@aws-sdk/client-config-service";
import { ListDetectorsCommand } from "@aws-sdk/client-guardduty";
import { GetRoleCommand } from "@aws-sdk/client-iam";
import { detectorsAndRecorders, serviceLinkedRoles } from "../../../tools/preflight/existing-resources";
import { accessDenied, awsError, contextWith, FakeAccount, fixtureConfig } from "./fakes";

const URN = "urn:pulumi:prod::aws-secure-foundation::foundation:index:Foundation";
const MANAGEMENT_PROVIDER = `--provider 'foundation-management=${URN}$pulumi:providers:aws::foundation-management'`;
const AUDIT_PROVIDER = `--provider 'foundation-audit-provider=${URN}$foundation:organization:OrganizationArea$foundation:organization:MemberAccount$pulumi:providers:aws::foundation-audit-provider'`;
const IMPORT_ORDER = "(pulumi import needs the parent and provider in the stack: on a stack never deployed, run pulumi up once, which fails at this resource, then import, then run pulumi up again)";

/** The fixture with the audit account (222222222222) and prod (333333333333) adopted. */
const adopted = () => fixtureConfig(doc => {
    doc["foundation:accounts"][1].importId = "222222222222";
    doc["foundation:accounts"][2].importId = "333333333333";
});

describe("Preflight: existing GuardDuty detectors and AWS Config recorders (check 6)", () => {
    it("passes when no account has either, in any allowed region", async () => {
        const management = new FakeAccount();
        const r = await detectorsAndRecorders(contextWith({ caller: management }));
        assert.deepStrictEqual(r, {
            id: "existing-detectors-recorders", title: "Existing GuardDuty detectors and AWS Config recorders", blocking: true, status: "PASS",
            detail: "none in management account 123456789012 (regions us-east-1, eu-west-1)",
        });
        assert.strictEqual(management.guardDuty("eu-west-1").commandCalls(ListDetectorsCommand).length, 1);
        assert.strictEqual(management.configService("eu-west-1").commandCalls(DescribeConfigurationRecordersCommand).length, 1);
    });

    it("fails for the management account's detector, naming the region and the import command", async () => {
        const management = new FakeAccount();
        management.guardDuty("eu-west-1").on(ListDetectorsCommand).resolves({ DetectorIds: ["12abc34d567e8fa901bc2d34e56789f0"] });
        const r = await detectorsAndRecorders(contextWith({ caller: management }));
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, "GuardDuty detector 12abc34d567e8fa901bc2d34e56789f0 in management account 123456789012, eu-west-1: " +
            "pulumi up would fail creating foundation-guardduty-eu-west-1-management-detector");
        assert.strictEqual(r.fix, [
            "import each into the stack under the program's name, or remove it:",
            "pulumi import --stack prod 'aws:guardduty/detector:Detector' 'foundation-guardduty-eu-west-1-management-detector' '12abc34d567e8fa901bc2d34e56789f0@eu-west-1' " +
            `--parent 'foundation-guardduty=${URN}$foundation:detection:DetectionArea$foundation:detection:GuardDuty::foundation-guardduty' ${MANAGEMENT_PROVIDER}`,
            "  or remove it: with that account's credentials, `aws guardduty delete-detector --detector-id 12abc34d567e8fa901bc2d34e56789f0 --region eu-west-1` " +
            "(GuardDuty console > Settings > Disable GuardDuty; its findings are deleted)",
            IMPORT_ORDER,
        ].join("\n"));
    });

    it("fails for the adopted audit account's detector and any adopted account's recorder and delivery channel; another member's detector is no conflict", async () => {
        const audit = new FakeAccount("222222222222");
        audit.guardDuty("us-east-1").on(ListDetectorsCommand).resolves({ DetectorIds: ["aa11"] });
        const prod = new FakeAccount("333333333333");
        prod.guardDuty("us-east-1").on(ListDetectorsCommand).resolves({ DetectorIds: ["bb22"] });
        audit.configService("eu-west-1").on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [{ name: "legacy" }] });
        audit.configService("eu-west-1").on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [{ name: "legacy-channel" }] });
        const r = await detectorsAndRecorders(contextWith({ config: adopted(), others: [audit, prod] }));
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, [
            "GuardDuty detector aa11 in account audit (222222222222), us-east-1: pulumi up would fail creating foundation-guardduty-us-east-1",
            "AWS Config recorder \"legacy\" in account audit (222222222222), eu-west-1 (the program's is named \"default\": after the import the preview shows it replaced): " +
            "pulumi up would fail creating foundation-audit-config-recorder-eu-west-1",
            "AWS Config delivery channel \"legacy-channel\" in account audit (222222222222), eu-west-1: pulumi up would fail creating foundation-audit-config-recorder-eu-west-1-delivery",
        ].join("\n"));
        const recorderParent = `--parent 'foundation-audit-config-recorder=${URN}$foundation:detection:DetectionArea$foundation:detection:ConfigRecorder::foundation-audit-config-recorder'`;
        assert.deepStrictEqual(r.fix!.split("\n").filter(line => line.startsWith("pulumi import")), [
            `pulumi import --stack prod 'aws:guardduty/detector:Detector' 'foundation-guardduty-us-east-1' 'aa11@us-east-1' --parent 'foundation-guardduty=${URN}$foundation:detection:DetectionArea$foundation:detection:GuardDuty::foundation-guardduty' ${AUDIT_PROVIDER}`,
            `pulumi import --stack prod 'aws:cfg/recorder:Recorder' 'foundation-audit-config-recorder-eu-west-1' 'legacy@eu-west-1' ${recorderParent} ${AUDIT_PROVIDER}`,
            `pulumi import --stack prod 'aws:cfg/deliveryChannel:DeliveryChannel' 'foundation-audit-config-recorder-eu-west-1-delivery' 'legacy-channel@eu-west-1' ${recorderParent} ${AUDIT_PROVIDER}`,
        ]);
    });

    it("notes a member account's detector when nothing collides", async () => {
        const prod = new FakeAccount("333333333333");
        prod.guardDuty("eu-west-1").on(ListDetectorsCommand).resolves({ DetectorIds: ["bb22"] });
        const r = await detectorsAndRecorders(contextWith({ config: adopted(), others: [new FakeAccount("222222222222"), prod] }));
        assert.deepStrictEqual([r.status, r.detail], ["PASS", [
            "none in management account 123456789012, account audit (222222222222), account prod (333333333333) (regions us-east-1, eu-west-1)",
            "GuardDuty detector bb22 in account prod (333333333333), eu-west-1 joins the organization's GuardDuty as a member: nothing to do",
        ].join("\n")]);
    });

    it("warns for an adopted account it cannot reach and for a denied call, still checking the rest", async () => {
        const management = new FakeAccount();
        management.configService("us-east-1").on(DescribeConfigurationRecordersCommand).rejects(accessDenied("config:DescribeConfigurationRecorders"));
        const r = await detectorsAndRecorders(contextWith({
            caller: management, config: adopted(), others: [new FakeAccount("333333333333")],
            unreachable: { "222222222222": awsError("AccessDenied", "User: arn:aws:sts::123456789012:assumed-role/Admin/alice is not authorized to perform: sts:AssumeRole", 403) },
        }));
        assert.strictEqual(r.status, "WARN");
        assert.strictEqual(r.detail, [
            "could not check AWS Config in management account 123456789012, us-east-1: config:DescribeConfigurationRecorders was denied " +
            "(AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/Auditor/alice is not authorized to perform: config:DescribeConfigurationRecorders)",
            "could not check account audit (222222222222): sts:AssumeRole was denied (AccessDenied: User: arn:aws:sts::123456789012:assumed-role/Admin/alice is not authorized to perform: sts:AssumeRole)",
            "none found in what could be checked (management account 123456789012, account audit (222222222222), account prod (333333333333) (regions us-east-1, eu-west-1))",
        ].join("\n"));
        assert.strictEqual(r.fix, [
            "make sure OrganizationAccountAccessRole exists in account audit (222222222222) and trusts the management account (pulumi up assumes it too), " +
            "and that the preflight's credentials may call sts:AssumeRole on it",
            "allow config:DescribeConfigurationRecorders to the credentials the preflight runs with (docs/preflight.md lists every action it needs)",
        ].join("\n"));
    });
});

describe("Preflight: existing service-linked roles (check 6)", () => {
    it("passes when neither role exists", async () => {
        const management = new FakeAccount();
        assert.deepStrictEqual(await serviceLinkedRoles(contextWith({ caller: management })), {
            id: "existing-service-linked-roles", title: "Existing service-linked roles", blocking: true, status: "PASS",
            detail: "none yet: AWSServiceRoleForConfig and AWSServiceRoleForAccessAnalyzer in management account 123456789012",
        });
        assert.deepStrictEqual(management.iam.commandCalls(GetRoleCommand).map(c => c.args[0].input.RoleName), ["AWSServiceRoleForConfig", "AWSServiceRoleForAccessAnalyzer"]);
    });

    it("fails for each role that exists, with the import under the program's name", async () => {
        const management = new FakeAccount();
        management.iam.on(GetRoleCommand, { RoleName: "AWSServiceRoleForAccessAnalyzer" }).resolves({ Role: {
            RoleName: "AWSServiceRoleForAccessAnalyzer", Path: "/aws-service-role/access-analyzer.amazonaws.com/", RoleId: "AROAEXAMPLE1", CreateDate: new Date(0),
            Arn: "arn:aws:iam::123456789012:role/aws-service-role/access-analyzer.amazonaws.com/AWSServiceRoleForAccessAnalyzer",
        } });
        const audit = new FakeAccount("222222222222");
        audit.iam.on(GetRoleCommand, { RoleName: "AWSServiceRoleForConfig" }).resolves({ Role: {
            RoleName: "AWSServiceRoleForConfig", Path: "/aws-service-role/config.amazonaws.com/", RoleId: "AROAEXAMPLE2", CreateDate: new Date(0),
            Arn: "arn:aws:iam::222222222222:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig",
        } });
        const config = fixtureConfig(doc => { doc["foundation:accounts"][1].importId = "222222222222"; });
        const r = await serviceLinkedRoles(contextWith({ caller: management, config, others: [audit] }));
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, [
            "AWSServiceRoleForAccessAnalyzer already exists in management account 123456789012: pulumi up would fail creating foundation-access-analyzer-service-role",
            "AWSServiceRoleForConfig already exists in account audit (222222222222): pulumi up would fail creating foundation-audit-config-recorder-service-role",
        ].join("\n"));
        assert.strictEqual(r.fix, [
            "import each into the stack under the program's name:",
            "pulumi import --stack prod 'aws:iam/serviceLinkedRole:ServiceLinkedRole' 'foundation-access-analyzer-service-role' " +
            "'arn:aws:iam::123456789012:role/aws-service-role/access-analyzer.amazonaws.com/AWSServiceRoleForAccessAnalyzer' " +
            `--parent 'foundation-access-analyzer=${URN}$foundation:detection:DetectionArea$foundation:detection:AccessAnalyzer::foundation-access-analyzer' ${MANAGEMENT_PROVIDER}`,
            "pulumi import --stack prod 'aws:iam/serviceLinkedRole:ServiceLinkedRole' 'foundation-audit-config-recorder-service-role' " +
            "'arn:aws:iam::222222222222:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig' " +
            `--parent 'foundation-audit-config-recorder=${URN}$foundation:detection:DetectionArea$foundation:detection:ConfigRecorder::foundation-audit-config-recorder' ${AUDIT_PROVIDER}`,
            IMPORT_ORDER,
        ].join("\n"));
    });

    it("warns naming iam:GetRole when it is denied", async () => {
        const management = new FakeAccount();
        management.iam.on(GetRoleCommand).rejects(awsError("AccessDenied", "User: arn:aws:sts::123456789012:assumed-role/Auditor/alice is not authorized to perform: iam:GetRole", 403));
        const r = await serviceLinkedRoles(contextWith({ caller: management }));
        assert.strictEqual(r.status, "WARN");
        assert.strictEqual(r.fix, "allow iam:GetRole to the credentials the preflight runs with (docs/preflight.md lists every action it needs)");
    });
});
