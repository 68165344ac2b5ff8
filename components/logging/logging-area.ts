import type * as pulumi from "@pulumi/pulumi";
import type { FoundationConfig } from "../../config";
import { Area } from "../area";
import { type AccountDirectory, allAccounts } from "../organization/account-directory";
import { trailArn } from "./documents";
import { LogArchive } from "./log-archive";
import { OrganizationTrail } from "./organization-trail";

export interface LoggingAreaArgs {
    readonly config: FoundationConfig["logging"];
    readonly organization: Pick<FoundationConfig["organization"], "name" | "homeRegion">;
    readonly organizationId: pulumi.Input<string>;
    readonly accounts: AccountDirectory;
    /** The trail needs the organization's trusted access for CloudTrail first. */
    readonly organizationResource: pulumi.Resource;
}

/** Evidence: the log archive, then the organization trail that writes to it. */
export class LoggingArea extends Area {
    public readonly logArchive: LogArchive;
    public readonly trail: OrganizationTrail;

    constructor(name: string, args: LoggingAreaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:logging:LoggingArea", name, opts);
        const { config, organization: org, accounts } = args;
        const managementAccountId = accounts.management.id;

        this.logArchive = new LogArchive(`${name}-logs`, {
            organizationName: org.name,
            region: org.homeRegion,
            organizationId: args.organizationId,
            managementAccountId,
            logArchiveAccountId: accounts.logArchive.id,
            auditAccountId: accounts.audit.id,
            configSourceAccountIds: allAccounts(accounts).map(account => account.id),
            trailArn: trailArn(org.homeRegion, managementAccountId, config.trail.name),
            config,
            provider: accounts.logArchive.provider,
        }, this.part());

        this.trail = new OrganizationTrail(`${name}-organization-trail`, {
            organizationName: org.name,
            region: org.homeRegion,
            managementAccountId,
            organizationId: args.organizationId,
            config: config.trail,
            bucket: this.logArchive.trailBucket,
            kmsKeyArn: this.logArchive.kmsKeyArn,
            organization: args.organizationResource,
            provider: accounts.management.provider,
        }, this.part());

        this.registerOutputs({ trailArn: this.trail.trailArn, kmsKeyArn: this.logArchive.kmsKeyArn });
    }
}
