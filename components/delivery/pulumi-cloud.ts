import * as pulumi from "@pulumi/pulumi";
import * as pulumiservice from "@pulumi/pulumiservice";
import type { PulumiCloudConfig } from "../../config";

export interface PulumiCloudArgs {
    readonly config: PulumiCloudConfig;
    /** The pulumiservice provider every resource uses, with a token allowed to manage them (docs/pulumi-cloud.md). */
    readonly provider: pulumiservice.Provider;
    /** This program's project, as the deploy role trusts it. */
    readonly project: string;
    /** The foundation's deploy role, which Deployments assumes through OIDC. */
    readonly deployRoleArn: pulumi.Input<string>;
    /** The pack to publish: its name, version (policy/package.json) and folder, relative to the project. */
    readonly policyPack: { readonly name: string; readonly version: string; readonly sourcePath: string };
    /** The policy config (the `--policy-pack-config` format) the policy group applies, if any. */
    readonly policyConfig?: Record<string, unknown>;
    /** Workload stacks the pack also governs, as `project/stack`. */
    readonly workloadStacks: readonly { readonly project: string; readonly stack: string }[];
}

/**
 * The Pulumi Cloud side of delivering the foundation: Deployments for each governed stack (git
 * source, push-to-deploy, OIDC into the deploy role), this repository's policy pack published and
 * enforced on those stacks (and the workload stacks) by a policy group, and drift detection. Built by
 * the pulumi-cloud project, every resource through its explicit pulumiservice provider: the
 * foundation's own deployments run with a token for their stack only, which cannot manage policy
 * packs and groups (pulumi/docs content/docs/deployments/operations/permissions.md).
 */
export class PulumiCloud extends pulumi.ComponentResource {
    constructor(name: string, args: PulumiCloudArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:delivery:PulumiCloud", name, {}, opts);
        const { config, project } = args;
        const organization = config.pulumiOrganization;
        const options = { parent: this, provider: args.provider };

        for (const stack of config.stacks) {
            new pulumiservice.DeploymentSettings(`${name}-${stack}-deployment-settings`, {
                organization, project, stack,
                sourceContext: { git: { branch: `refs/heads/${config.branch}`, repoDir: config.repoDir } },
                github: {
                    repository: config.repository,
                    deployCommits: config.deployCommits,
                    // One OIDC role per stack: the deploy role's trust refuses previews (operation:preview), and
                    // pull-request code must never run with it. Pull requests are previewed from GitHub Actions
                    // with the preview role instead (.github/workflows/pull-request.yml).
                    previewPullRequests: false,
                    pullRequestTemplate: false,
                },
                operationContext: {
                    oidc: { aws: { roleARN: args.deployRoleArn, sessionName: `pulumi-deployments-${stack}`, duration: "1h0m0s" } },
                    preRunCommands: ["npm ci"],
                    options: { skipInstallDependencies: true },
                },
            }, options);
            if (config.driftDetection.enabled) {
                new pulumiservice.DriftSchedule(`${name}-${stack}-drift-schedule`, {
                    organization, project, stack,
                    scheduleCron: config.driftDetection.schedule,
                    autoRemediate: config.driftDetection.autoRemediate,
                }, options);
            }
        }

        const pack = new pulumiservice.PolicyPack(`${name}-policy-pack`, {
            organization,
            name: args.policyPack.name,
            versionTag: args.policyPack.version,
            sourcePath: args.policyPack.sourcePath,
        }, options);
        const stacks = [
            ...config.stacks.map(stack => ({ name: stack, routingProject: project })),
            ...(config.policies.includeWorkloadStacks ? args.workloadStacks.map(w => ({ name: w.stack, routingProject: w.project })) : []),
        ];
        new pulumiservice.PolicyGroup(`${name}-policy-group`, {
            organizationName: organization,
            name: `${project}-guardrails`,
            entityType: "stacks",
            mode: config.policies.mode,
            stacks,
            policyPacks: [{ name: args.policyPack.name, versionTag: args.policyPack.version, ...(args.policyConfig && { config: args.policyConfig }) }],
        }, { ...options, dependsOn: [pack] });

        this.registerOutputs({});
    }
}
