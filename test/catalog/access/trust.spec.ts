import * as assert from "assert";
import { githubSubjects, pipelineTrustPolicy, type PipelineRole, type PipelineTrust } from "../../../catalog/access/trust";
import { evaluateTrust, type WebIdentityRequest } from "./web-identity";

/*
 * Every trust policy the pipelines get, evaluated as IAM would: the right token may assume the role;
 * a token that differs in any single field may not. Claim formats as Pulumi and GitHub document them.
 */

const PULUMI = "arn:aws:iam::111111111111:oidc-provider/api.pulumi.com/oidc";
const GITHUB = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com";
const OTHER_ACCOUNT_PULUMI = "arn:aws:iam::999999999999:oidc-provider/api.pulumi.com/oidc";

const foundation: PipelineTrust = {
    pulumiOrganization: "acme",
    pulumi: [{ project: "aws-secure-foundation", stacks: ["prod"], driftDetection: true }, { project: "aws-secure-foundation", stacks: ["staging"] }],
    github: { repository: "acme/aws-foundation", environment: "production" },
};

const pulumiToken = (fields: Partial<Record<"org" | "aud" | "project" | "stack" | "operation" | "scope", string>>, provider = PULUMI): WebIdentityRequest => {
    const f = { org: "acme", project: "aws-secure-foundation", stack: "prod", operation: "update", scope: "write", ...fields };
    return {
        provider,
        claims: {
            "api.pulumi.com/oidc:aud": fields.aud ?? f.org,
            "api.pulumi.com/oidc:sub": `pulumi:deploy:org:${f.org}:project:${f.project}:stack:${f.stack}:operation:${f.operation}:scope:${f.scope}`,
        },
    };
};

const githubToken = (sub: string, aud = "sts.amazonaws.com", provider = GITHUB): WebIdentityRequest => ({
    provider,
    claims: { "token.actions.githubusercontent.com:aud": aud, "token.actions.githubusercontent.com:sub": sub },
});

const decide = (trust: PipelineTrust, role: PipelineRole, request: WebIdentityRequest) =>
    evaluateTrust(pipelineTrustPolicy(trust, role, { pulumi: PULUMI, github: GITHUB }) as never, request);

describe("pipeline trust policies, evaluated", () => {
    describe("the deploy role", () => {
        for (const [operation, stack] of [["update", "prod"], ["refresh", "prod"], ["destroy", "staging"], ["detect-drift", "prod"], ["remediate-drift", "prod"]]) {
            it(`may be assumed by Pulumi Deployments for ${operation} of ${stack}`, () => {
                assert.strictEqual(decide(foundation, "deploy", pulumiToken({ operation, stack })), "Allowed");
            });
        }
        const denied: [string, WebIdentityRequest][] = [
            ["a preview", pulumiToken({ operation: "preview" })],
            ["an operation Pulumi does not have", pulumiToken({ operation: "drift" })],
            ["drift detection of a stack without it", pulumiToken({ operation: "detect-drift", stack: "staging" })],
            ["drift remediation of a stack without drift detection", pulumiToken({ operation: "remediate-drift", stack: "staging" })],
            ["another Pulumi organization (audience and subject)", pulumiToken({ org: "evil" })],
            ["another audience only", pulumiToken({ aud: "evil" })],
            ["another project", pulumiToken({ project: "app" })],
            ["another stack", pulumiToken({ stack: "dev" })],
            ["a stack whose name only starts like a trusted one", pulumiToken({ stack: "prod-copy" })],
            ["another scope", pulumiToken({ scope: "read" })],
            ["a token through another account's Pulumi provider", pulumiToken({}, OTHER_ACCOUNT_PULUMI)],
            ["a Pulumi token presented through the GitHub provider", pulumiToken({}, GITHUB)],
            ["a GitHub job in another environment", githubToken("repo:acme/aws-foundation:environment:staging")],
            ["a GitHub job on main without the environment", githubToken("repo:acme/aws-foundation:ref:refs/heads/main")],
            ["a pull request", githubToken("repo:acme/aws-foundation:pull_request")],
            ["another repository", githubToken("repo:acme/aws-foundation-fork:environment:production")],
            ["another owner", githubToken("repo:evil/aws-foundation:environment:production")],
            ["a GitHub token for another audience", githubToken("repo:acme/aws-foundation:environment:production", "https://github.com/acme")],
        ];
        for (const [what, request] of denied) {
            it(`may not be assumed by ${what}`, () => assert.strictEqual(decide(foundation, "deploy", request), "ImplicitlyDenied"));
        }
        it("may be assumed by the production environment's GitHub jobs", () => {
            assert.strictEqual(decide(foundation, "deploy", githubToken("repo:acme/aws-foundation:environment:production")), "Allowed");
        });
        it("trusts a branch when no environment is configured, and GitHub's id-based subjects when ids are given", () => {
            const byBranch: PipelineTrust = { pulumi: [], github: { repository: "acme/app", branch: "main" } };
            assert.strictEqual(decide(byBranch, "deploy", githubToken("repo:acme/app:ref:refs/heads/main")), "Allowed");
            assert.strictEqual(decide(byBranch, "deploy", githubToken("repo:acme/app:ref:refs/heads/main-old")), "ImplicitlyDenied");
            assert.strictEqual(decide(byBranch, "deploy", githubToken("repo:acme/app:ref:refs/tags/main")), "ImplicitlyDenied");
            const byIds: PipelineTrust = { pulumi: [], github: { repository: "acme/app", branch: "main", ownerId: "1001", repositoryId: "2002" } };
            assert.strictEqual(decide(byIds, "deploy", githubToken("repo:acme@1001/app@2002:ref:refs/heads/main")), "Allowed");
            assert.strictEqual(decide(byIds, "deploy", githubToken("repo:acme/app:ref:refs/heads/main")), "ImplicitlyDenied");
            assert.strictEqual(decide(byIds, "deploy", githubToken("repo:acme@1001/app@2003:ref:refs/heads/main")), "ImplicitlyDenied");
        });
    });

    describe("the preview role", () => {
        it("may be assumed for previews of each trusted stack and by pull requests", () => {
            assert.strictEqual(decide(foundation, "preview", pulumiToken({ operation: "preview" })), "Allowed");
            assert.strictEqual(decide(foundation, "preview", pulumiToken({ operation: "preview", stack: "staging" })), "Allowed");
            assert.strictEqual(decide(foundation, "preview", githubToken("repo:acme/aws-foundation:pull_request")), "Allowed");
        });
        for (const operation of ["update", "refresh", "destroy", "detect-drift", "remediate-drift"]) {
            it(`may not be assumed for ${operation}`, () => {
                assert.strictEqual(decide(foundation, "preview", pulumiToken({ operation })), "ImplicitlyDenied");
            });
        }
        it("may not be assumed by the deploy environment's jobs, another repository's pull requests or another organization", () => {
            assert.strictEqual(decide(foundation, "preview", githubToken("repo:acme/aws-foundation:environment:production")), "ImplicitlyDenied");
            assert.strictEqual(decide(foundation, "preview", githubToken("repo:evil/aws-foundation:pull_request")), "ImplicitlyDenied");
            assert.strictEqual(decide(foundation, "preview", pulumiToken({ operation: "preview", org: "evil" })), "ImplicitlyDenied");
        });
    });

    it("names the repository by its numeric ids only when both are given", () => {
        const github = { repository: "acme/app", environment: "prod" };
        assert.deepStrictEqual(githubSubjects({ ...github, ownerId: "1234", repositoryId: "5678" }, "deploy"), ["repo:acme@1234/app@5678:environment:prod"]);
        assert.deepStrictEqual(githubSubjects({ ...github, ownerId: "1234" }, "deploy"), ["repo:acme/app:environment:prod"]);
        assert.deepStrictEqual(githubSubjects({ ...github, repositoryId: "5678" }, "preview"), ["repo:acme/app:pull_request"]);
    });

    it("refuses to build a trust without the OIDC provider or the Pulumi organization it names", () => {
        const pulumiTrust: PipelineTrust = { pulumiOrganization: "acme", pulumi: [{ project: "app", stacks: ["prod"] }] };
        const pulumiMessage = { message: "a Pulumi trust needs the Pulumi organization and the account's Pulumi OIDC provider" };
        assert.throws(() => pipelineTrustPolicy(pulumiTrust, "deploy", { github: GITHUB }), pulumiMessage);
        assert.throws(() => pipelineTrustPolicy({ ...pulumiTrust, pulumiOrganization: undefined }, "deploy", { pulumi: PULUMI }), pulumiMessage);
        const githubTrust: PipelineTrust = { pulumi: [], github: { repository: "acme/app", environment: "prod" } };
        assert.throws(() => pipelineTrustPolicy(githubTrust, "deploy", { pulumi: PULUMI }), { message: "a GitHub trust needs the account's GitHub OIDC provider" });
    });

    it("trusts only GitHub when no Pulumi project is named, and only Pulumi without a repository", () => {
        const githubOnly: PipelineTrust = { pulumi: [], github: { repository: "acme/app", environment: "prod" } };
        assert.strictEqual(decide(githubOnly, "deploy", pulumiToken({ project: "app" })), "ImplicitlyDenied");
        const pulumiOnly: PipelineTrust = { pulumiOrganization: "acme", pulumi: [{ project: "app", stacks: ["prod"] }] };
        assert.strictEqual(decide(pulumiOnly, "deploy", githubToken("repo:acme/app:environment:prod")), "ImplicitlyDenied");
        assert.strictEqual(decide(pulumiOnly, "deploy", pulumiToken({ project: "app" })), "Allowed");
    });
});
