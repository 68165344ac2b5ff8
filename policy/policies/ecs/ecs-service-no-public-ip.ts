import { UNKNOWN, asBool, asRecord, defineResourcePolicy } from "../../lib";

const SERVICE = "aws:ecs/service:Service";

/**
 * Security Hub ECS.2 (https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-2,
 * read 2026-12-06): awsvpc tasks of a service with `assignPublicIp` get a public address each.
 * Advisory, like ec2-no-public-ip: AWS's own Fargate getting-started walkthroughs assign one so a
 * task in a public subnet without a NAT gateway can pull its image; VPC endpoints or a NAT gateway
 * in a private subnet are the better setting.
 */
function checkService(props: Record<string, unknown>): string[] {
    const network = asRecord(props["networkConfiguration"]);
    if (network === undefined || network === UNKNOWN) return [];
    return asBool(network["assignPublicIp"]) === true
        ? ["networkConfiguration.assignPublicIp must not be true (FSBP ECS.2): every task of the service gets a public address and is reachable from the internet " +
            "as soon as a security group rule allows it; run tasks in private subnets and reach ECR and other services through a NAT gateway or VPC endpoints"]
        : [];
}

export const definition = defineResourcePolicy({
    name: "ecs-service-no-public-ip",
    description: "ECS services do not assign public IP addresses to their tasks.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["ECS.2"] },
    // No remediation: without a public address, a task in a public subnet with no NAT gateway cannot pull its image.
    checks: { [SERVICE]: checkService },
});
