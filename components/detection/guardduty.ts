import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { type DetectionConfig } from "../../config";
import { GUARDDUTY_RUNTIME_AGENTS } from "../../catalog/aws-values";
import { GUARDDUTY_PREFIX } from "../logging";

export interface GuardDutyArgs {
    readonly regions: readonly string[];
    readonly auditAccountId: pulumi.Input<string>;
    readonly managementAccount: { readonly id: string; readonly email: string };
    readonly config: DetectionConfig["guardDuty"];
    /** Where findings are exported; `ready` are the bucket policy and key it needs first. */
    readonly findingsExport?: { readonly bucketArn: pulumi.Input<string>; readonly kmsKeyArn: pulumi.Input<string>; readonly ready: pulumi.Resource[] };
    /** The organization: trusted access for GuardDuty must be on before the registration. */
    readonly organization: pulumi.Resource;
    /** Earlier names of each region's registration, so that a stack created before it moved here keeps it. */
    readonly registrationAliases?: (region: string) => pulumi.Input<pulumi.Alias>[];
    readonly auditProvider: aws.Provider;
    readonly managementProvider: aws.Provider;
}

/** `S3_DATA_EVENTS` -> `s3-data-events`, for resource names. */
const slug = (name: string) => name.toLowerCase().replace(/_/g, "-");

/** Agents each runtime monitoring feature manages. */
const FEATURE_AGENTS: Readonly<Record<string, readonly string[]>> = {
    RUNTIME_MONITORING: GUARDDUTY_RUNTIME_AGENTS,
    EKS_RUNTIME_MONITORING: ["EKS_ADDON_MANAGEMENT"],
};

/**
 * GuardDuty for the whole organization, administered by the audit account in every allowed region.
 *
 * Order, per region: the audit account's detector first (so it is ours to configure: publishing
 * frequency, its own protection plans), then the registration of the audit account as delegated
 * administrator, which would otherwise create that detector itself and leave it unmanaged. Automatic
 * enablement covers member accounts only: the management account gets its own detector and is added
 * as a member. Then the organization configuration (every account, now and new) and its protection
 * plans; last the findings export to the log archive. Registrations run one region after another:
 * AWS refuses concurrent ones.
 */
export class GuardDuty extends pulumi.ComponentResource {
    /** Detector ids of the audit account, keyed by region. */
    public readonly detectorIds: Record<string, pulumi.Output<string>> = {};

    constructor(name: string, args: GuardDutyArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:detection:GuardDuty", name, {}, opts);
        const audit = { parent: this, provider: args.auditProvider };
        const { config } = args;

        const management = { parent: this, provider: args.managementProvider };
        let previousRegistration: pulumi.Resource | undefined;
        for (const region of args.regions) {
            const detector = new aws.guardduty.Detector(`${name}-${region}`, {
                enable: true,
                findingPublishingFrequency: config.findingPublishingFrequency,
                region,
            }, audit);
            this.detectorIds[region] = detector.id;
            const detectorId = detector.id;

            const admin = new aws.guardduty.OrganizationAdminAccount(`${name}-${region}-admin`, {
                adminAccountId: args.auditAccountId,
                region,
            }, {
                ...management,
                dependsOn: [args.organization, detector, ...(previousRegistration ? [previousRegistration] : [])],
                aliases: args.registrationAliases?.(region),
            });
            previousRegistration = admin;

            // The administrator imposes its publishing frequency on members: the management account's detector sets none.
            const managementDetector = new aws.guardduty.Detector(`${name}-${region}-management-detector`, { enable: true, region }, management);
            const managementMember = new aws.guardduty.Member(`${name}-${region}-management`, {
                detectorId,
                accountId: args.managementAccount.id,
                email: args.managementAccount.email,
                invite: false,
                disableEmailNotification: true,
                region,
            }, {
                ...audit,
                dependsOn: [admin, managementDetector],
                // AWS reports an organization member as invited; `invite` only matters for accounts outside the organization.
                ignoreChanges: ["invite"],
            });

            const organization = new aws.guardduty.OrganizationConfiguration(`${name}-${region}-organization`, {
                detectorId,
                autoEnableOrganizationMembers: "ALL",
                region,
            }, { ...audit, dependsOn: [admin, managementMember] });

            for (const [feature, on] of Object.entries(config.features)) {
                const agents = (FEATURE_AGENTS[feature] ?? []).map(agent => ({ agent, on: on === true && (config.runtimeMonitoringAgents as readonly string[]).includes(agent) }));
                new aws.guardduty.OrganizationConfigurationFeature(`${name}-${region}-organization-${slug(feature)}`, {
                    detectorId,
                    name: feature,
                    autoEnable: on ? "ALL" : "NONE",
                    ...(agents.length > 0 && { additionalConfigurations: agents.map(a => ({ name: a.agent, autoEnable: a.on ? "ALL" : "NONE" })) }),
                    region,
                }, { ...audit, dependsOn: [organization] });
                new aws.guardduty.DetectorFeature(`${name}-${region}-${slug(feature)}`, {
                    detectorId,
                    name: feature,
                    status: on ? "ENABLED" : "DISABLED",
                    ...(agents.length > 0 && { additionalConfigurations: agents.map(a => ({ name: a.agent, status: a.on ? "ENABLED" : "DISABLED" })) }),
                    region,
                }, audit);
            }

            if (args.findingsExport) {
                // The administrator's export carries every member's findings of the region.
                new aws.guardduty.PublishingDestination(`${name}-${region}-export`, {
                    detectorId,
                    destinationType: "S3",
                    destinationArn: pulumi.interpolate`${args.findingsExport.bucketArn}/${GUARDDUTY_PREFIX}`,
                    kmsKeyArn: args.findingsExport.kmsKeyArn,
                    region,
                }, { ...audit, dependsOn: args.findingsExport.ready });
            }
        }

        this.registerOutputs({ detectorIds: this.detectorIds });
    }
}
