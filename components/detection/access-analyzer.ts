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
}

/**
 * IAM Access Analyzer from the audit account: an organization analyzer in every allowed region (resources
 * shared outside the organization), and, when configured, one unused-access analyzer (its findings do
 * not depend on the region).
 */
export class AccessAnalyzer extends pulumi.ComponentResource {
    constructor(name: string, args: AccessAnalyzerArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:detection:AccessAnalyzer", name, {}, opts);
        const options = { parent: this, provider: args.auditProvider, dependsOn: [args.registration] };

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
