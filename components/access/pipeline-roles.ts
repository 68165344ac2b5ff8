import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { PolicyDocument } from "../iam-document";
import type { OidcProviders } from "./oidc-providers";
import { pipelineTrustPolicy, type PipelineRole, type PipelineTrust } from "./trust";

/** What one of the two roles may do. */
export interface RolePermissions {
    readonly managedPolicyArns: readonly string[];
    readonly inlinePolicy: PolicyDocument;
}

export interface PipelineRolesArgs {
    readonly names: Readonly<Record<PipelineRole, string>>;
    readonly trust: PipelineTrust;
    readonly oidc: OidcProviders;
    readonly permissions: Readonly<Record<PipelineRole, RolePermissions>>;
    /** Said in each role's description: whose pipeline it is. */
    readonly purpose: string;
    /** The account's provider. */
    readonly provider: aws.Provider;
}

/** One-hour sessions: a pipeline run that needs longer signs in again. */
export const PIPELINE_SESSION_SECONDS = 3600;

/**
 * A pipeline's two roles, assumed through OIDC only: `deploy` for update, refresh and destroy from
 * the trusted branch or environment, `preview` (read-only) for previews and pull requests.
 */
export class PipelineRoles extends pulumi.ComponentResource {
    public readonly deployRoleArn: pulumi.Output<string>;
    public readonly previewRoleArn: pulumi.Output<string>;

    constructor(name: string, args: PipelineRolesArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:access:PipelineRoles", name, {}, opts);
        const childOpts = { parent: this, provider: args.provider };
        const providers = pulumi.all({ pulumi: args.oidc.pulumiArn, github: args.oidc.githubArn });

        const arns = {} as Record<PipelineRole, pulumi.Output<string>>;
        for (const role of ["deploy", "preview"] as const) {
            const permissions = args.permissions[role];
            const iamRole = new aws.iam.Role(`${name}-${role}`, {
                name: args.names[role],
                description: `${role === "deploy" ? "Deploys" : "Previews (read-only)"} ${args.purpose}; assumed through OIDC only`,
                assumeRolePolicy: providers.apply(p => JSON.stringify(pipelineTrustPolicy(args.trust, role, p))),
                maxSessionDuration: PIPELINE_SESSION_SECONDS,
            }, childOpts);
            for (const policyArn of permissions.managedPolicyArns) {
                new aws.iam.RolePolicyAttachment(`${name}-${role}-${policyArn.split(":policy/")[1]}`, { role: iamRole.name, policyArn }, childOpts);
            }
            new aws.iam.RolePolicy(`${name}-${role}-policy`, { role: iamRole.name, policy: JSON.stringify(permissions.inlinePolicy) }, childOpts);
            arns[role] = iamRole.arn;
        }
        this.deployRoleArn = arns.deploy;
        this.previewRoleArn = arns.preview;
        this.registerOutputs({ deployRoleArn: this.deployRoleArn, previewRoleArn: this.previewRoleArn });
    }
}
