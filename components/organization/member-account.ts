import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as time from "@pulumiverse/time";
import type { AccountConfig } from "../../config";

/**
 * How long a new account's access role takes to become assumable. Organizations reports the
 * account as created before IAM in the new account has caught up; without the wait the first
 * `pulumi up` fails on the member provider.
 */
export const NEW_ACCOUNT_READY_WAIT = "120s";

export interface MemberAccountArgs {
    readonly account: AccountConfig;
    /** Id of the OU the account belongs in. */
    readonly parentId: pulumi.Input<string>;
    /** Role Organizations creates in the account, assumed by the account's provider. */
    readonly accessRoleName: string;
    /** Role the provider assumes instead, e.g. a read-only one for previews. Default: accessRoleName. */
    readonly providerRoleName?: string;
    /** Region of the account's provider; regional resources set their own `region`. */
    readonly region: string;
    /** Session name the provider uses, visible in the account's CloudTrail. */
    readonly sessionName: string;
    /** Named AWS profile for the credentials the provider starts from (else the environment's). */
    readonly profile?: string;
    /** Provider of the management account, which creates the account. */
    readonly managementProvider: aws.Provider;
}

/** A member account and the one provider that reaches into it. */
export class MemberAccount extends pulumi.ComponentResource {
    public readonly accountId: pulumi.Output<string>;
    /** Assumes the account's access role and refuses to act on any other account. */
    public readonly provider: aws.Provider;

    constructor(name: string, args: MemberAccountArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:organization:MemberAccount", name, {}, opts);
        const { account } = args;

        const awsAccount = new aws.organizations.Account(name, {
            name: account.name,
            email: account.email,
            parentId: args.parentId,
            closeOnDeletion: account.closeOnDeletion,
            roleName: args.accessRoleName,
            iamUserAccessToBilling: "ALLOW",
        }, {
            parent: this,
            provider: args.managementProvider,
            protect: true,
            import: account.importId,
            // Both are create-only and never returned by the Organizations API: without this an
            // imported account shows a diff forever, and a change would try to replace the account.
            ignoreChanges: ["roleName", "iamUserAccessToBilling"],
        });
        this.accountId = awsAccount.id;

        // An adopted account already exists: its role is assumable now.
        const ready = account.importId === undefined
            ? [new time.Sleep(`${name}-ready`, { createDuration: NEW_ACCOUNT_READY_WAIT }, { parent: this, dependsOn: [awsAccount] })]
            : [];

        this.provider = new aws.Provider(`${name}-provider`, {
            region: args.region,
            allowedAccountIds: [awsAccount.id],
            assumeRoles: [{
                roleArn: pulumi.interpolate`arn:aws:iam::${awsAccount.id}:role/${args.providerRoleName ?? args.accessRoleName}`,
                sessionName: args.sessionName,
            }],
            profile: args.profile,
        }, { parent: this, dependsOn: ready });

        this.registerOutputs({ accountId: this.accountId });
    }
}
