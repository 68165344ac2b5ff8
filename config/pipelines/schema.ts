import { z } from "zod";
import { AWS_MANAGED_POLICY } from "../../catalog/iam-lists";
import type { Parsed } from "../area";
import { accountKey, slug } from "../primitives";

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

/** The deploy role of a workload pipeline, unless config lists its policies. */
export const DEFAULT_WORKLOAD_DEPLOY_POLICIES: readonly string[] = [`${AWS_MANAGED_POLICY}/PowerUserAccess`];

const PulumiTrustSchema = z.strictObject({
    project: pulumiName("project").describe("The Pulumi project."),
    stacks: z.array(pulumiName("stack")).min(1, "must list at least one stack").describe("Its stacks, by exact name (no wildcard)."),
    driftDetection: z.boolean().optional().describe(
        "These stacks run Pulumi Cloud drift detection (a drift schedule): the deploy role also trusts the drift runs' operations, `detect-drift` and `remediate-drift`. Default false.",
    ),
}).describe("Which Pulumi stacks may assume the roles.");

const GitHubTrustSchema = z.strictObject({
    repository: z.string().regex(GITHUB_REPOSITORY, "is not a GitHub repository as owner/name").describe("`owner/name`."),
    environment: z.string().regex(/^[^\s:][^:]{0,254}$/, "is not a GitHub environment name").optional()
        .describe("The deploy role trusts jobs in this environment (recommended: GitHub can require reviewers for it)."),
    branch: gitBranch.optional().describe("Without an environment: the deploy role trusts jobs on this branch."),
    ownerId: z.string().regex(/^\d{1,20}$/, "is not a numeric GitHub id").optional().describe(
        "Numeric id of the owner, for repositories whose OIDC subject names them by id (`repo:OWNER@ID/REPO@ID:...`, the default for repositories created since July 2026).",
    ),
    repositoryId: z.string().regex(/^\d{1,20}$/, "is not a numeric GitHub id").optional().describe("Numeric id of the repository: with ownerId, both or neither."),
}).describe("Which GitHub Actions jobs may assume the roles: the deploy role trusts jobs in `environment` or on `branch` (exactly one of them); " +
    "the preview role trusts pull-request jobs of the repository.");

export const PipelinesSchema = z.strictObject({
    pulumiOrganization: pulumiName("organization").optional().describe("Your Pulumi Cloud organization: the audience of Pulumi's OIDC tokens. Required once any role trusts Pulumi stacks (foundation, or a workload's pulumi)."),
    foundation: z.strictObject({
        project: pulumiName("project").optional().describe("Default: this program's project name (Pulumi.yaml)."),
        stacks: z.array(pulumiName("stack")).min(1, "must list at least one stack").describe("This project's stacks the roles trust."),
        github: GitHubTrustSchema.optional(),
    }).optional().describe("Roles for this foundation's own stacks, in the management account."),
    workloads: z.array(z.strictObject({
        name: slug("pipeline name", 40).describe("Names the roles: `<organization>-<name>-deploy` and `-preview`, which IAM limits to 64 characters (lowercase letters, digits and hyphens). `foundation` is reserved."),
        account: accountKey.describe("Key of the member account the roles live in, declared in foundation:accounts (not `management`)."),
        pulumi: z.array(PulumiTrustSchema).min(1, "must list at least one project").default([]).describe("Pulumi projects and stacks the roles trust."),
        github: GitHubTrustSchema.optional(),
        deployPolicies: z.array(z.string().regex(/^arn:aws:iam::aws:policy\/[\w+=,.@/-]+$/, "is not an AWS managed policy ARN (arn:aws:iam::aws:policy/...)"))
            .min(1, "must list at least one policy").default(() => [...DEFAULT_WORKLOAD_DEPLOY_POLICIES]).describe("AWS managed policies of the deploy role; AdministratorAccess warns."),
    })).default([]).describe("Roles for workload stacks, in member accounts."),
}).optional().describe("IAM roles that pipelines assume through OpenID Connect (Pulumi Deployments, GitHub Actions): for this foundation's stacks and for workload stacks.");

export type RawPipelines = z.input<typeof PipelinesSchema>;
export type PipelinesConfig = NonNullable<Parsed<typeof PipelinesSchema>>;
