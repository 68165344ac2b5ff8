import type * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { MANAGEMENT_ACCOUNT_KEY } from "../../config";

/** One account of the organization as every area sees it. */
export interface AccountEntry {
    /** Account key from config; `management` for the management account. */
    readonly key: string;
    readonly id: pulumi.Input<string>;
    /** Display name: the account's name from config, "management account" for the management account. */
    readonly name: string;
    /** OU path; empty for the management account. */
    readonly ouPath: string;
    /** The one provider that reaches into the account. */
    readonly provider: aws.Provider;
}

/** The management account: its id comes from config. */
export interface ManagementAccountEntry extends AccountEntry {
    readonly id: string;
}

/** The organization's accounts, built once by the Organization area and passed to every other area. */
export interface AccountDirectory {
    readonly management: ManagementAccountEntry;
    /** Member accounts by account key, in config order. */
    readonly members: Readonly<Record<string, AccountEntry>>;
    readonly logArchive: AccountEntry;
    readonly audit: AccountEntry;
}

/** The management account, then the member accounts in config order. */
export function allAccounts(directory: AccountDirectory): AccountEntry[] {
    return [directory.management, ...Object.values(directory.members)];
}

/** Member account ids by account key. */
export function memberAccountIds(directory: AccountDirectory): Record<string, pulumi.Input<string>> {
    return Object.fromEntries(Object.values(directory.members).map(account => [account.key, account.id]));
}

/** Every account's id by account key, the management account's under `management`. */
export function accountIds(directory: AccountDirectory): Record<string, pulumi.Input<string>> {
    return { [MANAGEMENT_ACCOUNT_KEY]: directory.management.id, ...memberAccountIds(directory) };
}

/** The directory of the management account's provider and the member accounts' entries. */
export function accountDirectory(args: {
    readonly managementAccountId: string;
    readonly managementProvider: aws.Provider;
    readonly members: readonly AccountEntry[];
    readonly logArchiveAccount: string;
    readonly auditAccount: string;
}): AccountDirectory {
    const members = Object.fromEntries(args.members.map(account => [account.key, account]));
    return {
        management: { key: MANAGEMENT_ACCOUNT_KEY, id: args.managementAccountId, name: "management account", ouPath: "", provider: args.managementProvider },
        members,
        logArchive: members[args.logArchiveAccount],
        audit: members[args.auditAccount],
    };
}
