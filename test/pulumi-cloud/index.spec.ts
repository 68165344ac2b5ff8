import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { FoundationMocks } from "../../tools/mock-runtime/mocks";
import { type RecordedResource, runProgram } from "../../tools/mock-runtime/runtime";

const PROGRAM = path.join(__dirname, "..", "..", "pulumi-cloud", "index");
const ROOT = path.join(__dirname, "..", "..");

/** The pulumi-cloud project's program for the foundation stack `stack` (it reads ../Pulumi.<stack>.yaml). */
function run(stack: string) {
    return runProgram({
        project: "aws-secure-foundation-pulumi-cloud", stack, config: {},
        mocks: new FoundationMocks("111111111111", "acme"),
        program: () => require(PROGRAM),
    });
}

describe("the pulumi-cloud project (pulumi-cloud/index.ts) on the example stack", () => {
    let resources: RecordedResource[];
    const named = (name: string) => resources.find(r => r.name === name && r.custom) ?? assert.fail(`no resource ${name}`);
    before(async () => { resources = (await run("prod")).resources; });

    it("registers exactly the Pulumi Cloud resources, below one component, each on the explicit provider", () => {
        const provider = resources.find(r => r.type === "pulumi:providers:pulumiservice")!;
        assert.strictEqual(provider.name, "pulumi-cloud");
        assert.deepStrictEqual(provider.inputs, { apiUrl: "https://api.pulumi.com" }, "no token in the program: the one of whoever runs it");
        const component = resources.find(r => r.type === "foundation:delivery:PulumiCloud")!;
        assert.strictEqual(component.name, "foundation-pulumi-cloud");
        const own = resources.filter(r => r.type.startsWith("pulumiservice:index:"));
        assert.deepStrictEqual(own.map(r => [r.type, r.name, r.parent === component.urn, r.provider === provider.urn]).sort(), [
            ["pulumiservice:index:DeploymentSettings", "foundation-pulumi-cloud-prod-deployment-settings", true, true],
            ["pulumiservice:index:DriftSchedule", "foundation-pulumi-cloud-prod-drift-schedule", true, true],
            ["pulumiservice:index:PolicyGroup", "foundation-pulumi-cloud-policy-group", true, true],
            ["pulumiservice:index:PolicyPack", "foundation-pulumi-cloud-policy-pack", true, true],
        ]);
        assert.strictEqual(resources.length, 7, "the stack, the provider, the component and the four resources");
    });

    it("answers to the URNs `pulumi state move` gives the resources of a 0.1.0 stack, and to their default provider", () => {
        assert.deepStrictEqual(resources.find(r => r.type === "foundation:delivery:PulumiCloud")!.options.aliases, [{ spec: {
            name: "", type: "", stack: "", project: "", parenturn: "urn:pulumi:prod::aws-secure-foundation-pulumi-cloud::foundation:index:Foundation::foundation",
        } }]);
        assert.strictEqual(resources.find(r => r.type === "pulumi:providers:pulumiservice")!.options.aliases[0].spec !== undefined, true);
        assert.strictEqual((resources.find(r => r.type === "pulumi:providers:pulumiservice")!.options.aliases[0].spec as { name: string }).name, "default_1_3_0");
    });

    it("Deployments: the git source, push-to-deploy, no pull-request previews, npm ci, OIDC into the foundation's deploy role", () => {
        assert.deepStrictEqual(named("foundation-pulumi-cloud-prod-deployment-settings").inputs, {
            organization: "acme", project: "aws-secure-foundation", stack: "prod",
            sourceContext: { git: { branch: "refs/heads/main", repoDir: "." } },
            github: { repository: "acme/aws-foundation", deployCommits: true, previewPullRequests: false, pullRequestTemplate: false },
            operationContext: {
                oidc: { aws: { roleARN: "arn:aws:iam::111111111111:role/acme-foundation-deploy", sessionName: "pulumi-deployments-prod", duration: "1h0m0s" } },
                preRunCommands: ["npm ci"],
                options: { skipInstallDependencies: true },
            },
        });
    });

    it("publishes this repository's pack at its package.json version and enforces it, preventative, on the foundation and workload stacks", () => {
        const pack = named("foundation-pulumi-cloud-policy-pack");
        assert.deepStrictEqual(pack.inputs, { organization: "acme", name: "aws-secure-foundation", versionTag: "0.1.0", sourcePath: "../policy" });
        const group = named("foundation-pulumi-cloud-policy-group");
        const exampleConfig = JSON.parse(fs.readFileSync(path.join(ROOT, "policy", "policy-config.example.json"), "utf8"));
        assert.deepStrictEqual(group.inputs, {
            organizationName: "acme", name: "aws-secure-foundation-guardrails", entityType: "stacks", mode: "preventative",
            stacks: [
                { name: "prod", routingProject: "aws-secure-foundation" },
                { name: "prod", routingProject: "app" },
                { name: "staging", routingProject: "app" },
            ],
            policyPacks: [{ name: "aws-secure-foundation", versionTag: "0.1.0", config: exampleConfig }],
        });
        assert.deepStrictEqual(group.options.dependsOn, [pack.urn], "the version exists before the group names it");
    });

    it("detects drift daily without remediating; no approval rule", () => {
        assert.deepStrictEqual(named("foundation-pulumi-cloud-prod-drift-schedule").inputs,
            { organization: "acme", project: "aws-secure-foundation", stack: "prod", scheduleCron: "0 6 * * *", autoRemediate: false });
        assert.deepStrictEqual(resources.filter(r => r.type === "pulumiservice:index:ApprovalRule"), []);
    });
});

describe("the pulumi-cloud project's refusals", () => {
    it("names the foundation stack file it could not read", async () => {
        await assert.rejects(run("nope"), (e: Error) => {
            assert.ok(pulumi.RunError.isInstance(e));
            assert.strictEqual(e.message, `the pulumi-cloud project applies foundation:pulumiCloud of the foundation stack with the same name: stack config file ${path.join(ROOT, "Pulumi.nope.yaml")} does not exist`);
            return true;
        });
    });

    it("refuses a foundation stack without foundation:pulumiCloud", async () => {
        await assert.rejects(run("adopt"), { message: `${path.join(ROOT, "Pulumi.adopt.yaml")} has no foundation:pulumiCloud: there is nothing for the pulumi-cloud project to apply` });
    });
});

describe("the deploy role the Deployments settings name", () => {
    it("is the one the foundation creates: same account, name, and no path", async () => {
        const { exampleValues, runFoundation } = await import("../components/harness");
        const foundation = await runFoundation(exampleValues());
        const role = foundation.named("foundation-pipeline-foundation-deploy");
        assert.strictEqual(role.inputs.path, undefined, "a path would put it in the ARN");
        assert.strictEqual(role.state.arn, "arn:aws:iam::111111111111:role/acme-foundation-deploy");
        const settings = (await run("prod")).resources.find(r => r.type === "pulumiservice:index:DeploymentSettings")!;
        assert.strictEqual((settings.inputs.operationContext as { oidc: { aws: { roleARN: string } } }).oidc.aws.roleARN, role.state.arn);
    });
});
