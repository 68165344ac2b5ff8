import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { expandAssignments, type AccountConfig, type IdentityConfig } from "../../config";
import { PermissionSet } from "./permission-set";

export interface IdentityCenterArgs {
    readonly config: IdentityConfig;
    /** Member accounts with their OU paths, for OU targets. */
    readonly accounts: readonly Pick<AccountConfig, "key" | "ou">[];
    /** Account ids by account key, `management` included. */
    readonly accountIds: Readonly<Record<string, pulumi.Input<string>>>;
    /** The management account's provider. */
    readonly provider: aws.Provider;
}

/** What `pulumi up` prints when the organization has no Identity Center instance yet. */
export const NO_INSTANCE_MESSAGE =
    "IAM Identity Center is not enabled in this organization (region {region}). Enable it once in the management " +
    "account's console (IAM Identity Center > Enable, organization instance), then run again. AWS offers no API for " +
    "this step. To leave identity out, remove foundation:identity from the stack config.";

/** What the lookup found: the organization's Identity Center instance. */
interface Instance {
    readonly instanceArn: string;
    readonly identityStoreId: string;
}

/**
 * People's access through IAM Identity Center: groups, optional users, permission sets, and one
 * account assignment per group, permission set and account, OU targets expanded to their accounts.
 *
 * The instance is looked up before anything is registered (ComponentResource.initialize): when there
 * is none, the run stops with a plain message and no resource gets a missing instance as input.
 */
export class IdentityCenter extends pulumi.ComponentResource<Instance> {
    public readonly instanceArn: pulumi.Output<string>;
    public readonly identityStoreId: pulumi.Output<string>;

    constructor(name: string, args: IdentityCenterArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:identity:IdentityCenter", name, args as unknown as pulumi.Inputs, opts);
        const instance = this.getData();
        this.instanceArn = pulumi.output(instance.then(i => i.instanceArn));
        this.identityStoreId = pulumi.output(instance.then(i => i.identityStoreId));
    }

    protected async initialize(inputs: pulumi.Inputs, _opts?: pulumi.ComponentResourceOptions, name?: string): Promise<Instance> {
        const args = inputs as unknown as IdentityCenterArgs;
        const { config, provider } = args;
        const region = config.region;
        const childOpts = { parent: this, provider };

        const found = await aws.ssoadmin.getInstances({ region }, childOpts);
        if (found.arns.length === 0) {
            throw new pulumi.RunError(NO_INSTANCE_MESSAGE.replace("{region}", region));
        }
        const instanceArn = found.arns[0];
        const identityStoreId = found.identityStoreIds[0];

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
        return { instanceArn, identityStoreId };
    }
}
