import * as pulumi from "@pulumi/pulumi";
import { driftDetectedStacks, FOUNDATION_PIPELINE, foundationPulumiTrust, type FoundationConfig, pipelineRoleNames } from "../../config";
import { READ_ONLY_ACCESS } from "../../catalog/iam-lists";
import { Area } from "../area";
import type { AccountDirectory } from "../organization/account-directory";
import { foundationDeployPolicy, foundationPreviewPolicy, readOnlyPolicy, workloadDeployPolicy } from "./documents";
import { MemberPreviewRole } from "./member-preview-role";
import { OidcProviders } from "./oidc-providers";
import { PipelineRoles } from "./pipeline-roles";

export interface PipelinesAreaArgs {
    readonly config: NonNullable<FoundationConfig["pipelines"]>;
    readonly organization: Pick<FoundationConfig["organization"], "name" | "accountAccessRoleName">;
    /** Which stacks foundation:pulumiCloud runs drift detection for: their drift runs are trusted too. */
    readonly pulumiCloud: FoundationConfig["pulumiCloud"];
    readonly accounts: AccountDirectory;
}

/** Pipeline role ARNs, for stack outputs. */
export interface PipelineRoleArns {
    readonly deploy: pulumi.Output<string>;
    readonly preview: pulumi.Output<string>;
}

/** Pipelines, through OIDC: the foundation's own roles in management, workload roles in member accounts. */
export class PipelinesArea extends Area {
    /** The foundation's own pipeline roles, when foundation:pipelines.foundation is configured. */
    public readonly foundationPipeline?: PipelineRoleArns;
    /** Workload pipeline roles by pipeline name. */
    public readonly workloadPipelines: Record<string, PipelineRoleArns> = {};

    constructor(name: string, args: PipelinesAreaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:access:PipelinesArea", name, opts);
        const { config: pipelines, organization: org, accounts } = args;

        if (pipelines.foundation) {
            const { foundation } = pipelines;
            const roleNames = pipelineRoleNames(org.name, FOUNDATION_PIPELINE);
            const oidc = new OidcProviders(`${name}-management-oidc`, {
                pulumiOrganization: pipelines.pulumiOrganization,
                github: foundation.github !== undefined,
                provider: accounts.management.provider,
            }, this.part());
            const roles = new PipelineRoles(`${name}-pipeline-foundation`, {
                names: roleNames,
                purpose: "this AWS foundation",
                trust: {
                    pulumiOrganization: pipelines.pulumiOrganization,
                    pulumi: foundationPulumiTrust(foundation.project ?? pulumi.getProject(), foundation.stacks, driftDetectedStacks(args.pulumiCloud, foundation.stacks)),
                    github: foundation.github,
                },
                oidc,
                permissions: {
                    deploy: { managedPolicyArns: [], inlinePolicy: foundationDeployPolicy(org.accountAccessRoleName) },
                    preview: { managedPolicyArns: [READ_ONLY_ACCESS], inlinePolicy: foundationPreviewPolicy(roleNames.preview) },
                },
                provider: accounts.management.provider,
            }, this.part());
            this.foundationPipeline = { deploy: roles.deployRoleArn, preview: roles.previewRoleArn };
            // foundation:pulumiCloud is applied by the pulumi-cloud project with an organization admin's token:
            // this stack's own deployments hold a token for this stack only (docs/pulumi-cloud.md).
            for (const account of Object.values(accounts.members)) {
                new MemberPreviewRole(`${name}-${account.key}-preview-role`, {
                    roleName: roleNames.preview,
                    previewRoleArn: roles.previewRoleArn,
                    provider: account.provider,
                }, this.part());
            }
        }

        // One set of OIDC providers per account that runs workloads, shared by its workloads' roles.
        const workloads = pipelines.workloads ?? [];
        for (const accountKey of new Set(workloads.map(w => w.account))) {
            const inAccount = workloads.filter(w => w.account === accountKey);
            const provider = accounts.members[accountKey].provider;
            const oidc = new OidcProviders(`${name}-${accountKey}-oidc`, {
                pulumiOrganization: inAccount.some(w => w.pulumi.length > 0) ? pipelines.pulumiOrganization : undefined,
                github: inAccount.some(w => w.github !== undefined),
                provider,
            }, this.part());
            for (const workload of inAccount) {
                const roles = new PipelineRoles(`${name}-pipeline-${workload.name}`, {
                    names: pipelineRoleNames(org.name, workload.name),
                    purpose: `the ${workload.name} workload in account ${accountKey}`,
                    trust: { pulumiOrganization: pipelines.pulumiOrganization, pulumi: workload.pulumi, github: workload.github },
                    oidc,
                    permissions: {
                        deploy: { managedPolicyArns: workload.deployPolicies, inlinePolicy: workloadDeployPolicy() },
                        preview: { managedPolicyArns: [READ_ONLY_ACCESS], inlinePolicy: readOnlyPolicy() },
                    },
                    provider,
                }, this.part());
                this.workloadPipelines[workload.name] = { deploy: roles.deployRoleArn, preview: roles.previewRoleArn };
            }
        }

        this.registerOutputs({ foundationPipeline: this.foundationPipeline, workloadPipelines: this.workloadPipelines });
    }
}
