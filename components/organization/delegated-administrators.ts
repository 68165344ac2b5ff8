import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ORGANIZATIONS_DELEGATED_SERVICES } from "../../catalog/organization/services";

export interface DelegatedAdministratorsArgs {
    /** The audit (security tooling) account that administers detection services for the organization. */
    readonly auditAccountId: pulumi.Input<string>;
    readonly homeRegion: string;
    /** Registrations need the organization's trusted service access in place first. */
    readonly organization: pulumi.Resource;
    readonly managementProvider: aws.Provider;
}

/**
 * Makes the audit account the delegated administrator of Security Hub, AWS Config and IAM Access
 * Analyzer. GuardDuty's registration is per region and must follow the audit account's detector, so
 * the GuardDuty component makes it.
 */
export class DelegatedAdministrators extends pulumi.ComponentResource {
    /** Security Hub's registration: central configuration can start once it exists. */
    public readonly securityHub: aws.securityhub.OrganizationAdminAccount;
    /** Registrations through AWS Organizations, keyed by service principal. */
    public readonly services: Readonly<Record<string, aws.organizations.DelegatedAdministrator>>;

    constructor(name: string, args: DelegatedAdministratorsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:organization:DelegatedAdministrators", name, {}, opts);
        // dependsOn on this component would not reach its children: each registration waits itself.
        const options = { parent: this, provider: args.managementProvider, dependsOn: [args.organization] };

        // Security Hub's central configuration spans regions from the home region.
        this.securityHub = new aws.securityhub.OrganizationAdminAccount(`${name}-securityhub`, {
            adminAccountId: args.auditAccountId,
            region: args.homeRegion,
        }, options);

        this.services = Object.fromEntries(ORGANIZATIONS_DELEGATED_SERVICES.map(servicePrincipal => [servicePrincipal,
            new aws.organizations.DelegatedAdministrator(`${name}-${servicePrincipal.split(".")[0]}`, {
                accountId: args.auditAccountId,
                servicePrincipal,
            }, options)]));

        this.registerOutputs({});
    }
}
