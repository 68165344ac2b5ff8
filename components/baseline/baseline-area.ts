import type * as pulumi from "@pulumi/pulumi";
import { deferredSettings, type FoundationConfig } from "../../config";
import { Area } from "../area";
import { type AccountDirectory, allAccounts } from "../organization/account-directory";
import { AccountBaseline } from "./account-baseline";

export interface BaselineAreaArgs {
    readonly config: FoundationConfig["baseline"];
    readonly regions: readonly string[];
    readonly accounts: AccountDirectory;
}

/** The account baseline in every account, the management account's included. */
export class BaselineArea extends Area {
    constructor(name: string, args: BaselineAreaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:baseline:BaselineArea", name, opts);
        const management = args.accounts.management;
        for (const account of allAccounts(args.accounts)) {
            new AccountBaseline(`${name}-${account.key}-baseline`, {
                provider: account.provider,
                regions: args.regions,
                config: args.config,
                // The management account's own settings need no account id.
                accountId: account === management ? undefined : account.id,
                managementProvider: management.provider,
                deferred: deferredSettings(args.config, account.key),
            }, this.part());
        }
        this.registerOutputs({});
    }
}
