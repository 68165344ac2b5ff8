import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { expandAssignments, type AccountConfig, type IdentityConfig } from "../../config";
import type { IdentityCenterInstance } from "./instance";
import { PermissionSet } from "./permission-set";

export interface IdentityCenterArgs {
    readonly config: IdentityConfig;
    /** Member accounts with their OU paths, for OU targets. */
    readonly accounts: readonly Pick<AccountConfig, "key" | "ou">[];
    /** Account ids by account key, `management` included. */
    readonly accountIds: Readonly<Record<string, pulumi.Input<string>>>;
    /** The management account's provider. */
    readonly provider: aws.Provider;
    /** The organization's instance, found before anything was registered (findIdentityCenter). */
    readonly instance: IdentityCenterInstance;
}

/**
 * People's access through IAM Identity Center: groups, optional users, permission sets, and one
 * account assignment per group, permission set and account, OU targets expanded to their accounts.
 */
export class IdentityCenter extends pulumi.ComponentResource {
    public readonly instanceArn: pulumi.Output<string>;
    public readonly identityStoreId: pulumi.Output<string>;

    constructor(name: string, args: IdentityCenterArgs, opts?: pulumi.ComponentResourceOptions) {
        const { instance, ...inputs } = args;
        // The component's inputs as the engine has recorded them since 0.1.0: the instance is not one.
        super("foundation:identity:IdentityCenter", name, inputs as unknown as pulumi.Inputs, opts);
        const { config, provider } = args;
        const { instanceArn, identityStoreId } = instance;
        this.instanceArn = pulumi.output(instanceArn);
        this.identityStoreId = pulumi.output(identityStoreId);
        const region = config.region;
        const childOpts = { parent: this, provider };

        const groupIds: Record<string, pulumi.Output<string>> = {};
        for (const group of config.groups) {
            groupIds[group.name] = new aws.identitystore.Group(`${name}-group-${group.name}`, {
                identityStoreId,
                region,
                displayName: group.name,
                description: group.description,
            }, childOpts).groupId;
        }

        for (const person of config.users) {
            const user = new aws.identitystore.User(`${name}-user-${person.userName}`, {
                identityStoreId,
                region,
                userName: person.userName,
                displayName: `${person.givenName} ${person.familyName}`,
                name: { givenName: person.givenName, familyName: person.familyName },
                emails: { value: person.email, primary: true, type: "work" },
            }, childOpts);
            for (const group of person.groups) {
                new aws.identitystore.GroupMembership(`${name}-member-${group}/${person.userName}`, {
                    identityStoreId,
                    region,
                    groupId: groupIds[group],
                    memberId: user.userId,
                }, childOpts);
            }
        }

        const permissionSets: Record<string, PermissionSet> = {};
        for (const set of config.permissionSets) {
            permissionSets[set.name] = new PermissionSet(`${name}-${set.name}`, { config: set, instanceArn, region, provider }, { parent: this });
        }

        for (const { group, permissionSet, account } of expandAssignments(config.assignments, args.accounts)) {
            new aws.ssoadmin.AccountAssignment(`${name}-${group}/${permissionSet}/${account}`, {
                instanceArn,
                region,
                permissionSetArn: permissionSets[permissionSet].arn,
                principalType: "GROUP",
                principalId: groupIds[group],
                targetType: "AWS_ACCOUNT",
                targetId: args.accountIds[account],
            }, {
                ...childOpts,
                // Provisioned once its policies are attached, so the first sign-in already has them.
                dependsOn: [permissionSets[permissionSet]],
            });
        }
        this.registerOutputs({});
    }
}
