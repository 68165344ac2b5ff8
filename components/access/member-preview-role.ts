import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { READ_ONLY_ACCESS } from "../../catalog/iam-lists";
import { policyDocument } from "../../catalog/iam-document";
import { readOnlyPolicy } from "./documents";
import { roleWithPolicies } from "./pipeline-roles";

export interface MemberPreviewRoleArgs {
    /** Same name as the foundation's preview role in the management account. */
    readonly roleName: string;
    /** ARN of the foundation's preview role, the only principal trusted. */
    readonly previewRoleArn: pulumi.Input<string>;
    /** The member account's provider. */
    readonly provider: aws.Provider;
}

/**
 * A read-only role in a member account for the foundation's previews: with FOUNDATION_READ_ONLY=true
 * the member providers assume it instead of the account access role, so a preview cannot change anything.
 */
export class MemberPreviewRole extends pulumi.ComponentResource {
    public readonly arn: pulumi.Output<string>;

    constructor(name: string, args: MemberPreviewRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:access:MemberPreviewRole", name, {}, opts);
        const role = roleWithPolicies(name, {
            name: args.roleName,
            description: "Read-only access for the foundation's previews; assumed by its preview role only",
            assumeRolePolicy: pulumi.output(args.previewRoleArn).apply(arn => JSON.stringify(policyDocument({
                Sid: "FoundationPreview", Effect: "Allow", Principal: { AWS: arn }, Action: "sts:AssumeRole",
            }))),
        }, { managedPolicyArns: [READ_ONLY_ACCESS], inlinePolicy: readOnlyPolicy() }, { parent: this, provider: args.provider });
        this.arn = role.arn;
        this.registerOutputs({ arn: this.arn });
    }
}
