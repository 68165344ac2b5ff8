import * as assert from "assert";
import { driftDetectedStacks, foundationPulumiTrust, parseFoundationConfig, pipelineRoleNames } from "../../config";
import { exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";
import { warningsOf } from "./warnings-of";

const PIPELINES = "foundation:pipelines";

describe("stack config: foundation:pipelines", () => {
    it("reads the example and fills the workload deploy policy default", () => {
        const pipelines = parseFoundationConfig(exampleValues()).pipelines!;
        assert.deepStrictEqual(pipelines.foundation, { stacks: ["prod"], github: { repository: "acme/aws-foundation", environment: "production" } });
        assert.deepStrictEqual(pipelines.workloads[1], {
            name: "app-staging", account: "staging", pulumi: [{ project: "app", stacks: ["staging"] }],
            deployPolicies: ["arn:aws:iam::aws:policy/PowerUserAccess"],
        });
    });

    it("rejects missing audiences, unknown or management accounts, role names too long for IAM and pipelines that trust nobody", () => {
        assert.deepStrictEqual(problemsOf(d => {
            delete d[PIPELINES].pulumiOrganization;
            d["foundation:organization"].name = "acme-corporation-holdings";
            d[PIPELINES].foundation.github = { repository: "acme/aws-foundation", environment: "production", branch: "main", ownerId: "123" };
            d[PIPELINES].workloads.push(
                { name: "data", account: "management", github: { repository: "acme/data", branch: "main" } },
                { name: "analytics", account: "analytics", pulumi: [{ project: "etl", stacks: ["prod", "prod"] }, { project: "etl", stacks: ["dev"] }] },
                { name: "a-pipeline-name-overflowing-iam1", account: "sandbox" },
                { name: "app", account: "sandbox", github: { repository: "acme/app" } },
                { name: "foundation", account: "sandbox", github: { repository: "acme/app", branch: "main" } },
            );
        }), [
            "foundation:pipelines.pulumiOrganization: is required: Pulumi's OIDC tokens name it as their audience, and the roles trust only that audience",
            "foundation:pipelines.foundation.github.branch: cannot be given together with environment: a job in an environment is identified by it, not by its branch (GitHub's OIDC subject)",
            "foundation:pipelines.foundation.github.repositoryId: is required with the other numeric id: subjects by id name both owner and repository",
            'foundation:pipelines.workloads[5].name: "app" is listed twice',
            "foundation:pipelines.workloads[2].account: cannot be the management account: workloads run in member accounts, and the foundation's own roles live in management",
            'foundation:pipelines.workloads[3].account: "analytics" is not an account key declared in foundation:accounts',
            'foundation:pipelines.workloads[3].pulumi[1].project: "etl" is listed twice',
            'foundation:pipelines.workloads[3].pulumi[0].stacks[1]: "prod" is listed twice',
            'foundation:pipelines.workloads[4].name: makes the role name "acme-corporation-holdings-a-pipeline-name-overflowing-iam1-preview" 66 characters long; IAM allows 64: shorten the pipeline name',
            "foundation:pipelines.workloads[4]: trusts nobody: name Pulumi projects (pulumi) or a GitHub repository (github)",
            "foundation:pipelines.workloads[5].github: needs environment (recommended: GitHub can require reviewers for it) or branch: the deploy role trusts only jobs there",
            'foundation:pipelines.workloads[6].name: "foundation" is reserved: the foundation\'s preview role has that name in every member account',
        ]);
    });

    it("keeps each trust policy within IAM's 2048 characters", () => {
        const stacks = (n: number) => Array.from({ length: n }, (_, i) => `stack-${i}`);
        assert.deepStrictEqual(problemsOf(d => {
            d[PIPELINES].foundation.stacks = stacks(5);
            d[PIPELINES].workloads[0].pulumi = [{ project: "app", stacks: stacks(8) }];
        }), [
            "foundation:pipelines.foundation.stacks: trusts so many stacks that the deploy role's trust policy would be 3212 characters; IAM allows 2048 unless its \"Role trust policy length\" quota is raised (to at most 4096): trust fewer stacks, or run drift detection on fewer of them (foundation:pulumiCloud.stacks, driftDetection.enabled): each stack with drift runs takes five subjects instead of three",
            "foundation:pipelines.workloads[0]: trusts so many stacks that the deploy role's trust policy would be 2240 characters; IAM allows 2048 unless its \"Role trust policy length\" quota is raised (to at most 4096): split the stacks across pipelines",
        ]);
        // Drift runs (foundation:pulumiCloud's drift detection, on by default) take two more subjects per stack: without them, four stacks fit.
        assert.deepStrictEqual(problemsOf(d => {
            d[PIPELINES].foundation.stacks = stacks(3);
        }), ["foundation:pipelines.foundation.stacks: trusts so many stacks that the deploy role's trust policy would be 2198 characters; IAM allows 2048 unless its \"Role trust policy length\" quota is raised (to at most 4096): trust fewer stacks, or run drift detection on fewer of them (foundation:pulumiCloud.stacks, driftDetection.enabled): each stack with drift runs takes five subjects instead of three"]);
        assert.deepStrictEqual(problemsOf(d => {
            d["foundation:pulumiCloud"].driftDetection.enabled = false;
            d[PIPELINES].foundation.stacks = stacks(4);
            d[PIPELINES].workloads[0].pulumi = [{ project: "app", stacks: stacks(7) }];
            d[PIPELINES].workloads[0].github = { repository: "acme/app", branch: "refs/heads/main" };
        }), ['foundation:pipelines.workloads[0].github.branch: "refs/heads/main" is a ref: give the branch name only (main, not refs/heads/main)']);
    });

    it("checks repository, stack and organization names", () => {
        assert.deepStrictEqual(problemsOf(d => {
            d[PIPELINES].pulumiOrganization = "acme corp";
            d[PIPELINES].foundation.stacks = ["prod", "dev/x"];
            d[PIPELINES].foundation.github.repository = "aws-foundation";
            d[PIPELINES].workloads[0].deployPolicies = [];
        }), [
            'foundation:pipelines.pulumiOrganization: "acme corp" is not a valid Pulumi organization name: letters, digits, \'.\', \'_\' and \'-\'',
            'foundation:pipelines.foundation.stacks[1]: "dev/x" is not a valid Pulumi stack name: letters, digits, \'.\', \'_\' and \'-\'',
            'foundation:pipelines.foundation.github.repository: "aws-foundation" is not a GitHub repository as owner/name',
            "foundation:pipelines.workloads[0].deployPolicies: must list at least one policy",
        ]);
    });

    it("has none for settings stronger than the defaults", () => {
        assert.deepStrictEqual(warningsOf(d => { d[PIPELINES].workloads[0].deployPolicies = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]; }), []);
    });

    it("warns about a workload pipeline with administrator access", () => {
        assert.deepStrictEqual(warningsOf(d => {
            d[PIPELINES].workloads[1].deployPolicies = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"];
        }), ["foundation:pipelines.workloads[1].deployPolicies[1]: gives pipeline app-staging full administrator access to account staging, IAM included"]);
    });

    it("names a pipeline's two roles after the organization and the pipeline", () => {
        assert.deepStrictEqual(pipelineRoleNames("acme", "app-prod"), { deploy: "acme-app-prod-deploy", preview: "acme-app-prod-preview" });
    });

    it("trusts the foundation's stacks, those with drift detection marked so (their deploy role also takes drift runs)", () => {
        assert.deepStrictEqual(foundationPulumiTrust("foundation", ["prod", "staging"], ["prod"]), [
            { project: "foundation", stacks: ["prod"], driftDetection: true },
            { project: "foundation", stacks: ["staging"] },
        ]);
        assert.deepStrictEqual(foundationPulumiTrust("foundation", ["prod"], []), [{ project: "foundation", stacks: ["prod"] }]);
        assert.deepStrictEqual(foundationPulumiTrust("foundation", ["prod"], ["prod", "other"]), [{ project: "foundation", stacks: ["prod"], driftDetection: true }]);
    });

    it("finds the stacks with drift detection: foundation:pulumiCloud's stacks, else the foundation's, none when it is off or absent", () => {
        assert.deepStrictEqual(driftDetectedStacks({ stacks: ["staging"] }, ["prod", "staging"]), ["staging"]);
        assert.deepStrictEqual(driftDetectedStacks({}, ["prod", undefined]), ["prod"]);
        assert.deepStrictEqual(driftDetectedStacks({ driftDetection: { enabled: true } }, ["prod"]), ["prod"]);
        assert.deepStrictEqual(driftDetectedStacks({ stacks: ["prod"], driftDetection: { enabled: false } }, ["prod"]), []);
        assert.deepStrictEqual(driftDetectedStacks(undefined, ["prod"]), []);
    });
});
