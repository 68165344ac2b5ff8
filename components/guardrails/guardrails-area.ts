import type * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { type FoundationConfig, ROOT_TARGET } from "../../config";
import { Area } from "../area";
import { type AccountDirectory, memberAccountIds } from "../organization/account-directory";
import { Guardrails } from "./guardrails";
import { RootAccess } from "./root-access";

export interface GuardrailsAreaArgs {
    readonly config: FoundationConfig["guardrails"];
    readonly organizationName: string;
    readonly allowedRegions: readonly string[];
    readonly organizationId: pulumi.Input<string>;
    readonly rootId: pulumi.Input<string>;
    readonly organizationalUnitIds: Readonly<Record<string, pulumi.Input<string>>>;
    readonly accounts: AccountDirectory;
    /** The guardrails need the organization's policy types and trusted access in place first. */
    readonly organization: pulumi.Resource;
}

/** Prevention: the guardrails on the organization's root, OUs and accounts, and root access held centrally. */
export class GuardrailsArea extends Area {
    constructor(name: string, args: GuardrailsAreaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:guardrails:GuardrailsArea", name, opts);
        const provider: aws.Provider = args.accounts.management.provider;
        new Guardrails(`${name}-guardrails`, {
            config: args.config,
            organizationName: args.organizationName,
            allowedRegions: args.allowedRegions,
            organizationId: args.organizationId,
            // Where a guardrail can be attached: OU paths, member account keys and the root.
            targetIds: { ...args.organizationalUnitIds, ...memberAccountIds(args.accounts), [ROOT_TARGET]: args.rootId },
            organization: args.organization,
            provider,
        }, this.part());
        if (args.config.centralizedRootAccess) {
            new RootAccess(`${name}-root-access`, { organization: args.organization, provider }, this.part());
        }
        this.registerOutputs({});
    }
}
