import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ORGANIZATIONS_DELEGATED_SERVICES } from "./services";

export interface DelegatedAdministratorsArgs {
    /** The audit (security tooling) account that administers detection services for the organization. */
    readonly auditAccountId: pulumi.Input<string>;
    readonly homeRegion: string;
    /** GuardDuty's delegated administrator is registered per region. */
    readonly regions: readonly string[];
    /** Registrations need the organization's trusted service access in place first. */
    readonly organization: pulumi.Resource;
    readonly managementProvider: aws.Provider;
}

/** Makes the audit account the delegated administrator of the organization's security services. */
export class DelegatedAdministrators extends pulumi.ComponentResource {
    constructor(name: string, args: DelegatedAdministratorsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:organization:DelegatedAdministrators", name, {}, opts);
        // dependsOn on this component would not reach its children: each registration waits itself.
        const options = { parent: this, provider: args.managementProvider, dependsOn: [args.organization] };

        for (const region of args.regions) {
            new aws.guardduty.OrganizationAdminAccount(`${name}-guardduty-${region}`, {
                adminAccountId: args.auditAccountId,
                region,
            }, options);
        }

        // Security Hub's central configuration spans regions from the home region.
        new aws.securityhub.OrganizationAdminAccount(`${name}-securityhub`, {
            adminAccountId: args.auditAccountId,
            region: args.homeRegion,
        }, options);

        for (const servicePrincipal of ORGANIZATIONS_DELEGATED_SERVICES) {
            new aws.organizations.DelegatedAdministrator(`${name}-${servicePrincipal.split(".")[0]}`, {
                accountId: args.auditAccountId,
                servicePrincipal,
            }, options);
        }

        this.registerOutputs({});
    }
}
