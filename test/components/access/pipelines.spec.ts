import * as assert from "assert";
import type { ConfigDoc } from "../../example-stack";
import { runArea } from "../area-harness";
import { exampleValues, MANAGEMENT_ACCOUNT_ID, type Run } from "../harness";

const MEMBERS = ["log-archive", "audit", "shared-services", "prod", "staging", "sandbox"];

describe("Pipeline access on the example stack", () => {
    let run: Run;
    const id = (key: string) => run.named(`foundation-${key}`).id;
    before(async () => { run = await runArea("pipelines", exampleValues()); });

    it("registers the OIDC providers once per account: Pulumi and GitHub in management, Pulumi in prod and staging", () => {
        const providers = run.ofType("aws:iam/openIdConnectProvider:OpenIdConnectProvider").map(r => [r.name, run.providerName(r), r.inputs]);
        assert.deepStrictEqual(providers.sort(), [
            ["foundation-management-oidc-github", "foundation-management", { url: "https://token.actions.githubusercontent.com", clientIdLists: ["sts.amazonaws.com"] }],
            ["foundation-management-oidc-pulumi", "foundation-management", { url: "https://api.pulumi.com/oidc", clientIdLists: ["acme"] }],
            ["foundation-prod-oidc-pulumi", "foundation-prod-provider", { url: "https://api.pulumi.com/oidc", clientIdLists: ["acme"] }],
            ["foundation-staging-oidc-pulumi", "foundation-staging-provider", { url: "https://api.pulumi.com/oidc", clientIdLists: ["acme"] }],
        ]);
    });

    it("gives the foundation a deploy role for update, refresh and destroy of its stacks, from Pulumi Deployments or the production environment", () => {
        const deploy = run.named("foundation-pipeline-foundation-deploy");
        assert.strictEqual(run.providerName(deploy), "foundation-management");
        assert.strictEqual(deploy.inputs.name, "acme-foundation-deploy");
        assert.strictEqual(deploy.inputs.description, "Deploys this AWS foundation; assumed through OIDC only");
        assert.strictEqual(deploy.inputs.maxSessionDuration, 3600);
        const sub = (op: string) => `pulumi:deploy:org:acme:project:aws-secure-foundation:stack:prod:operation:${op}:scope:write`;
        assert.deepStrictEqual(run.document(deploy, "assumeRolePolicy"), {
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "PulumiDeployments", Effect: "Allow",
                    Principal: { Federated: `arn:aws:iam::${MANAGEMENT_ACCOUNT_ID}:oidc-provider/api.pulumi.com/oidc` },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: { StringEquals: { "api.pulumi.com/oidc:aud": "acme", "api.pulumi.com/oidc:sub": [sub("update"), sub("refresh"), sub("destroy"), sub("detect-drift"), sub("remediate-drift")] } },
                },
                {
                    Sid: "GitHubActions", Effect: "Allow",
                    Principal: { Federated: `arn:aws:iam::${MANAGEMENT_ACCOUNT_ID}:oidc-provider/token.actions.githubusercontent.com` },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: { StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": ["repo:acme/aws-foundation:environment:production"] } },
                },
            ],
        });
        const policy = run.document(run.named("foundation-pipeline-foundation-deploy-policy"));
        assert.deepStrictEqual(policy.Statement.map((s: { Sid: string; Effect: string }) => `${s.Effect} ${s.Sid}`), [
            "Allow ManageFoundationServices", "Allow ReachMemberAccounts", "Deny NoLongLivedCredentials",
        ]);
        assert.strictEqual(policy.Statement[1].Resource, "arn:aws:iam::*:role/OrganizationAccountAccessRole");
        assert.deepStrictEqual(policy.Statement[2].Action, ["iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:CreateUser", "iam:UpdateLoginProfile"]);
        assert.strictEqual(run.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").filter(r => r.name.startsWith("foundation-pipeline-foundation-deploy")).length, 0);
    });

    it("gives the foundation a read-only preview role, for previews and pull requests, that reaches member accounts only through their read-only role", () => {
        const preview = run.named("foundation-pipeline-foundation-preview");
        assert.strictEqual(preview.inputs.description, "Previews (read-only) this AWS foundation; assumed through OIDC only");
        const trust = run.document(preview, "assumeRolePolicy");
        assert.deepStrictEqual(trust.Statement[0].Condition.StringEquals["api.pulumi.com/oidc:sub"], [
            "pulumi:deploy:org:acme:project:aws-secure-foundation:stack:prod:operation:preview:scope:write",
        ]);
        assert.deepStrictEqual(trust.Statement[1].Condition.StringEquals["token.actions.githubusercontent.com:sub"], ["repo:acme/aws-foundation:pull_request"]);
        assert.strictEqual(run.named("foundation-pipeline-foundation-preview-ReadOnlyAccess").inputs.policyArn, "arn:aws:iam::aws:policy/ReadOnlyAccess");
        const policy = run.document(run.named("foundation-pipeline-foundation-preview-policy"));
        assert.deepStrictEqual(policy.Statement[1], {
            Sid: "ReachMemberAccountsReadOnly", Effect: "Allow", Action: "sts:AssumeRole", Resource: "arn:aws:iam::*:role/acme-foundation-preview",
        });
        assert.strictEqual(policy.Statement[0].Effect, "Deny");
        for (const key of MEMBERS) {
            const role = run.named(`foundation-${key}-preview-role`);
            assert.strictEqual(run.providerName(role), `foundation-${key}-provider`);
            assert.strictEqual(role.inputs.name, "acme-foundation-preview");
            assert.strictEqual(role.inputs.description, "Read-only access for the foundation's previews; assumed by its preview role only");
            assert.deepStrictEqual(run.document(role, "assumeRolePolicy").Statement, [{
                Sid: "FoundationPreview", Effect: "Allow", Principal: { AWS: preview.state.arn }, Action: "sts:AssumeRole",
            }]);
            assert.strictEqual(run.named(`foundation-${key}-preview-role-ReadOnlyAccess`).inputs.policyArn, "arn:aws:iam::aws:policy/ReadOnlyAccess");
        }
    });

    it("gives each workload pipeline its two roles in its own account, trusting only its projects' stacks", () => {
        const deploy = run.named("foundation-pipeline-app-deploy");
        assert.strictEqual(run.providerName(deploy), "foundation-prod-provider");
        assert.strictEqual(deploy.inputs.name, "acme-app-deploy");
        assert.strictEqual(deploy.inputs.description, "Deploys the app workload in account prod; assumed through OIDC only");
        assert.strictEqual(run.named("foundation-pipeline-app-preview").inputs.description, "Previews (read-only) the app workload in account prod; assumed through OIDC only");
        assert.deepStrictEqual(run.document(deploy, "assumeRolePolicy").Statement, [{
            Sid: "PulumiDeployments", Effect: "Allow",
            Principal: { Federated: `arn:aws:iam::${id("prod")}:oidc-provider/api.pulumi.com/oidc` },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: {
                StringEquals: {
                    "api.pulumi.com/oidc:aud": "acme",
                    "api.pulumi.com/oidc:sub": ["update", "refresh", "destroy"].map(op => `pulumi:deploy:org:acme:project:app:stack:prod:operation:${op}:scope:write`),
                },
            },
        }]);
        assert.strictEqual(run.named("foundation-pipeline-app-deploy-PowerUserAccess").inputs.policyArn, "arn:aws:iam::aws:policy/PowerUserAccess");
        const staging = run.named("foundation-pipeline-app-staging-preview");
        assert.strictEqual(run.providerName(staging), "foundation-staging-provider");
        assert.deepStrictEqual(run.document(staging, "assumeRolePolicy").Statement[0].Condition.StringEquals["api.pulumi.com/oidc:sub"], [
            "pulumi:deploy:org:acme:project:app:stack:staging:operation:preview:scope:write",
        ]);
    });
});

describe("Pipeline access config switches", () => {
    const run = (change: (d: ConfigDoc) => void) => runArea("pipelines", exampleValues(change));

    it("lets a workload's deploy role, and only it, take the drift runs of the stacks it marks driftDetection", async () => {
        const { resources } = await run(d => {
            d["foundation:pipelines"].workloads = [{ name: "api", account: "prod", pulumi: [{ project: "api", stacks: ["prod"], driftDetection: true }, { project: "jobs", stacks: ["prod"] }] }];
        });
        const subjects = (name: string) => JSON.parse(resources.find(r => r.name === name)!.inputs.assumeRolePolicy as string).Statement[0].Condition.StringEquals["api.pulumi.com/oidc:sub"];
        assert.deepStrictEqual(subjects("foundation-pipeline-api-deploy"), [
            ...["update", "refresh", "destroy", "detect-drift", "remediate-drift"].map(op => `pulumi:deploy:org:acme:project:api:stack:prod:operation:${op}:scope:write`),
            ...["update", "refresh", "destroy"].map(op => `pulumi:deploy:org:acme:project:jobs:stack:prod:operation:${op}:scope:write`),
        ]);
        assert.deepStrictEqual(subjects("foundation-pipeline-api-preview"), [
            "pulumi:deploy:org:acme:project:api:stack:prod:operation:preview:scope:write",
            "pulumi:deploy:org:acme:project:jobs:stack:prod:operation:preview:scope:write",
        ]);
    });

    it("trusts no drift run for the foundation's stacks when foundation:pulumiCloud runs no drift detection", async () => {
        const { resources } = await run(d => { d["foundation:pulumiCloud"].driftDetection.enabled = false; });
        const trust = JSON.parse(resources.find(r => r.name === "foundation-pipeline-foundation-deploy")!.inputs.assumeRolePolicy as string);
        assert.deepStrictEqual(trust.Statement[0].Condition.StringEquals["api.pulumi.com/oidc:sub"],
            ["update", "refresh", "destroy"].map(op => `pulumi:deploy:org:acme:project:aws-secure-foundation:stack:prod:operation:${op}:scope:write`));
    });

    it("trusts GitHub by branch, and by numeric ids when given; creates nothing without foundation:pipelines", async () => {
        const { resources } = await run(d => {
            d["foundation:pipelines"].workloads = [{ name: "web", account: "sandbox", github: { repository: "acme/web", branch: "main", ownerId: "1001", repositoryId: "2002" } }];
        });
        const deploy = resources.find(r => r.name === "foundation-pipeline-web-deploy")!;
        const trust = JSON.parse(deploy.inputs.assumeRolePolicy as string);
        assert.deepStrictEqual(trust.Statement.map((s: { Sid: string }) => s.Sid), ["GitHubActions"]);
        assert.deepStrictEqual(trust.Statement[0].Condition.StringEquals["token.actions.githubusercontent.com:sub"], ["repo:acme@1001/web@2002:ref:refs/heads/main"]);
        assert.deepStrictEqual(resources.filter(r => r.type === "aws:iam/openIdConnectProvider:OpenIdConnectProvider").map(r => r.name).sort(), [
            "foundation-management-oidc-github", "foundation-management-oidc-pulumi", "foundation-sandbox-oidc-github",
        ]);
        const none = await run(d => { delete d["foundation:pipelines"]; delete d["foundation:pulumiCloud"]; });
        assert.deepStrictEqual(none.resources.filter(r => r.type.startsWith("foundation:access") || r.type.includes("openIdConnect")), []);
    });

    it("creates the GitHub OIDC provider for the foundation only when its pipeline names a repository, and trusts the project it names", async () => {
        const run = await runArea("pipelines", exampleValues(d => {
            delete d["foundation:pipelines"].foundation.github;
            d["foundation:pipelines"].foundation.project = "org-foundation";
            delete d["foundation:pulumiCloud"]; // Deployments need the repository
        }));
        assert.deepStrictEqual(run.ofType("aws:iam/openIdConnectProvider:OpenIdConnectProvider").map(p => p.name), [
            "foundation-management-oidc-pulumi", "foundation-prod-oidc-pulumi", "foundation-staging-oidc-pulumi",
        ]);
        assert.deepStrictEqual(run.document(run.named("foundation-pipeline-foundation-deploy"), "assumeRolePolicy").Statement[0].Condition.StringEquals["api.pulumi.com/oidc:sub"], [
            "pulumi:deploy:org:acme:project:org-foundation:stack:prod:operation:update:scope:write",
            "pulumi:deploy:org:acme:project:org-foundation:stack:prod:operation:refresh:scope:write",
            "pulumi:deploy:org:acme:project:org-foundation:stack:prod:operation:destroy:scope:write",
        ]);
    });

    it("gives an account whose workloads use Pulumi and GitHub between them both OIDC providers", async () => {
        const run = await runArea("pipelines", exampleValues(d => {
            d["foundation:pipelines"].workloads = [
                { name: "api", account: "prod", pulumi: [{ project: "api", stacks: ["prod"] }] },
                { name: "web", account: "prod", github: { repository: "acme/web", environment: "prod" } },
            ];
        }));
        assert.deepStrictEqual(run.ofType("aws:iam/openIdConnectProvider:OpenIdConnectProvider").map(p => [p.name, run.providerName(p)]), [
            ["foundation-management-oidc-pulumi", "foundation-management"], ["foundation-management-oidc-github", "foundation-management"],
            ["foundation-prod-oidc-pulumi", "foundation-prod-provider"], ["foundation-prod-oidc-github", "foundation-prod-provider"],
        ]);
    });

    it("builds only the workloads' roles when the foundation has no pipeline of its own", async () => {
        const run = await runArea("pipelines", exampleValues(d => {
            delete d["foundation:pipelines"].foundation;
            delete d["foundation:pulumiCloud"];
        }));
        const roles = run.ofType("aws:iam/role:Role").map(r => r.inputs.name).sort();
        assert.deepStrictEqual(roles, ["acme-app-deploy", "acme-app-preview", "acme-app-staging-deploy", "acme-app-staging-preview"]);
        assert.deepStrictEqual(run.ofType("aws:iam/openIdConnectProvider:OpenIdConnectProvider").map(p => p.name), ["foundation-prod-oidc-pulumi", "foundation-staging-oidc-pulumi"]);
    });
});
