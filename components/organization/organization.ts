import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { OrganizationalUnitConfig } from "../../config";
import type { OrganizationFeatures } from "../../catalog/organization/services";
import { CONTROL_TOWER_PRINCIPAL, mergedFeatures } from "../../catalog/organization/services";

export interface OrganizationArgs {
    /** Id of an existing organization to adopt instead of creating one: its live settings are read and kept. */
    readonly importId?: string;
    /** Trusted services and policy types config says are in use (kept) or turns off. */
    readonly existing: OrganizationFeatures;
    readonly disable: OrganizationFeatures;
    readonly organizationalUnits: readonly OrganizationalUnitConfig[];
    /** Provider of the management account: the organization and its OUs live there. */
    readonly provider: aws.Provider;
}

/** The AWS organization (all features, its policy types enabled) and its OU tree. */
export class Organization extends pulumi.ComponentResource {
    public readonly organizationId: pulumi.Output<string>;
    public readonly rootId: pulumi.Output<string>;
    /** OU ids keyed by OU path (`Workloads/Prod`). */
    public readonly organizationalUnitIds: Record<string, pulumi.Output<string>>;

    constructor(name: string, args: OrganizationArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:organization:Organization", name, {}, opts);

        const features = args.importId === undefined
            ? pulumi.output(mergedFeatures([args.existing], args.disable))
            : aws.organizations.getOrganizationOutput({}, { provider: args.provider, parent: this }).apply(live => {
                if (live.awsServiceAccessPrincipals.includes(CONTROL_TOWER_PRINCIPAL)) {
                    throw new pulumi.RunError(`organization ${args.importId} has trusted access for ${CONTROL_TOWER_PRINCIPAL}: AWS Control Tower manages it, and the foundation refuses to run on it (docs/first-run.md, "Adopting an existing organization or accounts")`);
                }
                return mergedFeatures([args.existing, { trustedServices: live.awsServiceAccessPrincipals, policyTypes: live.enabledPolicyTypes }], args.disable);
            });

        const organization = new aws.organizations.Organization(name, {
            featureSet: "ALL",
            awsServiceAccessPrincipals: features.trustedServices,
            enabledPolicyTypes: features.policyTypes,
        }, { parent: this, provider: args.provider, protect: true, import: args.importId });

        this.organizationId = organization.id;
        this.rootId = organization.roots.apply(roots => roots[0].id);
        this.organizationalUnitIds = {};

        const createUnits = (units: readonly OrganizationalUnitConfig[], parentId: pulumi.Input<string>) => {
            for (const unit of units) {
                const ou = new aws.organizations.OrganizationalUnit(`${name}-ou-${unit.path}`, {
                    name: unit.name,
                    parentId,
                }, { parent: this, provider: args.provider, protect: true, import: unit.importId });
                this.organizationalUnitIds[unit.path] = ou.id;
                createUnits(unit.children, ou.id);
            }
        };
        createUnits(args.organizationalUnits, this.rootId);

        this.registerOutputs({
            organizationId: this.organizationId,
            rootId: this.rootId,
            organizationalUnitIds: this.organizationalUnitIds,
        });
    }
}
