import { UNKNOWN, asList, defineResourcePolicy } from "../../lib";

const DEFAULT_SECURITY_GROUP = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";

/** Managing the default group adopts it and removes every rule not listed: it must list none. */
function checkDefaultSecurityGroup(props: Record<string, unknown>): string[] {
    return (["ingress", "egress"] as const).flatMap((direction) => {
        const rules = asList(props[direction]);
        return rules === UNKNOWN || rules === undefined || rules.length === 0
            ? []
            : [`${direction} must be empty (CIS 5.4, FSBP EC2.2): anything launched without a security group lands in the default group and gets this traffic; ` +
                "create purpose-built security groups and leave the default one closed"];
    });
}

export const definition = defineResourcePolicy({
    name: "ec2-default-security-group-closed",
    description: "A VPC's default security group, when managed, allows no inbound or outbound traffic.",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { cis: ["5.4"], fsbp: ["EC2.2"] },
    checks: { [DEFAULT_SECURITY_GROUP]: checkDefaultSecurityGroup },
    remediations: { [DEFAULT_SECURITY_GROUP]: () => ({ ingress: [], egress: [] }) },
});
