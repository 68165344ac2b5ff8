import { StackResource, StackViolation, companionsOf, defineStackPolicy } from "../../lib";

const VPC = "aws:ec2/vpc:Vpc";
const DEFAULT_VPC = "aws:ec2/defaultVpc:DefaultVpc";
const DEFAULT_SECURITY_GROUP = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";

/**
 * Every VPC comes with a default security group that lets its members talk to each other on every
 * port and reach anything outbound (https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html,
 * read 2026-12-06); CIS 5.4 and Security Hub EC2.2 want it to have no rules at all. Only an
 * ec2.DefaultSecurityGroup for the VPC removes them (it adopts the group and deletes every rule it
 * does not list). A managed group that keeps rules is ec2-default-security-group-closed's finding.
 */
function checkVpcs(resources: readonly StackResource[]): StackViolation[] {
    const groups = resources.filter((r) => r.type === DEFAULT_SECURITY_GROUP);
    return resources
        .filter((r) => (r.type === VPC || r.type === DEFAULT_VPC) && companionsOf(r, groups, "vpcId").length === 0)
        .map((vpc) => ({
            urn: vpc.urn,
            message: "no ec2.DefaultSecurityGroup closes this VPC's default security group (CIS 5.4, FSBP EC2.2): it keeps AWS's default rules, all traffic " +
                "between its members and all outbound traffic, and anything launched without a security group lands in it; add an ec2.DefaultSecurityGroup " +
                "with this VPC's id and no ingress or egress rules",
        }));
}

export const definition = defineStackPolicy({
    name: "ec2-vpc-default-security-group-closed",
    description: "Every VPC in the stack has its default security group adopted and emptied by an ec2.DefaultSecurityGroup.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { cis: ["5.4"], fsbp: ["EC2.2"] },
    resourceTypes: [VPC, DEFAULT_VPC, DEFAULT_SECURITY_GROUP],
    check: checkVpcs,
});
