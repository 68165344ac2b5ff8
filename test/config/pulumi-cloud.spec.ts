import * as assert from "assert";
import { parseFoundationConfig } from "../../config";
import { exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";

const DELIVERY = "foundation:delivery";
const PIPELINES = "foundation:pipelines";

describe("stack config: foundation:delivery", () => {
    it("fills the defaults, taking the organization, repository, project and stacks from foundation:pipelines", () => {
        assert.deepStrictEqual(parseFoundationConfig(exampleValues(d => { d[DELIVERY] = {}; })).delivery, {
            pulumiOrganization: "acme", repository: "acme/aws-foundation", branch: "main", repoDir: ".", stacks: ["prod"], deployCommits: true,
            policies: { mode: "preventative", includeWorkloadStacks: true },
            driftDetection: { enabled: true, schedule: "0 6 * * *", autoRemediate: false },
        });
        assert.deepStrictEqual(parseFoundationConfig(exampleValues()).delivery, {
            pulumiOrganization: "acme", repository: "acme/aws-foundation", branch: "main", repoDir: ".", stacks: ["prod"], deployCommits: true,
            policies: { mode: "preventative", configFile: "policy/policy-config.example.json", includeWorkloadStacks: true },
            driftDetection: { enabled: true, schedule: "0 6 * * *", autoRemediate: false },
            approvals: { environment: { project: "foundation", name: "production" }, approvers: [{ team: "platform" }], required: 1 },
        });
        const own = parseFoundationConfig(exampleValues(d => {
            d[PIPELINES].foundation.project = "foundation";
            d[PIPELINES].foundation.stacks = ["prod", "staging"];
            d[DELIVERY] = { repository: "acme/other", stacks: ["staging"], approvals: { environment: { project: "p", name: "e" }, approvers: [{ user: "alice" }, { team: "t" }], required: 2 } };
        })).delivery!;
        assert.deepStrictEqual([own.repository, own.project, own.stacks, own.approvals?.required], ["acme/other", "foundation", ["staging"], 2]);
    });

    it("refuses a delivery without the deploy role, or with an organization, repository, stack or approval count that cannot work", () => {
        assert.deepStrictEqual(problemsOf(d => { delete d[PIPELINES].foundation; }), [
            "foundation:delivery: needs foundation:pipelines.foundation: Pulumi Deployments signs in to AWS through the deploy role that section creates, never with stored keys",
        ]);
        assert.deepStrictEqual(problemsOf(d => { delete d[PIPELINES]; }), [
            "foundation:delivery: needs foundation:pipelines.foundation: Pulumi Deployments signs in to AWS through the deploy role that section creates, never with stored keys",
        ]);
        assert.deepStrictEqual(problemsOf(d => {
            d[DELIVERY].pulumiOrganization = "other";
            d[DELIVERY].stacks = ["prod", "dev", "prod"];
            d[DELIVERY].approvals.required = 2;
        }), [
            'foundation:delivery.pulumiOrganization: "other" differs from foundation:pipelines.pulumiOrganization "acme", the only audience the deploy role trusts',
            'foundation:delivery.stacks[2]: "prod" is listed twice',
            'foundation:delivery.stacks[1]: "dev" is not in foundation:pipelines.foundation.stacks: the deploy role would refuse its deployments',
            "foundation:delivery.approvals.required: is 2, more than the 1 approvers listed: no change could ever be approved",
        ]);
        assert.deepStrictEqual(problemsOf(d => { delete d[PIPELINES].foundation.github; }), [
            "foundation:delivery.repository: is required: set it here or in foundation:pipelines.foundation.github.repository",
        ]);
    });

    it("rejects malformed values and unknown keys with the key path", () => {
        assert.deepStrictEqual(problemsOf(d => {
            d[DELIVERY].branch = "refs/heads/main";
            d[DELIVERY].policies.mode = "enforce";
            d[DELIVERY].policies.configFile = "policy/config.yaml";
            d[DELIVERY].driftDetection.schedule = "daily";
            d[DELIVERY].approvals.approvers = [];
            d[DELIVERY].previewPullRequests = true;
        }), [
            'foundation:delivery.branch: "refs/heads/main" is a ref: give the branch name only (main, not refs/heads/main)',
            'foundation:delivery.policies.mode: "enforce" must be preventative or audit',
            'foundation:delivery.policies.configFile: "policy/config.yaml" must be a .json file',
            'foundation:delivery.driftDetection.schedule: "daily" is not a cron expression of five fields (e.g. "0 6 * * *")',
            "foundation:delivery.approvals.approvers: must list at least one team or user",
            "foundation:delivery.previewPullRequests: unknown key",
        ]);
    });
});
