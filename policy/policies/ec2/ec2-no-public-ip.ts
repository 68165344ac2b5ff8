import { UNKNOWN, asBool, asList, asRecord, defineResourcePolicy } from "../../lib";

export const INSTANCE = "aws:ec2/instance:Instance";
const SUBNET = "aws:ec2/subnet:Subnet";
export const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
export const LAUNCH_CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";

const WHY = "the instance is reachable from the internet as soon as a security group rule allows it; reach it through a load balancer, NAT or SSM instead";

export function checkInstance(props: Record<string, unknown>): string[] {
    return asBool(props["associatePublicIpAddress"]) === true ? [`associatePublicIpAddress must not be true (FSBP EC2.9): ${WHY}`] : [];
}

function checkSubnet(props: Record<string, unknown>): string[] {
    return asBool(props["mapPublicIpOnLaunch"]) === true
        ? ["mapPublicIpOnLaunch must not be true (FSBP EC2.15): every instance launched in the subnet gets a public address; assign one only where it is needed"]
        : [];
}

/** Launch template network interfaces: `associatePublicIpAddress` is a string there. */
export function checkLaunchTemplate(props: Record<string, unknown>): string[] {
    const interfaces = asList(props["networkInterfaces"]);
    if (!Array.isArray(interfaces)) return [];
    return interfaces.flatMap((entry, i) => {
        const nic = asRecord(entry);
        return nic !== undefined && nic !== UNKNOWN && asBool(nic["associatePublicIpAddress"]) === true
            ? [`networkInterfaces[${i}].associatePublicIpAddress must not be "true" (FSBP EC2.25): ${WHY}`]
            : [];
    });
}

/** Every instance the Auto Scaling group launches from it gets a public address. */
function checkLaunchConfiguration(props: Record<string, unknown>): string[] {
    return asBool(props["associatePublicIpAddress"]) === true
        ? [`associatePublicIpAddress must not be true (FSBP AutoScaling.5): every instance the Auto Scaling group launches gets a public address; ${WHY}`]
        : [];
}

export const definition = defineResourcePolicy({
    name: "ec2-no-public-ip",
    description: "EC2 instances, launch templates, launch configurations and subnets do not hand out public IPv4 addresses.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["EC2.9", "EC2.15", "EC2.25", "AutoScaling.5"] },
    checks: { [INSTANCE]: checkInstance, [SUBNET]: checkSubnet, [LAUNCH_TEMPLATE]: checkLaunchTemplate, [LAUNCH_CONFIGURATION]: checkLaunchConfiguration },
});
