import type * as pulumi from "@pulumi/pulumi";
import type { FoundationConfig } from "../../config";
import { Area } from "../area";
import type { LogArchive } from "../logging/log-archive";
import { type AccountDirectory, allAccounts } from "../organization/account-directory";
import type { DelegatedAdministrators } from "../organization/delegated-administrators";
import { AccessAnalyzer } from "./access-analyzer";
import { ConfigAggregator } from "./config-aggregator";
import { ConfigRecorder } from "./config-recorder";
import { GuardDuty } from "./guardduty";
import { SecurityHub } from "./security-hub";

export interface DetectionAreaArgs {
    readonly config: FoundationConfig["detection"];
    readonly organization: Pick<FoundationConfig["organization"], "name" | "homeRegion" | "allowedRegions" | "managementAccount">;
    readonly rootId: pulumi.Input<string>;
    readonly accounts: AccountDirectory;
    /** Where findings are exported and Config delivers. */
    readonly logArchive: Pick<LogArchive, "trailBucket" | "configBucket" | "kmsKeyArn">;
    /** The audit account's registrations as delegated administrator. */
    readonly delegatedAdministrators: DelegatedAdministrators;
    /** GuardDuty's administrator registration needs the organization's trusted access first. */
    readonly organizationResource: pulumi.Resource;
}

/** Detection, administered from the audit account: GuardDuty, Security Hub, AWS Config and IAM Access Analyzer. */
export class DetectionArea extends Area {
    public readonly guardDuty: GuardDuty;
    public readonly securityHub: SecurityHub;
    public readonly accessAnalyzer: AccessAnalyzer;

    constructor(name: string, args: DetectionAreaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:detection:DetectionArea", name, opts);
        const { config, organization: org, accounts, logArchive, delegatedAdministrators } = args;
        const regions = org.allowedRegions;
        const homeRegion = org.homeRegion;
        const audit = accounts.audit;

        this.guardDuty = new GuardDuty(`${name}-guardduty`, {
            regions,
            auditAccountId: audit.id,
            managementAccount: org.managementAccount,
            config: config.guardDuty,
            ...(config.guardDuty.exportFindings && {
                findingsExport: {
                    bucketArn: logArchive.trailBucket.bucketArn,
                    kmsKeyArn: logArchive.kmsKeyArn,
                    ready: [logArchive.trailBucket.policy],
                },
            }),
            organization: args.organizationResource,
            // Where the skeleton registered GuardDuty's administrator.
            registrationAliases: region => [{ name: `${name}-delegated-admins-guardduty-${region}`, parent: delegatedAdministrators.urn }],
            auditProvider: audit.provider,
            managementProvider: accounts.management.provider,
        }, this.part());

        this.securityHub = new SecurityHub(`${name}-security-hub`, {
            organizationName: org.name,
            homeRegion,
            regions,
            rootId: args.rootId,
            config: config.securityHub,
            registration: delegatedAdministrators.securityHub,
            auditProvider: audit.provider,
        }, this.part());

        for (const account of allAccounts(accounts)) {
            new ConfigRecorder(`${name}-${account.key}-config-recorder`, {
                homeRegion,
                regions,
                config: config.config,
                delivery: {
                    bucketName: logArchive.configBucket.bucketName,
                    kmsKeyArn: logArchive.kmsKeyArn,
                    ready: [logArchive.configBucket.policy],
                },
                provider: account.provider,
            }, this.part());
        }

        new ConfigAggregator(`${name}-config-aggregator`, {
            organizationName: org.name,
            homeRegion,
            regions,
            auditAccountId: audit.id,
            registrations: [delegatedAdministrators.services["config.amazonaws.com"], delegatedAdministrators.services["config-multiaccountsetup.amazonaws.com"]],
            auditProvider: audit.provider,
        }, this.part());

        this.accessAnalyzer = new AccessAnalyzer(`${name}-access-analyzer`, {
            organizationName: org.name,
            homeRegion,
            regions,
            config: config.accessAnalyzer,
            registration: delegatedAdministrators.services["access-analyzer.amazonaws.com"],
            auditProvider: audit.provider,
            managementProvider: accounts.management.provider,
        }, this.part());

        this.registerOutputs({});
    }
}
