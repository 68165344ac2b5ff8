import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { serviceTrustPolicy } from "../../catalog/iam-document";

export interface ConfigAggregatorArgs {
    readonly organizationName: string;
    readonly homeRegion: string;
    readonly regions: readonly string[];
    readonly auditAccountId: pulumi.Input<string>;
    /** The audit account's registrations as AWS Config's delegated administrator. */
    readonly registrations: pulumi.Resource[];
    readonly auditProvider: aws.Provider;
}

/** AWS Config's organization aggregator in the audit account: every account's resources and compliance, in one view. */
export class ConfigAggregator extends pulumi.ComponentResource {
    public readonly aggregatorArn: pulumi.Output<string>;

    constructor(name: string, args: ConfigAggregatorArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:detection:ConfigAggregator", name, {}, opts);
        const options = { parent: this, provider: args.auditProvider };

        const role = new aws.iam.Role(`${name}-role`, {
            description: "Lets AWS Config list the organization's accounts for the organization aggregator",
            assumeRolePolicy: pulumi.output(args.auditAccountId).apply(id => JSON.stringify(serviceTrustPolicy("config.amazonaws.com", id))),
        }, options);
        const access = new aws.iam.RolePolicyAttachment(`${name}-role-organizations`, {
            role: role.name,
            policyArn: "arn:aws:iam::aws:policy/service-role/AWSConfigRoleForOrganizations",
        }, options);

        const aggregator = new aws.cfg.ConfigurationAggregator(name, {
            name: `${args.organizationName}-organization`,
            organizationAggregationSource: { roleArn: role.arn, regions: [...args.regions] },
            region: args.homeRegion,
        }, { ...options, dependsOn: [access, ...args.registrations] });

        this.aggregatorArn = aggregator.arn;
        this.registerOutputs({ aggregatorArn: this.aggregatorArn });
    }
}
