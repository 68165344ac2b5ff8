import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";
import { ROOT_TARGET, type GuardrailsConfig } from "../../config";
import { ec2DeclarativePolicy } from "../../catalog/guardrails/ec2-policy";
import { packGuardrails } from "../../catalog/guardrails/packing";
import { dataPerimeterParts, organizationOnlyStatement, secureTransportStatement } from "../../catalog/guardrails/rcp-library";
import { guardrailDocument, type GuardrailStatement } from "../../catalog/guardrails/statements";

export interface GuardrailsArgs {
    readonly config: GuardrailsConfig;
    readonly organizationName: string;
    readonly allowedRegions: readonly string[];
    readonly organizationId: pulumi.Input<string>;
    /** Organizations ids of every target config may name: `Root`, OU paths and member account keys. */
    readonly targetIds: Readonly<Record<string, pulumi.Input<string>>>;
    /** The organization: its policy types must be enabled before a policy of that type exists. */
    readonly organization: pulumi.Resource;
    /** The management account's provider. */
    readonly provider: aws.Provider;
}

/** Organizations limits a policy description to 512 characters. */
const MAX_DESCRIPTION = 512;

/**
 * A policy name AWS accepts (at most 128 characters) and unique across targets: a nested OU path or a
 * long name is shortened and keeps a hash of the full target, so `A/B` and an OU named `A-B` differ.
 */
export function policyName(organizationName: string, target: string, index: number): string {
    const label = target.includes("/") || target.length > 64
        ? `${target.replace(/\//g, "-").slice(0, 64)}-${createHash("sha256").update(target).digest("hex").slice(0, 6)}`
        : target;
    return `${organizationName}-guardrails-${label}-${index}`;
}

/**
 * The organization's preventive policies: service control policies packed per target, the resource
 * control policy and the EC2 declarative policy at the root.
 */
export class Guardrails extends pulumi.ComponentResource {
    /** Ids of the service control policies by target, in packing order. */
    public readonly serviceControlPolicyIds: Record<string, pulumi.Output<string>[]> = {};

    constructor(name: string, args: GuardrailsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:guardrails:Guardrails", name, {}, opts);
        const { config, organizationName } = args;
        const policyOptions: pulumi.CustomResourceOptions = { parent: this, provider: args.provider, dependsOn: [args.organization] };
        const attach = (resourceName: string, policy: aws.organizations.Policy, target: string) =>
            new aws.organizations.PolicyAttachment(`${resourceName}-attachment`, { policyId: policy.id, targetId: args.targetIds[target] }, { parent: this, provider: args.provider });

        const context = { organizationName, allowedRegions: args.allowedRegions, exemptRoles: config.exemptRoles, readOnlyRoles: config.readOnlyRoles };
        for (const [target, guardrails] of Object.entries(config.serviceControlPolicies)) {
            this.serviceControlPolicyIds[target] = packGuardrails(guardrails, context).map((packed, i) => {
                const resourceName = `${name}-scp-${target}-${i + 1}`;
                const policy = new aws.organizations.Policy(resourceName, {
                    name: policyName(organizationName, target, i + 1),
                    description: `Denies (${organizationName} foundation guardrails): ${packed.guardrails.join(", ")}`.slice(0, MAX_DESCRIPTION),
                    type: "SERVICE_CONTROL_POLICY",
                    content: JSON.stringify(packed.document),
                }, policyOptions);
                attach(resourceName, policy, target);
                return policy.id;
            });
        }

        const { secureTransport, organizationOnly, trustedAccounts } = config.resourceControlPolicies;
        const perimeter = dataPerimeterParts(config.resourceControlPolicies);
        if (perimeter.length > 0) {
            const statements = pulumi.output(args.organizationId).apply((organizationId): GuardrailStatement[] => [
                ...(secureTransport ? [secureTransportStatement()] : []),
                ...(organizationOnly ? [organizationOnlyStatement(organizationId, trustedAccounts)] : []),
            ]);
            const policy = new aws.organizations.Policy(`${name}-rcp`, {
                name: `${organizationName}-data-perimeter`,
                description: `Data perimeter (${organizationName} foundation): ${perimeter.join(", ")}`,
                type: "RESOURCE_CONTROL_POLICY",
                content: statements.apply(s => JSON.stringify(guardrailDocument(s))),
            }, policyOptions);
            attach(`${name}-rcp`, policy, ROOT_TARGET);
        }

        const ec2 = ec2DeclarativePolicy(config.ec2);
        if (ec2) {
            const policy = new aws.organizations.Policy(`${name}-ec2`, {
                name: `${organizationName}-ec2-settings`,
                description: `EC2 settings of every account and region (${organizationName} foundation): ${Object.keys(ec2.ec2_attributes).join(", ")}`,
                type: "DECLARATIVE_POLICY_EC2",
                content: JSON.stringify(ec2),
            }, policyOptions);
            attach(`${name}-ec2`, policy, ROOT_TARGET);
        }

        this.registerOutputs({ serviceControlPolicyIds: this.serviceControlPolicyIds });
    }
}
