import type { DeepReadonly, Parsed } from "../area";
import type { PipelinesConfig } from "../pipelines/schema";
import type { PulumiCloudSchema } from "./schema";

/**
 * foundation:pulumiCloud with what it takes from foundation:pipelines. Called only on a validated config,
 * where the checks made sure that the organization and repository are set in one of them.
 */
export function pulumiCloudWithDefaults(pulumiCloud: NonNullable<Parsed<typeof PulumiCloudSchema>>, pipelines: PipelinesConfig | undefined) {
    const foundation = pipelines?.foundation;
    return {
        pulumiOrganization: (pulumiCloud.pulumiOrganization ?? pipelines?.pulumiOrganization)!,
        repository: (pulumiCloud.repository ?? foundation?.github?.repository)!,
        branch: pulumiCloud.branch,
        repoDir: pulumiCloud.repoDir,
        /** The foundation's project as the deploy role trusts it; undefined: the project in Pulumi.yaml. */
        ...(foundation?.project !== undefined && { project: foundation.project }),
        stacks: pulumiCloud.stacks ?? foundation?.stacks ?? [],
        deployCommits: pulumiCloud.deployments.deployCommits,
        policies: pulumiCloud.policies,
        driftDetection: pulumiCloud.driftDetection,
    };
}

/** foundation:pulumiCloud with its defaults and what it takes from foundation:pipelines. */
export type PulumiCloudConfig = DeepReadonly<ReturnType<typeof pulumiCloudWithDefaults>>;
