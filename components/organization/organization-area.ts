import type * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { AccountConfig, FoundationConfig } from "../../config";
import { Area } from "../area";
import { type AccountDirectory, accountDirectory } from "./account-directory";
import { DelegatedAdministrators } from "./delegated-administrators";
import { MemberAccount } from "./member-account";
import { Organization } from "./organization";

export interface OrganizationAreaArgs {
    readonly config: Pick<FoundationConfig, "organization" | "organizationalUnits" | "accounts">;
    readonly managementProvider: aws.Provider;
    /** Role member providers assume instead of the account access role (the read-only preview role). */
    readonly providerRoleName?: string;
    /** Named AWS profile the member providers start from. */
    readonly profile?: string;
}

/** The organization, its OU tree, the member accounts and the delegated administrators; the account directory. */
export class OrganizationArea extends Area {
    public readonly organization: Organization;
    public readonly delegatedAdministrators: DelegatedAdministrators;
    /** Every account's id and provider, the management account's included. */
    public readonly directory: AccountDirectory;

    constructor(name: string, args: OrganizationAreaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:organization:OrganizationArea", name, opts);
        const org = args.config.organization;

        this.organization = new Organization(`${name}-organization`, {
            importId: org.importId,
            existing: org.existing,
            disable: org.disable,
            organizationalUnits: args.config.organizationalUnits,
            provider: args.managementProvider,
        }, this.part());

        const member = (account: AccountConfig) => new MemberAccount(`${name}-${account.key}`, {
            account,
            parentId: this.organization.organizationalUnitIds[account.ou],
            accessRoleName: org.accountAccessRoleName,
            ...(args.providerRoleName !== undefined && { providerRoleName: args.providerRoleName }),
            region: org.homeRegion,
            sessionName: `${org.name}-foundation`,
            profile: args.profile,
            managementProvider: args.managementProvider,
        }, this.part());
        this.directory = accountDirectory({
            managementAccountId: org.managementAccount.id,
            managementProvider: args.managementProvider,
            members: args.config.accounts.map(account => {
                const created = member(account);
                return { key: account.key, id: created.accountId, name: account.name, ouPath: account.ou, provider: created.provider };
            }),
            logArchiveAccount: org.logArchiveAccount,
            auditAccount: org.auditAccount,
        });

        this.delegatedAdministrators = new DelegatedAdministrators(`${name}-delegated-admins`, {
            auditAccountId: this.directory.audit.id,
            homeRegion: org.homeRegion,
            organization: this.organization,
            managementProvider: args.managementProvider,
        }, this.part());

        this.registerOutputs({ organizationId: this.organization.organizationId });
    }
}
