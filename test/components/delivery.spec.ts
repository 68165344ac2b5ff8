import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { policyPackToPublish, readPolicyConfig } from "../../components/delivery";
import { exampleValues, MANAGEMENT_ACCOUNT_ID, runFoundation } from "./harness";

type Run = Awaited<ReturnType<typeof runFoundation>>;

describe("Pulumi Cloud as code (foundation:delivery) on the example stack", () => {
    let run: Run;
    before(async () => { run = await runFoundation(exampleValues()); });

    it("registers exactly these Pulumi Cloud resources, below one component", () => {
        const component = run.named("foundation-pulumi-cloud");
        assert.strictEqual(component.type, "foundation:delivery:PulumiCloud");
        assert.deepStrictEqual(run.customBelow(component.urn).map(r => [r.type, r.name]).sort(), [
            ["pulumiservice:index:ApprovalRule", "foundation-pulumi-cloud-approval-rule"],
            ["pulumiservice:index:DeploymentSettings", "foundation-pulumi-cloud-prod-deployment-settings"],
            ["pulumiservice:index:DriftSchedule", "foundation-pulumi-cloud-prod-drift-schedule"],
            ["pulumiservice:index:PolicyGroup", "foundation-pulumi-cloud-policy-group"],
            ["pulumiservice:index:PolicyPack", "foundation-pulumi-cloud-policy-pack"],
        ]);
        assert.deepStrictEqual(run.resources.filter(r => r.type.startsWith("pulumiservice:")).length, 5, "nothing outside the component");
    });

    it("Deployments: the git source, push-to-deploy, no pull-request previews, npm ci, OIDC into the deploy role taken from the role resource", () => {
        const settings = run.named("foundation-pulumi-cloud-prod-deployment-settings");
        const deployRole = run.named("foundation-pipeline-foundation-deploy");
        assert.strictEqual(deployRole.state.arn, `arn:aws:iam::${MANAGEMENT_ACCOUNT_ID}:role/acme-foundation-deploy`);
        assert.deepStrictEqual(settings.inputs, {
            organization: "acme", project: "aws-secure-foundation", stack: "prod",
            sourceContext: { git: { branch: "refs/heads/main", repoDir: "." } },
            github: { repository: "acme/aws-foundation", deployCommits: true, previewPullRequests: false, pullRequestTemplate: false },
            operationContext: {
                oidc: { aws: { roleARN: `arn:aws:iam::${MANAGEMENT_ACCOUNT_ID}:role/acme-foundation-deploy`, sessionName: "pulumi-deployments-prod", duration: "1h0m0s" } },
                preRunCommands: ["npm ci"],
                options: { skipInstallDependencies: true },
            },
        });
        assert.deepStrictEqual(settings.propertyDependencies["operationContext"], [deployRole.urn], "the ARN flows from the role, not typed by hand");
    });

    it("publishes this repository's pack at its package.json version and enforces it, preventative, on the foundation and workload stacks", () => {
        const pack = run.named("foundation-pulumi-cloud-policy-pack");
        assert.deepStrictEqual(pack.inputs, { organization: "acme", name: "aws-secure-foundation", versionTag: "0.1.0", sourcePath: "policy" });
        const group = run.named("foundation-pulumi-cloud-policy-group");
        const exampleConfig = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "policy", "policy-config.example.json"), "utf8"));
        assert.deepStrictEqual(group.inputs, {
            organizationName: "acme", name: "aws-secure-foundation-guardrails", entityType: "stacks", mode: "preventative",
            stacks: [
                { name: "prod", routingProject: "aws-secure-foundation" },
                { name: "prod", routingProject: "app" },
                { name: "staging", routingProject: "app" },
            ],
            policyPacks: [{ name: "aws-secure-foundation", versionTag: "0.1.0", config: exampleConfig }],
        });
        assert.strictEqual(exampleConfig["all"], "mandatory");
        assert.deepStrictEqual(group.options.dependsOn, [pack.urn], "the version exists before the group names it");
    });

    it("detects drift daily without remediating, and requires an approval for the production environment's changes", () => {
        assert.deepStrictEqual(run.named("foundation-pulumi-cloud-prod-drift-schedule").inputs,
            { organization: "acme", project: "aws-secure-foundation", stack: "prod", scheduleCron: "0 6 * * *", autoRemediate: false });
        assert.deepStrictEqual(run.named("foundation-pulumi-cloud-approval-rule").inputs, {
            name: "foundation-production-changes", enabled: true,
            environmentIdentifier: { organization: "acme", project: "foundation", name: "production" },
            targetActionTypes: ["update"],
            approvalRuleConfig: { numApprovalsRequired: 1, allowSelfApproval: false, requireReapprovalOnChange: true, eligibleApprovers: [{ teamName: "platform" }] },
        });
    });
});

describe("foundation:delivery options", () => {
    it("without the section nothing in Pulumi Cloud is created", async () => {
        const run = await runFoundation(exampleValues(doc => { delete doc["foundation:delivery"]; }));
        assert.deepStrictEqual(run.resources.filter(r => r.type.startsWith("pulumiservice:") || r.type.startsWith("foundation:delivery")), []);
    });

    it("audit mode, no workload stacks, no drift schedule, a user approver, another branch and folder", async () => {
        const run = await runFoundation(exampleValues(doc => {
            doc["foundation:delivery"] = {
                branch: "release", repoDir: "infra/foundation", deployments: { deployCommits: false },
                policies: { mode: "audit", includeWorkloadStacks: false }, driftDetection: { enabled: false },
                approvals: { environment: { project: "foundation", name: "production" }, approvers: [{ user: "alice" }] },
            };
        }));
        assert.deepStrictEqual(run.ofType("pulumiservice:index:DriftSchedule"), []);
        const approvalRule = run.named("foundation-pulumi-cloud-approval-rule").inputs.approvalRuleConfig as { eligibleApprovers: unknown };
        assert.deepStrictEqual(approvalRule.eligibleApprovers, [{ user: "alice" }]);
        const group = run.named("foundation-pulumi-cloud-policy-group");
        assert.strictEqual(group.inputs.mode, "audit");
        assert.deepStrictEqual(group.inputs.stacks, [{ name: "prod", routingProject: "aws-secure-foundation" }]);
        assert.deepStrictEqual(group.inputs.policyPacks, [{ name: "aws-secure-foundation", versionTag: "0.1.0" }], "no config file, no config");
        const settings = run.named("foundation-pulumi-cloud-prod-deployment-settings").inputs as { sourceContext: unknown; github: { deployCommits: unknown } };
        assert.deepStrictEqual(settings.sourceContext, { git: { branch: "refs/heads/release", repoDir: "infra/foundation" } });
        assert.strictEqual(settings.github.deployCommits, false);
    });

    it("reads the pack's version and the policy config, refusing what is not usable with the config key in the message", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "delivery-"));
        fs.mkdirSync(path.join(dir, "policy"));
        fs.writeFileSync(path.join(dir, "policy", "package.json"), JSON.stringify({ version: "2.3.4-rc.1" }));
        assert.deepStrictEqual(policyPackToPublish(dir), { name: "aws-secure-foundation", version: "2.3.4-rc.1", sourcePath: "policy" });
        fs.writeFileSync(path.join(dir, "policy", "package.json"), JSON.stringify({ version: "latest" }));
        assert.throws(() => policyPackToPublish(dir), { message: `foundation:delivery publishes the policy pack under the version in ${path.join(dir, "policy", "package.json")}, which is "latest", not a semantic version (1.2.3)` });
        fs.writeFileSync(path.join(dir, "ok.json"), JSON.stringify({ all: "advisory", "kms-key-enabled": { enforcementLevel: "mandatory" } }));
        assert.deepStrictEqual(readPolicyConfig("ok.json", dir), { all: "advisory", "kms-key-enabled": { enforcementLevel: "mandatory" } });
        fs.writeFileSync(path.join(dir, "list.json"), "[]");
        assert.throws(() => readPolicyConfig("list.json", dir), { message: "foundation:delivery.policies.configFile: list.json must hold a JSON object of policy names to a level or settings" });
        fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ "kms-key-enabled": 3 }));
        assert.throws(() => readPolicyConfig("bad.json", dir), { message: 'foundation:delivery.policies.configFile: bad.json: "kms-key-enabled" must be an enforcement level or an object, got 3' });
        assert.throws(() => readPolicyConfig("missing.json", dir), (e: Error) => e.message.startsWith("foundation:delivery.policies.configFile: missing.json cannot be read as JSON: ENOENT"));
    });
});
