import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { FoundationConfig } from "../config";
import { AccountBaseline } from "./baseline";
import { DelegatedAdministrators, MemberAccount, Organization } from "./organization";

export interface FoundationArgs {
    /** Validated stack config with defaults (see config/). */
    readonly config: FoundationConfig;
    /** Named AWS profile the providers start from; by default the environment's credentials. */
    readonly profile?: string;
}

/** The root component: wires the organization, its accounts and each area together. */
export class Foundation extends pulumi.ComponentResource {
    public readonly managementProvider: aws.Provider;
    public readonly organization: Organization;
    /** Member accounts keyed by account key. */
    public readonly accounts: Record<string, MemberAccount>;

    constructor(name: string, args: FoundationArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:index:Foundation", name, {}, opts);
        const { organization: org } = args.config;
        const regions = org.allowedRegions;

        this.managementProvider = new aws.Provider(`${name}-management`, {
            region: org.homeRegion,
            allowedAccountIds: [org.managementAccount.id],
            profile: args.profile,
        }, { parent: this });

        this.organization = new Organization(`${name}-organization`, {
            importId: org.importId,
            organizationalUnits: args.config.organizationalUnits,
            provider: this.managementProvider,
        }, { parent: this });

        this.accounts = {};
        for (const account of args.config.accounts) {
            this.accounts[account.key] = new MemberAccount(`${name}-${account.key}`, {
                account,
                parentId: this.organization.organizationalUnitIds[account.ou],
                accessRoleName: org.accountAccessRoleName,
                region: org.homeRegion,
                sessionName: `${org.name}-foundation`,
                profile: args.profile,
                managementProvider: this.managementProvider,
            }, { parent: this });
        }

        new DelegatedAdministrators(`${name}-delegated-admins`, {
            auditAccountId: this.accounts[org.auditAccount].accountId,
            homeRegion: org.homeRegion,
            regions,
            organization: this.organization,
            managementProvider: this.managementProvider,
        }, { parent: this });

        new AccountBaseline(`${name}-management-baseline`, { provider: this.managementProvider, regions }, { parent: this });
        for (const [key, account] of Object.entries(this.accounts)) {
            new AccountBaseline(`${name}-${key}-baseline`, { provider: account.provider, regions }, { parent: this });
        }

        this.registerOutputs({
            organizationId: this.organization.organizationId,
            accountIds: this.accountIds(),
        });
    }

    /** Account ids keyed by account key. */
    accountIds(): pulumi.Output<Record<string, string>> {
        return pulumi.all(Object.fromEntries(Object.entries(this.accounts).map(([key, a]) => [key, a.accountId])));
    }
}
