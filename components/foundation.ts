import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { deferredSettings, driftDetectedStacks, FOUNDATION_PIPELINE, foundationPulumiTrust, READ_ONLY_ACCESS, MANAGEMENT_ACCOUNT_KEY, pipelineRoleNames, ROOT_TARGET, type FoundationConfig } from "../config";
import { foundationDeployPolicy, foundationPreviewPolicy, MemberPreviewRole, OidcProviders, PipelineRoles, readOnlyPolicy, workloadDeployPolicy } from "./access";
import { AlertPath, CisAlarms, IncidentResponse, SignInForwarder, SIGN_IN_REGION } from "./alerting";
import { AccountBaseline } from "./baseline";
import { AccessAnalyzer, ConfigAggregator, ConfigRecorder, GuardDuty, SecurityHub } from "./detection";
import { LogArchive, OrganizationTrail, trailArn } from "./logging";
import { Guardrails, RootAccess } from "./guardrails";
import { findIdentityCenter, IdentityCenter, type IdentityCenterInstance } from "./identity";
import { DelegatedAdministrators, MemberAccount, Organization } from "./organization";

export interface FoundationArgs {
    /** Validated stack config with defaults (see config/). */
    readonly config: FoundationConfig;
    /** Named AWS profile the providers start from; by default the environment's credentials. */
    readonly profile?: string;
    /**
     * Member providers assume the foundation's read-only preview role instead of the account access
     * role: for previews run by the foundation's preview role (FOUNDATION_READ_ONLY=true).
     */
    readonly readOnly?: boolean;
}

/** Pipeline role ARNs, for stack outputs. */
export interface PipelineRoleArns {
    readonly deploy: pulumi.Output<string>;
    readonly preview: pulumi.Output<string>;
}

/** The root component: wires the organization, its accounts and each area together. */
export class Foundation extends pulumi.ComponentResource {
    public readonly managementProvider: aws.Provider;
    public organization!: Organization;
    /** Member accounts keyed by account key. */
    public accounts: Record<string, MemberAccount> = {};
    public logArchive!: LogArchive;
    public trail!: OrganizationTrail;
    public identityCenter?: IdentityCenter;
    /** The foundation's own pipeline roles, when foundation:pipelines.foundation is configured. */
    public foundationPipeline?: PipelineRoleArns;
    /** Workload pipeline roles by pipeline name. */
    public readonly workloadPipelines: Record<string, PipelineRoleArns> = {};

    /**
     * Builds the foundation in the order a first `pulumi up` needs: the environment guards, then the
     * lookups whose answers decide what is built (the Identity Center instance, through the management
     * account's provider), and only then the AWS resources. A failed lookup stops the run before any AWS
     * resource is registered.
     */
    static async create(name: string, args: FoundationArgs, opts?: pulumi.ComponentResourceOptions): Promise<Foundation> {
        const foundation = new Foundation(name, args, opts);
        const identityRegion = args.config.identity?.region;
        const instance = identityRegion === undefined ? undefined : await findIdentityCenter({
            name, region: identityRegion, provider: foundation.managementProvider, parent: foundation,
        });
        foundation.build(name, args, instance);
        return foundation;
    }

    private constructor(name: string, args: FoundationArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:index:Foundation", name, {}, opts);
        const { organization: org, pipelines } = args.config;
        if (args.readOnly && !pulumi.runtime.isDryRun()) {
            throw new pulumi.RunError("FOUNDATION_READ_ONLY=true is for previews: unset it to run pulumi up, refresh or destroy");
        }
        if (args.readOnly && !pipelines?.foundation) {
            throw new pulumi.RunError("FOUNDATION_READ_ONLY=true needs foundation:pipelines.foundation in the stack config: its preview role creates the read-only roles member accounts are previewed through");
        }
        this.managementProvider = new aws.Provider(`${name}-management`, {
            region: org.homeRegion,
            allowedAccountIds: [org.managementAccount.id],
            profile: args.profile,
        }, { parent: this });
    }

    private build(name: string, args: FoundationArgs, identityInstance: IdentityCenterInstance | undefined): void {
        const { organization: org, logging, detection, identity, pipelines, guardrails, baseline } = args.config;
        const regions = org.allowedRegions;
        const homeRegion = org.homeRegion;
        const foundationRoles = pipelineRoleNames(org.name, FOUNDATION_PIPELINE);

        this.organization = new Organization(`${name}-organization`, {
            importId: org.importId,
            existing: org.existing,
            disable: org.disable,
            organizationalUnits: args.config.organizationalUnits,
            provider: this.managementProvider,
        }, { parent: this });

        for (const account of args.config.accounts) {
            this.accounts[account.key] = new MemberAccount(`${name}-${account.key}`, {
                account,
                parentId: this.organization.organizationalUnitIds[account.ou],
                accessRoleName: org.accountAccessRoleName,
                ...(args.readOnly && { providerRoleName: foundationRoles.preview }),
                region: homeRegion,
                sessionName: `${org.name}-foundation`,
                profile: args.profile,
                managementProvider: this.managementProvider,
            }, { parent: this });
        }
        const logArchiveAccount = this.accounts[org.logArchiveAccount];
        const auditAccount = this.accounts[org.auditAccount];
        const allAccounts: { key: string; provider: aws.Provider; accountId?: pulumi.Output<string> }[] = [
            { key: "management", provider: this.managementProvider },
            ...Object.entries(this.accounts).map(([key, account]) => ({ key, provider: account.provider, accountId: account.accountId })),
        ];

        const delegatedAdministrators = new DelegatedAdministrators(`${name}-delegated-admins`, {
            auditAccountId: auditAccount.accountId,
            homeRegion,
            organization: this.organization,
            managementProvider: this.managementProvider,
        }, { parent: this });

        for (const { key, provider, accountId } of allAccounts) {
            new AccountBaseline(`${name}-${key}-baseline`, {
                provider, regions, config: baseline, accountId, managementProvider: this.managementProvider, deferred: deferredSettings(baseline, key),
            }, { parent: this });
        }

        // Prevention: guardrails on the organization's root, OUs and accounts, and root access held centrally.
        new Guardrails(`${name}-guardrails`, {
            config: guardrails,
            organizationName: org.name,
            allowedRegions: regions,
            organizationId: this.organization.organizationId,
            targetIds: {
                ...this.organization.organizationalUnitIds,
                ...Object.fromEntries(Object.entries(this.accounts).map(([key, account]) => [key, account.accountId])),
                [ROOT_TARGET]: this.organization.rootId,
            },
            organization: this.organization,
            provider: this.managementProvider,
        }, { parent: this });
        if (guardrails.centralizedRootAccess) {
            new RootAccess(`${name}-root-access`, { organization: this.organization, provider: this.managementProvider }, { parent: this });
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
        const guardDuty = new GuardDuty(`${name}-guardduty`, {
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

        const securityHub = new SecurityHub(`${name}-security-hub`, {
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

        const accessAnalyzer = new AccessAnalyzer(`${name}-access-analyzer`, {
            organizationName: org.name,
            homeRegion,
            regions,
            config: detection.accessAnalyzer,
            registration: delegatedAdministrators.services["access-analyzer.amazonaws.com"],
            auditProvider: auditAccount.provider,
            managementProvider: this.managementProvider,
        }, { parent: this });

        // Alerting: findings and alarms to people, once each.
        if (args.config.alerting) {
            const alerting = args.config.alerting;
            const alarmPrefix = `${org.name}-cis-`;
            const alertPath = new AlertPath(`${name}-alerts`, {
                organizationName: org.name,
                homeRegion,
                regions,
                auditAccountId: auditAccount.accountId,
                organizationId: this.organization.organizationId,
                config: alerting,
                accounts: [
                    { key: MANAGEMENT_ACCOUNT_KEY, id: org.managementAccount.id, name: "management account", ouPath: "" },
                    ...args.config.accounts.map(account => ({ key: account.key, id: this.accounts[account.key].accountId, name: account.name, ouPath: account.ou })),
                ],
                alarmPrefix,
                detection: [guardDuty, securityHub, accessAnalyzer],
                auditProvider: auditAccount.provider,
            }, { parent: this });
            if (alerting.cisAlarms) {
                new CisAlarms(`${name}-cis-alarms`, {
                    organizationName: org.name,
                    region: homeRegion,
                    managementAccountId: org.managementAccount.id,
                    auditAccountId: auditAccount.accountId,
                    logGroupName: this.trail.logGroupName,
                    alarmPrefix,
                    notifierArn: alertPath.notifierArn,
                    notifierName: alertPath.notifierName,
                    managementProvider: this.managementProvider,
                    auditProvider: auditAccount.provider,
                }, { parent: this });
            }
            if (alerting.response.enabled) {
                new IncidentResponse(`${name}-incident-response`, {
                    organizationName: org.name,
                    region: homeRegion,
                    config: alerting.response,
                    deduplicationDays: alerting.deduplicationDays,
                    reserveConcurrency: alerting.reserveConcurrency,
                    runbookBaseUrl: alerting.runbookBaseUrl,
                    tableName: alertPath.tableName,
                    tableArn: alertPath.tableArn,
                    topicArn: alertPath.topicArn,
                    keyArn: alertPath.keyArn,
                    memberProviders: Object.fromEntries(Object.entries(this.accounts).map(([key, account]) => [key, account.provider])),
                    detection: [guardDuty],
                    auditProvider: auditAccount.provider,
                }, { parent: this });
            }
            for (const { key, provider } of allAccounts) {
                if (key === org.auditAccount && homeRegion === SIGN_IN_REGION) continue;
                new SignInForwarder(`${name}-${key}-sign-in-forwarder`, { organizationName: org.name, busArn: alertPath.busArn, provider }, { parent: this });
            }
        }

        // People, through IAM Identity Center, once it is enabled (findIdentityCenter warns until then).
        if (identity && identityInstance) {
            this.identityCenter = new IdentityCenter(`${name}-identity`, {
                instance: identityInstance,
                config: identity,
                accounts: args.config.accounts,
                accountIds: {
                    [MANAGEMENT_ACCOUNT_KEY]: org.managementAccount.id,
                    ...Object.fromEntries(Object.entries(this.accounts).map(([key, account]) => [key, account.accountId])),
                },
                provider: this.managementProvider,
            }, { parent: this });
        }

        // Pipelines, through OIDC: the foundation's own roles in management, workload roles in members.
        if (pipelines?.foundation) {
            const { foundation } = pipelines;
            const oidc = new OidcProviders(`${name}-management-oidc`, {
                pulumiOrganization: pipelines.pulumiOrganization,
                github: foundation.github !== undefined,
                provider: this.managementProvider,
            }, { parent: this });
            const roles = new PipelineRoles(`${name}-pipeline-foundation`, {
                names: foundationRoles,
                purpose: "this AWS foundation",
                trust: {
                    pulumiOrganization: pipelines.pulumiOrganization,
                    pulumi: foundationPulumiTrust(foundation.project ?? pulumi.getProject(), foundation.stacks, driftDetectedStacks(args.config.pulumiCloud, foundation.stacks)),
                    github: foundation.github,
                },
                oidc,
                permissions: {
                    deploy: { managedPolicyArns: [], inlinePolicy: foundationDeployPolicy(org.accountAccessRoleName) },
                    preview: { managedPolicyArns: [READ_ONLY_ACCESS], inlinePolicy: foundationPreviewPolicy(foundationRoles.preview) },
                },
                provider: this.managementProvider,
            }, { parent: this });
            this.foundationPipeline = { deploy: roles.deployRoleArn, preview: roles.previewRoleArn };
            // foundation:pulumiCloud is applied by the pulumi-cloud project with an organization admin's token:
            // this stack's own deployments hold a token for this stack only (docs/pulumi-cloud.md).
            for (const [key, account] of Object.entries(this.accounts)) {
                new MemberPreviewRole(`${name}-${key}-preview-role`, {
                    roleName: foundationRoles.preview,
                    previewRoleArn: roles.previewRoleArn,
                    provider: account.provider,
                }, { parent: this });
            }
        }
        const workloads = pipelines?.workloads ?? [];
        for (const accountKey of new Set(workloads.map(w => w.account))) {
            const inAccount = workloads.filter(w => w.account === accountKey);
            const provider = this.accounts[accountKey].provider;
            const oidc = new OidcProviders(`${name}-${accountKey}-oidc`, {
                pulumiOrganization: inAccount.some(w => w.pulumi.length > 0) ? pipelines?.pulumiOrganization : undefined,
                github: inAccount.some(w => w.github !== undefined),
                provider,
            }, { parent: this });
            for (const workload of inAccount) {
                const roles = new PipelineRoles(`${name}-pipeline-${workload.name}`, {
                    names: pipelineRoleNames(org.name, workload.name),
                    purpose: `the ${workload.name} workload in account ${accountKey}`,
                    trust: { pulumiOrganization: pipelines?.pulumiOrganization, pulumi: workload.pulumi, github: workload.github },
                    oidc,
                    permissions: {
                        deploy: { managedPolicyArns: workload.deployPolicies, inlinePolicy: workloadDeployPolicy() },
                        preview: { managedPolicyArns: [READ_ONLY_ACCESS], inlinePolicy: readOnlyPolicy() },
                    },
                    provider,
                }, { parent: this });
                this.workloadPipelines[workload.name] = { deploy: roles.deployRoleArn, preview: roles.previewRoleArn };
            }
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
