import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { PolicyDocument } from "../../catalog/iam-document";
import type { OidcProviders } from "./oidc-providers";
import { pipelineTrustPolicy, type PipelineRole, type PipelineTrust } from "../../catalog/access/trust";

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

/** A role with one-hour sessions, its AWS managed policies attached and its inline policy. */
export function roleWithPolicies(name: string, args: aws.iam.RoleArgs, permissions: RolePermissions, opts: pulumi.CustomResourceOptions): aws.iam.Role {
    const role = new aws.iam.Role(name, { ...args, maxSessionDuration: PIPELINE_SESSION_SECONDS }, opts);
    for (const policyArn of permissions.managedPolicyArns) {
        new aws.iam.RolePolicyAttachment(`${name}-${policyArn.split(":policy/")[1]}`, { role: role.name, policyArn }, opts);
    }
    new aws.iam.RolePolicy(`${name}-policy`, { role: role.name, policy: JSON.stringify(permissions.inlinePolicy) }, opts);
    return role;
}

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

        const roleArn = (role: PipelineRole) => roleWithPolicies(`${name}-${role}`, {
            name: args.names[role],
            description: `${role === "deploy" ? "Deploys" : "Previews (read-only)"} ${args.purpose}; assumed through OIDC only`,
            assumeRolePolicy: providers.apply(p => JSON.stringify(pipelineTrustPolicy(args.trust, role, p))),
        }, args.permissions[role], childOpts).arn;
        this.deployRoleArn = roleArn("deploy");
        this.previewRoleArn = roleArn("preview");
        this.registerOutputs({ deployRoleArn: this.deployRoleArn, previewRoleArn: this.previewRoleArn });
    }
}
