import { policyDocument, type PolicyDocument, type PolicyStatement } from "../iam-document";

/*
 * Who may assume a pipeline role, as data. Claim formats: Pulumi Deployments' OIDC guide (pulumi/docs
 * content/docs/deployments/guides/oidc) and GitHub's OIDC reference (github/docs content/actions/
 * reference/security/oidc.md). Every subject is matched exactly: no wildcard.
 */

/** Issuers as IAM names them: the URL without `https://`, also the prefix of their condition keys. */
export const PULUMI_ISSUER = "api.pulumi.com/oidc";
export const GITHUB_ISSUER = "token.actions.githubusercontent.com";
/** The audience aws-actions/configure-aws-credentials asks GitHub for. */
export const GITHUB_AUDIENCE = "sts.amazonaws.com";

export type PipelineRole = "deploy" | "preview";

/** GitHub Actions workflows a role trusts: a repository, narrowed to an environment or a branch. */
export interface GitHubTrust {
    readonly repository: string;
    readonly environment?: string;
    readonly branch?: string;
    readonly ownerId?: string;
    readonly repositoryId?: string;
}

/** Pulumi Deployments stacks of one project a role trusts. */
export interface PulumiTrust {
    readonly project: string;
    readonly stacks: readonly string[];
    /** Drift detection runs on these stacks: the deploy role trusts its operations too. */
    readonly driftDetection?: boolean;
}

/**
 * Pulumi Deployments operations each role is for, as they appear in the `sub` claim: the OIDC guide
 * documents preview, update, refresh and destroy (pulumi/docs content/docs/deployments/guides/oidc).
 * Never `preview` for the deploy role: a pull request's code must not run with it.
 */
export const OPERATIONS: Readonly<Record<PipelineRole, readonly string[]>> = {
    deploy: ["update", "refresh", "destroy"],
    preview: ["preview"],
};

/**
 * What a drift schedule's runs carry instead, trusted by the deploy role of stacks with drift detection
 * only. A drift schedule creates deployments of the operation `detect-drift`, remediated as
 * `remediate-drift`: the PulumiOperation values of Pulumi Cloud's Deployments API
 * (pulumi/pulumi-pulumiservice provider/pkg/apitype/pulumi_operation_.go; its Schedules API stores a
 * drift schedule as `"operation": "detect-drift"`). The OIDC guide does not list them; should a drift
 * run's token say refresh or update instead, those are trusted already.
 */
export const DRIFT_OPERATIONS: readonly string[] = ["detect-drift", "remediate-drift"];

/** Who may assume a pipeline's roles, from config. */
export interface PipelineTrust {
    /** Pulumi Cloud organization: the audience of its tokens. Needed when `pulumi` lists projects. */
    readonly pulumiOrganization?: string;
    readonly pulumi: readonly PulumiTrust[];
    readonly github?: GitHubTrust;
}

/** ARNs of the account's OIDC providers (only those the trust needs). */
export interface OidcProviderArns {
    readonly pulumi?: string;
    readonly github?: string;
}

/** `sub` claims of Pulumi Deployments tokens for the role's operations on each project's stacks. */
export function pulumiSubjects(organization: string, projects: readonly PulumiTrust[], role: PipelineRole): string[] {
    return projects.flatMap(({ project, stacks, driftDetection }) => {
        const operations = role === "deploy" && driftDetection ? [...OPERATIONS.deploy, ...DRIFT_OPERATIONS] : OPERATIONS[role];
        return stacks.flatMap(stack => operations.map(operation =>
            `pulumi:deploy:org:${organization}:project:${project}:stack:${stack}:operation:${operation}:scope:write`));
    });
}

/**
 * `sub` claims of GitHub Actions tokens: the deploy role trusts jobs in the environment (or on the
 * branch when there is none), the preview role pull-request jobs.
 */
export function githubSubjects(github: GitHubTrust, role: PipelineRole): string[] {
    const [owner, repository] = github.repository.split("/");
    const repo = github.ownerId !== undefined && github.repositoryId !== undefined
        ? `${owner}@${github.ownerId}/${repository}@${github.repositoryId}`
        : github.repository;
    if (role === "preview") return [`repo:${repo}:pull_request`];
    return [github.environment !== undefined ? `repo:${repo}:environment:${github.environment}` : `repo:${repo}:ref:refs/heads/${github.branch}`];
}

function webIdentityStatement(Sid: string, providerArn: string, issuer: string, audience: string, subjects: readonly string[]): PolicyStatement {
    return {
        Sid,
        Effect: "Allow",
        Principal: { Federated: providerArn },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: { StringEquals: { [`${issuer}:aud`]: audience, [`${issuer}:sub`]: [...subjects] } },
    };
}

/** The trust policy of a pipeline's deploy or preview role. */
export function pipelineTrustPolicy(trust: PipelineTrust, role: PipelineRole, providers: OidcProviderArns): PolicyDocument {
    const statements: PolicyStatement[] = [];
    if (trust.pulumi.length > 0) {
        if (trust.pulumiOrganization === undefined || providers.pulumi === undefined) {
            throw new Error("a Pulumi trust needs the Pulumi organization and the account's Pulumi OIDC provider");
        }
        statements.push(webIdentityStatement("PulumiDeployments", providers.pulumi, PULUMI_ISSUER, trust.pulumiOrganization,
            pulumiSubjects(trust.pulumiOrganization, trust.pulumi, role)));
    }
    if (trust.github) {
        if (providers.github === undefined) throw new Error("a GitHub trust needs the account's GitHub OIDC provider");
        statements.push(webIdentityStatement("GitHubActions", providers.github, GITHUB_ISSUER, GITHUB_AUDIENCE, githubSubjects(trust.github, role)));
    }
    return policyDocument(...statements);
}
