import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { FoundationConfig } from "../config";
import { AccountBaseline } from "./baseline";
import { AccessAnalyzer, ConfigAggregator, ConfigRecorder, GuardDuty, SecurityHub } from "./detection";
import { LogArchive, OrganizationTrail, trailArn } from "./logging";
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
    public readonly logArchive: LogArchive;
    public readonly trail: OrganizationTrail;

    constructor(name: string, args: FoundationArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:index:Foundation", name, {}, opts);
        const { organization: org, logging, detection } = args.config;
        const regions = org.allowedRegions;
        const homeRegion = org.homeRegion;

        this.managementProvider = new aws.Provider(`${name}-management`, {
            region: homeRegion,
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
                region: homeRegion,
                sessionName: `${org.name}-foundation`,
                profile: args.profile,
                managementProvider: this.managementProvider,
            }, { parent: this });
        }
        const logArchiveAccount = this.accounts[org.logArchiveAccount];
        const auditAccount = this.accounts[org.auditAccount];
        const allAccounts = [
            { key: "management", provider: this.managementProvider },
            ...Object.entries(this.accounts).map(([key, account]) => ({ key, provider: account.provider })),
        ];

        const delegatedAdministrators = new DelegatedAdministrators(`${name}-delegated-admins`, {
            auditAccountId: auditAccount.accountId,
            homeRegion,
            organization: this.organization,
            managementProvider: this.managementProvider,
        }, { parent: this });

        for (const { key, provider } of allAccounts) {
            new AccountBaseline(`${name}-${key}-baseline`, { provider, regions }, { parent: this });
        }

        // Evidence: the log archive, then the organization trail that writes to it.
        const organizationTrailArn = trailArn(homeRegion, org.managementAccount.id, logging.trail.name);
        this.logArchive = new LogArchive(`${name}-logs`, {
            organizationName: org.name,
            region: homeRegion,
            organizationId: this.organization.organizationId,
            managementAccountId: org.managementAccount.id,
            logArchiveAccountId: logArchiveAccount.accountId,
            auditAccountId: auditAccount.accountId,
            configSourceAccountIds: [org.managementAccount.id, ...Object.values(this.accounts).map(a => a.accountId)],
            trailArn: organizationTrailArn,
            config: logging,
            provider: logArchiveAccount.provider,
        }, { parent: this });

        this.trail = new OrganizationTrail(`${name}-organization-trail`, {
            organizationName: org.name,
            region: homeRegion,
            managementAccountId: org.managementAccount.id,
            organizationId: this.organization.organizationId,
            config: logging.trail,
            bucket: this.logArchive.trailBucket,
            kmsKeyArn: this.logArchive.kmsKeyArn,
            organization: this.organization,
            provider: this.managementProvider,
        }, { parent: this });

        // Detection, administered from the audit account.
        new GuardDuty(`${name}-guardduty`, {
            regions,
            auditAccountId: auditAccount.accountId,
            managementAccount: org.managementAccount,
            config: detection.guardDuty,
            ...(detection.guardDuty.exportFindings && {
                findingsExport: {
                    bucketArn: this.logArchive.trailBucket.bucketArn,
                    kmsKeyArn: this.logArchive.kmsKeyArn,
                    ready: [this.logArchive.trailBucket.policy],
                },
            }),
            organization: this.organization,
            // Where the skeleton registered GuardDuty's administrator.
            registrationAliases: region => [{ name: `${name}-delegated-admins-guardduty-${region}`, parent: delegatedAdministrators }],
            auditProvider: auditAccount.provider,
            managementProvider: this.managementProvider,
        }, { parent: this });

        new SecurityHub(`${name}-security-hub`, {
            organizationName: org.name,
            homeRegion,
            regions,
            rootId: this.organization.rootId,
            config: detection.securityHub,
            registration: delegatedAdministrators.securityHub,
            auditProvider: auditAccount.provider,
        }, { parent: this });

        for (const { key, provider } of allAccounts) {
            new ConfigRecorder(`${name}-${key}-config-recorder`, {
                homeRegion,
                regions,
                config: detection.config,
                delivery: {
                    bucketName: this.logArchive.configBucket.bucketName,
                    kmsKeyArn: this.logArchive.kmsKeyArn,
                    ready: [this.logArchive.configBucket.policy],
                },
                provider,
            }, { parent: this });
        }

        new ConfigAggregator(`${name}-config-aggregator`, {
            organizationName: org.name,
            homeRegion,
            regions,
            auditAccountId: auditAccount.accountId,
            registrations: [delegatedAdministrators.services["config.amazonaws.com"], delegatedAdministrators.services["config-multiaccountsetup.amazonaws.com"]],
            auditProvider: auditAccount.provider,
        }, { parent: this });

        new AccessAnalyzer(`${name}-access-analyzer`, {
            organizationName: org.name,
            homeRegion,
            regions,
            config: detection.accessAnalyzer,
            registration: delegatedAdministrators.services["access-analyzer.amazonaws.com"],
            auditProvider: auditAccount.provider,
        }, { parent: this });

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
