import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { DetectionConfig } from "../../config";

export interface AccessAnalyzerArgs {
    readonly organizationName: string;
    readonly homeRegion: string;
    readonly regions: readonly string[];
    readonly config: DetectionConfig["accessAnalyzer"];
    /** The audit account's registration as IAM Access Analyzer's delegated administrator. */
    readonly registration: pulumi.Resource;
    readonly auditProvider: aws.Provider;
    readonly managementProvider: aws.Provider;
}

/**
 * IAM Access Analyzer from the audit account: an organization analyzer in every allowed region (resources
 * shared outside the organization), and, when configured, one unused-access analyzer (its findings do
 * not depend on the region).
 *
 * The management account gets Access Analyzer's service-linked role first. AWS documents no automatic
 * creation of it there (the IAM user guide creates it with an analyzer in the account), and both of
 * AWS's reference implementations make sure it exists before the delegated administrator creates the
 * organization analyzer: the Security Reference Architecture deploys an account analyzer in the
 * management account first "to allow for the service-linked role to get created in the management
 * account" (aws-samples/aws-security-reference-architecture-examples PR #47), and Landing Zone
 * Accelerator creates the role itself in its management-account stack.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-using-service-linked-roles.html
 */
export class AccessAnalyzer extends pulumi.ComponentResource {
    constructor(name: string, args: AccessAnalyzerArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:detection:AccessAnalyzer", name, {}, opts);
        const serviceRole = new aws.iam.ServiceLinkedRole(`${name}-service-role`, {
            awsServiceName: "access-analyzer.amazonaws.com",
        }, { parent: this, provider: args.managementProvider });
        const options = { parent: this, provider: args.auditProvider, dependsOn: [args.registration, serviceRole] };

        for (const region of args.regions) {
            new aws.accessanalyzer.Analyzer(`${name}-${region}`, {
                analyzerName: `${args.organizationName}-organization`,
                type: "ORGANIZATION",
                region,
            }, options);
        }

        const unused = args.config.unusedAccess;
        if (unused.enabled) {
            new aws.accessanalyzer.Analyzer(`${name}-unused-access`, {
                analyzerName: `${args.organizationName}-organization-unused-access`,
                type: "ORGANIZATION_UNUSED_ACCESS",
                configuration: { unusedAccess: { unusedAccessAge: unused.unusedAccessAgeDays } },
                region: args.homeRegion,
            }, options);
        }

        this.registerOutputs({});
    }
}
