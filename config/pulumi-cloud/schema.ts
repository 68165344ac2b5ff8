import { z } from "zod";
import { GITHUB_REPOSITORY, gitBranch, pulumiName } from "../pipelines/schema";

/*
 * Shape of `foundation:pulumiCloud`: the Pulumi Cloud side of delivering this foundation. The
 * foundation's own program only validates it; the pulumi-cloud project (pulumi-cloud/) applies it with
 * an organization admin's token (docs/pulumi-cloud.md). Absent: nothing in Pulumi Cloud is managed.
 */

/** Five cron fields (minute hour day-of-month month day-of-week), as Pulumi Cloud schedules take them. */
const CRON = /^\S+ \S+ \S+ \S+ \S+$/;

/** Drift detection runs daily at 06:00 UTC unless configured. */
export const DEFAULT_DRIFT_SCHEDULE = "0 6 * * *";

export const PulumiCloudSchema = z.strictObject({
    pulumiOrganization: pulumiName("organization").optional().describe(
        "Default: foundation:pipelines.pulumiOrganization, which it must equal when both are set: the deploy role trusts only that audience.",
    ),
    repository: z.string().regex(GITHUB_REPOSITORY, "is not a GitHub repository as owner/name").optional()
        .describe("The repository Pulumi Deployments checks out; default: foundation:pipelines.foundation.github.repository. One of the two is required."),
    branch: gitBranch.default("main").describe("The branch a push to which deploys."),
    repoDir: z.string().regex(/^[^\s/][^\s]*$|^\.$/, "is not a relative folder path").default(".").describe("Folder of Pulumi.yaml in the repository."),
    stacks: z.array(pulumiName("stack")).min(1, "must list at least one stack").optional()
        .describe("This project's stacks to govern, each one the deploy role trusts (in foundation:pipelines.foundation.stacks); default: all of those."),
    deployments: z.strictObject({
        deployCommits: z.boolean().default(true).describe("Run `pulumi up` on a push to the branch."),
    }).prefault({}).describe("Pulumi Deployments settings of the stacks."),
    policies: z.strictObject({
        mode: z.enum(["preventative", "audit"], "must be preventative or audit").default("preventative")
            .describe("preventative: a violation of a mandatory policy stops the operation; audit: it is only reported."),
        configFile: z.string().regex(/\.json$/, "must be a .json file").optional()
            .describe("A policy config file (the format of `--policy-pack-config`), relative to the project folder; read and checked at every run of the pulumi-cloud project."),
        includeWorkloadStacks: z.boolean().default(true).describe("Also enforce the pack on the workload stacks foundation:pipelines lists."),
    }).prefault({}).describe("The policy pack, published and enforced through a policy group."),
    driftDetection: z.strictObject({
        enabled: z.boolean().default(true).describe("Run drift detection on the stacks; the deploy role then also trusts their drift runs' operations (`detect-drift`, `remediate-drift`)."),
        schedule: z.string().regex(CRON, "is not a cron expression of five fields (e.g. \"0 6 * * *\")").default(DEFAULT_DRIFT_SCHEDULE)
            .describe("When, as five cron fields (UTC)."),
        autoRemediate: z.boolean().default(false).describe("Run `pulumi up` to undo the drift found."),
    }).prefault({}).describe("Pulumi Cloud drift detection schedules."),
    approvals: z.custom(() => false, "was removed after 0.1.0: a Pulumi Cloud approval rule gates changes to an ESC environment, and no " +
        "environment holds this foundation's settings (its config is reviewed in pull requests, and the deploy workflow waits for " +
        "the reviewers of the GitHub environment production); remove the key, and the pulumi-cloud project deletes the rule it made").optional()
        .describe("Removed after 0.1.0 (an approval rule gates only an ESC environment, and none holds these settings): setting it is an error that says why."),
}).optional().describe(
    "Pulumi Cloud as code, applied by the pulumi-cloud project (docs/pulumi-cloud.md); the foundation's program only checks it. Without it, nothing in " +
    "Pulumi Cloud is managed. Needs foundation:pipelines.foundation, whose deploy role Deployments signs in through. 0.1.0 called it " +
    "foundation:delivery: that key is refused with the upgrade steps.",
);

export type RawPulumiCloud = z.input<typeof PulumiCloudSchema>;
