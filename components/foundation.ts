import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { FOUNDATION_PIPELINE, pipelineRoleNames, type FoundationConfig } from "../config";
import { type PipelineRoleArns, PipelinesArea } from "./access/pipelines-area";
import { AlertingArea } from "./alerting/alerting-area";
import { BaselineArea } from "./baseline/baseline-area";
import { DetectionArea } from "./detection/detection-area";
import { GuardrailsArea } from "./guardrails/guardrails-area";
import type { IdentityCenter } from "./identity/identity-center";
import { findIdentityCenter, type IdentityCenterInstance } from "./identity/instance";
import { IdentityArea } from "./identity/identity-area";
import type { LogArchive, OrganizationTrail } from "./logging";
import { LoggingArea } from "./logging/logging-area";
import type { Organization } from "./organization";
import { type AccountDirectory, memberAccountIds } from "./organization/account-directory";
import { OrganizationArea } from "./organization/organization-area";

export type { PipelineRoleArns } from "./access/pipelines-area";

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

/**
 * The root component: the management account's provider, then one component per area, wired together.
 * Each area is named like the Foundation and names its parts as the Foundation did before areas existed.
 */
export class Foundation extends pulumi.ComponentResource {
    public readonly managementProvider: aws.Provider;
    public organization!: Organization;
    /** Every account's key, id and provider, management included (built once, by the organization area). */
    public directory!: AccountDirectory;
    public logArchive!: LogArchive;
    public trail!: OrganizationTrail;
    public identityCenter?: IdentityCenter;
    /** The foundation's own pipeline roles, when foundation:pipelines.foundation is configured. */
    public foundationPipeline?: PipelineRoleArns;
    /** Workload pipeline roles by pipeline name. */
    public workloadPipelines: Record<string, PipelineRoleArns> = {};

    /**
     * Builds the foundation in the order a first `pulumi up` needs: the lookups whose answers decide what
     * is built (the Identity Center instance, through the management account's provider), and only then
     * the AWS resources. A failed lookup stops the run before any AWS resource is registered.
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
        const org = args.config.organization;
        this.managementProvider = new aws.Provider(`${name}-management`, {
            region: org.homeRegion,
            allowedAccountIds: [org.managementAccount.id],
            profile: args.profile,
        }, { parent: this });
    }

    private build(name: string, args: FoundationArgs, identityInstance: IdentityCenterInstance | undefined): void {
        const { config } = args;
        const org = config.organization;
        const opts = { parent: this };

        const organization = new OrganizationArea(name, {
            config,
            managementProvider: this.managementProvider,
            ...(args.readOnly && { providerRoleName: pipelineRoleNames(org.name, FOUNDATION_PIPELINE).preview }),
            profile: args.profile,
        }, opts);
        this.organization = organization.organization;
        this.directory = organization.directory;
        const accounts = this.directory;
        const { organizationId, rootId } = this.organization;

        new BaselineArea(name, { config: config.baseline, regions: org.allowedRegions, accounts }, opts);

        new GuardrailsArea(name, {
            config: config.guardrails,
            organizationName: org.name,
            allowedRegions: org.allowedRegions,
            organizationId,
            rootId,
            organizationalUnitIds: this.organization.organizationalUnitIds,
            accounts,
            organization: this.organization,
        }, opts);

        const logging = new LoggingArea(name, { config: config.logging, organization: org, organizationId, accounts, organizationResource: this.organization }, opts);
        this.logArchive = logging.logArchive;
        this.trail = logging.trail;

        const detection = new DetectionArea(name, {
            config: config.detection,
            organization: org,
            rootId,
            accounts,
            logArchive: this.logArchive,
            delegatedAdministrators: organization.delegatedAdministrators,
            organizationResource: this.organization,
        }, opts);

        if (config.alerting) {
            new AlertingArea(name, {
                config: config.alerting,
                organization: org,
                organizationId,
                accounts,
                trailLogGroupName: this.trail.logGroupName,
                findingSources: [detection.guardDuty, detection.securityHub, detection.accessAnalyzer],
                guardDuty: detection.guardDuty,
            }, opts);
        }

        // Identity Center once it is enabled (findIdentityCenter warns until then).
        if (config.identity && identityInstance) {
            const identity = new IdentityArea(name, { config: config.identity, instance: identityInstance, accountConfigs: config.accounts, accounts }, opts);
            this.identityCenter = identity.identityCenter;
        }

        if (config.pipelines) {
            const pipelines = new PipelinesArea(name, { config: config.pipelines, organization: org, pulumiCloud: config.pulumiCloud, accounts }, opts);
            this.foundationPipeline = pipelines.foundationPipeline;
            this.workloadPipelines = pipelines.workloadPipelines;
        }

        this.registerOutputs({
            organizationId,
            accountIds: this.accountIds(),
        });
    }

    /** Member account ids keyed by account key. */
    accountIds(): pulumi.Output<Record<string, string>> {
        return pulumi.all(memberAccountIds(this.directory));
    }
}
