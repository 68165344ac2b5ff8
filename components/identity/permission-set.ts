import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { PermissionSetConfig } from "../../config";

export interface PermissionSetArgs {
    readonly config: PermissionSetConfig;
    readonly instanceArn: pulumi.Input<string>;
    /** Region of the Identity Center instance. */
    readonly region: string;
    /** The management account's provider: Identity Center is administered there. */
    readonly provider: aws.Provider;
}

/** A permission set and the policies that make it up; assignments provision it into accounts. */
export class PermissionSet extends pulumi.ComponentResource {
    public readonly arn: pulumi.Output<string>;

    constructor(name: string, args: PermissionSetArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:identity:PermissionSet", name, {}, opts);
        const { config, instanceArn, region } = args;
        const childOpts = { parent: this, provider: args.provider };

        const permissionSet = new aws.ssoadmin.PermissionSet(name, {
            instanceArn,
            region,
            name: config.name,
            description: config.description,
            sessionDuration: config.sessionDuration,
        }, childOpts);
        this.arn = permissionSet.arn;
        const attached = { instanceArn, region, permissionSetArn: permissionSet.arn };

        for (const managedPolicyArn of config.managedPolicies) {
            const policyName = managedPolicyArn.split(":policy/")[1];
            new aws.ssoadmin.ManagedPolicyAttachment(`${name}-${policyName}`, { ...attached, managedPolicyArn }, childOpts);
        }
        for (const reference of config.customerManagedPolicies) {
            new aws.ssoadmin.CustomerManagedPolicyAttachment(`${name}-${reference.name}`, {
                ...attached,
                customerManagedPolicyReference: { name: reference.name, path: reference.path ?? "/" },
            }, childOpts);
        }
        if (config.inlinePolicy) {
            new aws.ssoadmin.PermissionSetInlinePolicy(`${name}-inline`, { ...attached, inlinePolicy: JSON.stringify(config.inlinePolicy) }, childOpts);
        }

        this.registerOutputs({ arn: this.arn });
    }
}
