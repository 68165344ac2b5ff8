import { z } from "zod";
import { accountKey, slug } from "./primitives";

/*
 * Shape of `foundation:pipelines`: IAM roles that pipelines assume through OpenID Connect, for this
 * foundation's own stacks and for workload stacks in member accounts. No key is ever stored.
 */

/** Pulumi organization, project and stack names: letters, digits, '-', '_' and '.'. */
const PULUMI_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const pulumiName = (what: string) => z.string().regex(PULUMI_NAME, `is not a valid Pulumi ${what} name: letters, digits, '.', '_' and '-'`);

/** `owner/repository` as GitHub spells it. */
export const GITHUB_REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** A git branch name as GitHub and Pulumi Deployments take it: `main`, not `refs/heads/main`. */
export const gitBranch = z.string().regex(/^[^\s:*?[\\]+$/, "is not a branch name").refine(b => !b.startsWith("refs/"), "is a ref: give the branch name only (main, not refs/heads/main)");

/** Which Pulumi stacks may assume the roles (exact names: no wildcard). */
const PulumiTrustSchema = z.strictObject({
    project: pulumiName("project"),
    stacks: z.array(pulumiName("stack")).min(1, "must list at least one stack"),
    /**
     * These stacks run Pulumi Cloud drift detection (a drift schedule): the deploy role also trusts the
     * drift runs' operations, `detect-drift` and `remediate-drift`. Default false.
     */
    driftDetection: z.boolean().optional(),
});

/**
 * Which GitHub Actions jobs may assume the roles: the deploy role trusts jobs in `environment` (or,
 * without one, on `branch`); the preview role trusts pull-request jobs of the repository.
 */
const GitHubTrustSchema = z.strictObject({
    repository: z.string().regex(GITHUB_REPOSITORY, "is not a GitHub repository as owner/name"),
    environment: z.string().regex(/^[^\s:][^:]{0,254}$/, "is not a GitHub environment name").optional(),
    branch: gitBranch.optional(),
    /**
     * Numeric ids of the owner and repository, for repositories whose OIDC subject names them by id
     * (`repo:OWNER@ID/REPO@ID:...`, the default for repositories created since July 2026).
     */
    ownerId: z.string().regex(/^\d{1,20}$/, "is not a numeric GitHub id").optional(),
    repositoryId: z.string().regex(/^\d{1,20}$/, "is not a numeric GitHub id").optional(),
});

export const PipelinesSchema = z.strictObject({
    /** Your Pulumi Cloud organization: the audience of Pulumi's OIDC tokens. */
    pulumiOrganization: pulumiName("organization").optional(),
    /** Roles for this foundation's own stacks, in the management account. */
    foundation: z.strictObject({
        /** Default: this program's project name (Pulumi.yaml). */
        project: pulumiName("project").optional(),
        stacks: z.array(pulumiName("stack")).min(1, "must list at least one stack"),
        github: GitHubTrustSchema.optional(),
    }).optional(),
    /** Roles for workload stacks, in member accounts. */
    workloads: z.array(z.strictObject({
        /** Names the roles: `<organization>-<name>-deploy` and `-preview`. */
        name: slug("pipeline name", 40),
        /** Key of the member account the roles live in. */
        account: accountKey,
        pulumi: z.array(PulumiTrustSchema).min(1, "must list at least one project").optional(),
        github: GitHubTrustSchema.optional(),
        /** AWS managed policies of the deploy role. Default: PowerUserAccess. */
        deployPolicies: z.array(z.string().regex(/^arn:aws:iam::aws:policy\/[\w+=,.@/-]+$/, "is not an AWS managed policy ARN (arn:aws:iam::aws:policy/...)")).min(1, "must list at least one policy").optional(),
    })).optional(),
});

export type RawPipelines = z.infer<typeof PipelinesSchema>;
