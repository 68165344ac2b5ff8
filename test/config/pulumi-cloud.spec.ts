import * as assert from "assert";
import { parseFoundationConfig } from "../../config";
import { exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";

const PULUMI_CLOUD = "foundation:pulumiCloud";
const PIPELINES = "foundation:pipelines";

describe("stack config: foundation:pulumiCloud", () => {
    it("fills the defaults, taking the organization, repository, project and stacks from foundation:pipelines", () => {
        assert.deepStrictEqual(parseFoundationConfig(exampleValues(d => { d[PULUMI_CLOUD] = {}; })).pulumiCloud, {
            pulumiOrganization: "acme", repository: "acme/aws-foundation", branch: "main", repoDir: ".", stacks: ["prod"], deployCommits: true,
            policies: { mode: "preventative", includeWorkloadStacks: true },
            driftDetection: { enabled: true, schedule: "0 6 * * *", autoRemediate: false },
        });
        assert.deepStrictEqual(parseFoundationConfig(exampleValues()).pulumiCloud, {
            pulumiOrganization: "acme", repository: "acme/aws-foundation", branch: "main", repoDir: ".", stacks: ["prod"], deployCommits: true,
            policies: { mode: "preventative", configFile: "policy/policy-config.example.json", includeWorkloadStacks: true },
            driftDetection: { enabled: true, schedule: "0 6 * * *", autoRemediate: false },
        });
        const own = parseFoundationConfig(exampleValues(d => {
            d[PIPELINES].foundation.project = "foundation";
            d[PIPELINES].foundation.stacks = ["prod", "staging"];
            d[PULUMI_CLOUD] = { repository: "acme/other", stacks: ["staging"] };
        })).pulumiCloud!;
        assert.deepStrictEqual([own.repository, own.project, own.stacks], ["acme/other", "foundation", ["staging"]]);
    });

    it("refuses settings without the deploy role, or with an organization, repository or stack that cannot work", () => {
        assert.deepStrictEqual(problemsOf(d => { delete d[PIPELINES].foundation; }), [
            "foundation:pulumiCloud: needs foundation:pipelines.foundation: Pulumi Deployments signs in to AWS through the deploy role that section creates, never with stored keys",
        ]);
        assert.deepStrictEqual(problemsOf(d => { delete d[PIPELINES]; }), [
            "foundation:pulumiCloud: needs foundation:pipelines.foundation: Pulumi Deployments signs in to AWS through the deploy role that section creates, never with stored keys",
        ]);
        assert.deepStrictEqual(problemsOf(d => {
            d[PULUMI_CLOUD].pulumiOrganization = "other";
            d[PULUMI_CLOUD].stacks = ["prod", "dev", "prod"];
        }), [
            'foundation:pulumiCloud.pulumiOrganization: "other" differs from foundation:pipelines.pulumiOrganization "acme", the only audience the deploy role trusts',
            'foundation:pulumiCloud.stacks[2]: "prod" is listed twice',
            'foundation:pulumiCloud.stacks[1]: "dev" is not in foundation:pipelines.foundation.stacks: the deploy role would refuse its deployments',
        ]);
        assert.deepStrictEqual(problemsOf(d => { delete d[PIPELINES].foundation.github; }), [
            "foundation:pulumiCloud.repository: is required: set it here or in foundation:pipelines.foundation.github.repository",
        ]);
    });

    it("rejects malformed values and unknown keys with the key path", () => {
        assert.deepStrictEqual(problemsOf(d => {
            d[PULUMI_CLOUD].branch = "refs/heads/main";
            d[PULUMI_CLOUD].policies.mode = "enforce";
            d[PULUMI_CLOUD].policies.configFile = "policy/config.yaml";
            d[PULUMI_CLOUD].driftDetection.schedule = "daily";
            d[PULUMI_CLOUD].previewPullRequests = true;
        }), [
            'foundation:pulumiCloud.branch: "refs/heads/main" is a ref: give the branch name only (main, not refs/heads/main)',
            'foundation:pulumiCloud.policies.mode: "enforce" must be preventative or audit',
            'foundation:pulumiCloud.policies.configFile: "policy/config.yaml" must be a .json file',
            'foundation:pulumiCloud.driftDetection.schedule: "daily" is not a cron expression of five fields (e.g. "0 6 * * *")',
            "foundation:pulumiCloud.previewPullRequests: unknown key",
        ]);
    });

    it("refuses the approval rule, saying why it went", () => {
        assert.deepStrictEqual(problemsOf(d => {
            d[PULUMI_CLOUD].approvals = { environment: { project: "foundation", name: "production" }, approvers: [{ team: "platform" }] };
        }), [
            "foundation:pulumiCloud.approvals: was removed after 0.1.0: a Pulumi Cloud approval rule gates changes to an ESC environment, and no " +
            "environment holds this foundation's settings (its config is reviewed in pull requests, and the deploy workflow waits for " +
            "the reviewers of the GitHub environment production); remove the key, and the pulumi-cloud project deletes the rule it made",
        ]);
    });

    it("refuses 0.1.0's foundation:delivery, pointing at the upgrade steps instead of dropping its resources", () => {
        assert.deepStrictEqual(problemsOf(d => {
            d["foundation:delivery"] = d[PULUMI_CLOUD];
            delete d[PULUMI_CLOUD];
        }), [
            "foundation:delivery: was renamed foundation:pulumiCloud after 0.1.0, and its Pulumi Cloud resources moved to the " +
            "pulumi-cloud project, which applies them with an organization admin's token instead of this stack's deployments. Move " +
            "them out of this stack first, or its next update deletes them: CHANGELOG.md, \"Upgrading from 0.1.0\" (docs/pulumi-cloud.md)",
        ]);
    });
});
