import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { DetectionConfig } from "../../config";

export interface SecurityHubArgs {
    readonly organizationName: string;
    readonly homeRegion: string;
    readonly regions: readonly string[];
    /** The organization root: the configuration policy applies to every account under it. */
    readonly rootId: pulumi.Input<string>;
    readonly config: DetectionConfig["securityHub"];
    /** The audit account's registration as Security Hub's delegated administrator. */
    readonly registration: pulumi.Resource;
    readonly auditProvider: aws.Provider;
}

export const standardArn = (region: string, standard: string) => `arn:aws:securityhub:${region}::standards/${standard}`;

/**
 * Security Hub central configuration from the audit account: findings of every allowed region
 * aggregated in the home region, and one configuration policy on the root that enables Security Hub,
 * the standards and all controls but the disabled ones, in every account (now and new) and region.
 */
export class SecurityHub extends pulumi.ComponentResource {
    public readonly configurationPolicyId: pulumi.Output<string>;

    constructor(name: string, args: SecurityHubArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:detection:SecurityHub", name, {}, opts);
        const options = { parent: this, provider: args.auditProvider };
        const region = args.homeRegion;
        const linkedRegions = args.regions.filter(r => r !== region);

        // AWS's order: aggregator, then CENTRAL configuration, then policies and their associations.
        const aggregator = new aws.securityhub.FindingAggregator(`${name}-aggregator`, {
            linkingMode: linkedRegions.length > 0 ? "SPECIFIED_REGIONS" : "NO_REGIONS",
            ...(linkedRegions.length > 0 && { specifiedRegions: linkedRegions }),
            region,
        }, { ...options, dependsOn: [args.registration] });

        const organization = new aws.securityhub.OrganizationConfiguration(`${name}-organization`, {
            autoEnable: false,
            autoEnableStandards: "NONE",
            organizationConfiguration: { configurationType: "CENTRAL" },
            region,
        }, { ...options, dependsOn: [aggregator] });

        const policy = new aws.securityhub.ConfigurationPolicy(`${name}-policy`, {
            name: `${args.organizationName}-foundation`,
            description: "Security Hub, its standards and every control but the disabled ones, in every account and allowed region",
            configurationPolicy: {
                serviceEnabled: true,
                enabledStandardArns: args.config.standards.map(standard => standardArn(region, standard)),
                securityControlsConfiguration: {
                    disabledControlIdentifiers: args.config.disabledControls.map(control => control.id),
                },
            },
            region,
        }, { ...options, dependsOn: [organization] });

        new aws.securityhub.ConfigurationPolicyAssociation(`${name}-root`, {
            policyId: policy.id,
            targetId: args.rootId,
            region,
        }, options);

        this.configurationPolicyId = policy.id;
        this.registerOutputs({ configurationPolicyId: this.configurationPolicyId });
    }
}
