import type * as pulumi from "@pulumi/pulumi";
import type { FoundationConfig } from "../../config";
import { Area } from "../area";
import { type AccountDirectory, accountIds } from "../organization/account-directory";
import { IdentityCenter } from "./identity-center";
import type { IdentityCenterInstance } from "./instance";

export interface IdentityAreaArgs {
    readonly config: NonNullable<FoundationConfig["identity"]>;
    /** The instance findIdentityCenter found. */
    readonly instance: IdentityCenterInstance;
    /** The accounts' keys and OUs, which permission set targets name. */
    readonly accountConfigs: FoundationConfig["accounts"];
    readonly accounts: AccountDirectory;
}

/** People, through IAM Identity Center, administered from the management account. */
export class IdentityArea extends Area {
    public readonly identityCenter: IdentityCenter;

    constructor(name: string, args: IdentityAreaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:identity:IdentityArea", name, opts);
        this.identityCenter = new IdentityCenter(`${name}-identity`, {
            instance: args.instance,
            config: args.config,
            accounts: args.accountConfigs,
            accountIds: accountIds(args.accounts),
            provider: args.accounts.management.provider,
        }, this.part());
        this.registerOutputs({ instanceArn: this.identityCenter.instanceArn });
    }
}
