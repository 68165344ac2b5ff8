import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface RootAccessArgs {
    /** The organization: trusted access for IAM must be enabled first. */
    readonly organization: pulumi.Resource;
    /** The management account's provider. */
    readonly provider: aws.Provider;
}

/** IAM features of centralized root access (IAM user guide, id_root-enable-root-access). */
export const ROOT_ACCESS_FEATURES: readonly string[] = ["RootCredentialsManagement", "RootSessions"];

/**
 * Centralized root access: member accounts can be created without root credentials and existing ones
 * deleted, and the few tasks that need root run as short root sessions started from the management account.
 */
export class RootAccess extends pulumi.ComponentResource {
    constructor(name: string, args: RootAccessArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:guardrails:RootAccess", name, {}, opts);
        new aws.iam.OrganizationsFeatures(name, { enabledFeatures: [...ROOT_ACCESS_FEATURES] }, { parent: this, provider: args.provider, dependsOn: [args.organization] });
        this.registerOutputs({});
    }
}
