import { z } from "zod";
import { GITHUB_REPOSITORY, gitBranch, pulumiName } from "./pipelines-schema";

/*
 * Shape of `foundation:pulumiCloud`: the Pulumi Cloud side of delivering this foundation. The
 * foundation's own program only validates it; the pulumi-cloud project (pulumi-cloud/) applies it with
 * an organization admin's token (docs/pulumi-cloud.md). Absent: nothing in Pulumi Cloud is managed.
 */

/** Five cron fields (minute hour day-of-month month day-of-week), as Pulumi Cloud schedules take them. */
const CRON = /^\S+ \S+ \S+ \S+ \S+$/;

export const PulumiCloudSchema = z.strictObject({
    /** Default: foundation:pipelines.pulumiOrganization. */
    pulumiOrganization: pulumiName("organization").optional(),
    /** The repository Pulumi Deployments checks out; default: foundation:pipelines.foundation.github.repository. */
    repository: z.string().regex(GITHUB_REPOSITORY, "is not a GitHub repository as owner/name").optional(),
    /** The branch a push to which deploys. */
    branch: gitBranch.optional(),
    /** Folder of Pulumi.yaml in the repository. */
    repoDir: z.string().regex(/^[^\s/][^\s]*$|^\.$/, "is not a relative folder path").optional(),
    /** This project's stacks to govern; default: foundation:pipelines.foundation.stacks. */
    stacks: z.array(pulumiName("stack")).min(1, "must list at least one stack").optional(),
    deployments: z.strictObject({
        /** Run `pulumi up` on a push to the branch. */
        deployCommits: z.boolean().optional(),
    }).optional(),
    policies: z.strictObject({
        /** preventative: a violation of a mandatory policy stops the operation; audit: it is only reported. */
        mode: z.enum(["preventative", "audit"], "must be preventative or audit").optional(),
        /** A policy config file (the format of `--policy-pack-config`), relative to the project folder. */
        configFile: z.string().regex(/\.json$/, "must be a .json file").optional(),
        /** Also enforce the pack on the workload stacks foundation:pipelines lists. */
        includeWorkloadStacks: z.boolean().optional(),
    }).optional(),
    driftDetection: z.strictObject({
        enabled: z.boolean().optional(),
        schedule: z.string().regex(CRON, "is not a cron expression of five fields (e.g. \"0 6 * * *\")").optional(),
        /** Run `pulumi up` to undo the drift found: off unless set. */
        autoRemediate: z.boolean().optional(),
    }).optional(),
    /** Removed after 0.1.0: the message says why. */
    approvals: z.custom(() => false, "was removed after 0.1.0: a Pulumi Cloud approval rule gates changes to an ESC environment, and no " +
        "environment holds this foundation's settings (its config is reviewed in pull requests, and the deploy workflow waits for " +
        "the reviewers of the GitHub environment production); remove the key, and the pulumi-cloud project deletes the rule it made").optional(),
});

export type RawPulumiCloud = z.infer<typeof PulumiCloudSchema>;
