import * as assert from "assert";
import * as pulumiservice from "@pulumi/pulumiservice";
import { PulumiCloud } from "../../../components/delivery";
import { parseFoundationConfig } from "../../../config";
import { FoundationMocks } from "../../../tools/mock-runtime/mocks";
import { type RecordedResource, runProgram } from "../../../tools/mock-runtime/runtime";
import { type ConfigDoc, exampleValues } from "../../example-stack";

const DEPLOY_ROLE = "arn:aws:iam::111111111111:role/acme-foundation-deploy";

/** The PulumiCloud component alone, from the example stack's foundation:pulumiCloud after `change`. */
async function pulumiCloud(change: (doc: ConfigDoc) => void = () => undefined) {
    const config = parseFoundationConfig(exampleValues(change));
    let runs = 0;
    const run = await runProgram({
        project: "aws-secure-foundation-pulumi-cloud", stack: `delivery${++runs}`, config: {},
        mocks: new FoundationMocks("111111111111", "acme"),
        program: () => {
            const provider = new pulumiservice.Provider("pulumi-cloud", {});
            new PulumiCloud("foundation-pulumi-cloud", {
                config: config.pulumiCloud!, provider, project: "aws-secure-foundation", deployRoleArn: DEPLOY_ROLE,
                policyPack: { name: "aws-secure-foundation", version: "0.1.0", sourcePath: "../policy" },
                workloadStacks: [{ project: "app", stack: "prod" }, { project: "app", stack: "staging" }],
            });
        },
    });
    const named = (name: string): RecordedResource => run.resources.find(r => r.name === name && r.custom) ?? assert.fail(`no resource ${name}`);
    return { resources: run.resources, named };
}

describe("the PulumiCloud component (foundation:pulumiCloud)", () => {
    it("puts every resource on the provider it is given, never the default one", async () => {
        const run = await pulumiCloud();
        const provider = run.resources.find(r => r.type === "pulumi:providers:pulumiservice")!;
        const own = run.resources.filter(r => r.type.startsWith("pulumiservice:index:"));
        assert.deepStrictEqual(own.map(r => r.type).sort(), [
            "pulumiservice:index:DeploymentSettings", "pulumiservice:index:DriftSchedule", "pulumiservice:index:PolicyGroup", "pulumiservice:index:PolicyPack",
        ]);
        for (const r of own) assert.strictEqual(r.provider, provider.urn, r.name);
    });

    it("audit mode, no workload stacks, no drift schedule, another branch and folder", async () => {
        const run = await pulumiCloud(doc => {
            doc["foundation:pulumiCloud"] = {
                branch: "release", repoDir: "infra/foundation", deployments: { deployCommits: false },
                policies: { mode: "audit", includeWorkloadStacks: false }, driftDetection: { enabled: false },
            };
        });
        assert.deepStrictEqual(run.resources.filter(r => r.type === "pulumiservice:index:DriftSchedule"), []);
        const group = run.named("foundation-pulumi-cloud-policy-group");
        assert.strictEqual(group.inputs.mode, "audit");
        assert.deepStrictEqual(group.inputs.stacks, [{ name: "prod", routingProject: "aws-secure-foundation" }]);
        assert.deepStrictEqual(group.inputs.policyPacks, [{ name: "aws-secure-foundation", versionTag: "0.1.0" }], "no config file, no config");
        const settings = run.named("foundation-pulumi-cloud-prod-deployment-settings").inputs as { sourceContext: unknown; github: { deployCommits: unknown } };
        assert.deepStrictEqual(settings.sourceContext, { git: { branch: "refs/heads/release", repoDir: "infra/foundation" } });
        assert.strictEqual(settings.github.deployCommits, false);
    });
});
