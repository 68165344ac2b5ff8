import { StackResource, StackViolation, UNKNOWN, asBool, asList, asRecord, asString, defineStackPolicy, takesFrom } from "../../lib";

const INSTANCE = "aws:ec2/instance:Instance";
const SUBNET = "aws:ec2/subnet:Subnet";
const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const LAUNCH_CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";
const GROUP = "aws:autoscaling/group:Group";

/**
 * An instance whose launch leaves the public address open gets one when its subnet's
 * mapPublicIpOnLaunch is on: "If you don't specify [associate public IP], the instance gets the
 * subnet's setting" (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses,
 * https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html, read 2026-12-06). So an
 * instance, or an Auto Scaling group, that sets nothing itself is judged with its subnet and its
 * launch template or configuration. Explicit `true` is ec2-no-public-ip's finding; a subnet, template
 * or configuration outside the stack, or not known yet, is not guessed at.
 */

/** What a launch says about the public address: "yes", "no", or nothing ("subnet"); `undefined` when not known. */
type Choice = "yes" | "no" | "subnet" | undefined;

const choice = (value: unknown): Choice => {
    const b = asBool(value);
    return b === UNKNOWN ? undefined : b === true ? "yes" : b === false ? "no" : value === undefined || value === null ? "subnet" : undefined;
};

/** The template's first network interface (device index 0), where its public address setting lives. */
function primaryInterface(template: StackResource): Record<string, unknown> | undefined | typeof UNKNOWN {
    const interfaces = asList(template.props["networkInterfaces"]);
    if (interfaces === UNKNOWN) return UNKNOWN;
    const records = (interfaces ?? []).map((n) => asRecord(n));
    if (records.some((r) => r === UNKNOWN)) return UNKNOWN;
    const plain = records.filter((r): r is Record<string, unknown> => r !== undefined);
    return plain.find((r) => r["deviceIndex"] === 0 || r["deviceIndex"] === "0") ?? plain[0];
}

/** The stack's resources of `type` that `resource`'s `input` names or comes from. */
function referenced(resource: StackResource, input: string, candidates: readonly StackResource[], names: readonly unknown[]): StackResource[] {
    const wanted = names.map((n) => asString(n)).filter((n): n is string => typeof n === "string" && n.trim() !== "");
    return candidates.filter((c) => takesFrom(resource, input, c) ||
        wanted.some((n) => [c.props["name"], c.props["id"]].includes(n)));
}

const publicSubnets = (subnets: readonly StackResource[]) => subnets.filter((s) => asBool(s.props["mapPublicIpOnLaunch"]) === true);

const WHY = "it is reachable from the internet as soon as a security group rule allows it";

function checkInstance(instance: StackResource, resources: readonly StackResource[]): StackViolation[] {
    const p = instance.props;
    // An attached network interface decides for itself.
    if (p["networkInterfaces"] !== undefined || p["primaryNetworkInterface"] !== undefined) return [];
    let decision = choice(p["associatePublicIpAddress"]);
    let fromTemplate: StackResource | undefined;
    const spec = p["launchTemplate"];
    if (decision === "subnet" && spec !== undefined && spec !== null) {
        const record = asRecord(spec);
        if (record === UNKNOWN) return [];
        const templates = referenced(instance, "launchTemplate", resources.filter((r) => r.type === LAUNCH_TEMPLATE), [record?.["id"], record?.["name"]]);
        if (templates.length !== 1) return [];
        fromTemplate = templates[0]!;
        const nic = primaryInterface(fromTemplate);
        if (nic === UNKNOWN) return [];
        decision = nic === undefined ? "subnet" : choice(nic["associatePublicIpAddress"]);
    }
    if (decision !== "subnet") return [];
    const subnets = resources.filter((r) => r.type === SUBNET);
    let candidates = referenced(instance, "subnetId", subnets, [p["subnetId"]]);
    if (p["subnetId"] === undefined && fromTemplate !== undefined) {
        const nic = primaryInterface(fromTemplate);
        candidates = nic === undefined || nic === UNKNOWN ? [] : referenced(fromTemplate, "networkInterfaces", subnets, [nic["subnetId"]]);
    }
    return publicSubnets(candidates).map((subnet) => ({
        urn: instance.urn,
        message: `the instance gets a public IPv4 address from subnet "${subnet.name}", whose mapPublicIpOnLaunch is true (FSBP EC2.9): ${WHY}; ` +
            `set associatePublicIpAddress to false${fromTemplate === undefined ? "" : " (in its launch template's network interface)"}, or launch it in a private subnet`,
    }));
}

function checkGroup(group: StackResource, resources: readonly StackResource[]): StackViolation[] {
    const p = group.props;
    let decision: Choice;
    let where: string;
    if (p["launchConfiguration"] !== undefined && p["launchConfiguration"] !== null) {
        const configurations = referenced(group, "launchConfiguration", resources.filter((r) => r.type === LAUNCH_CONFIGURATION), [p["launchConfiguration"]]);
        if (configurations.length !== 1) return [];
        decision = choice(configurations[0]!.props["associatePublicIpAddress"]);
        where = "its launch configuration";
    } else {
        const spec = asRecord(p["launchTemplate"]);
        if (spec === undefined || spec === UNKNOWN) return [];
        const templates = referenced(group, "launchTemplate", resources.filter((r) => r.type === LAUNCH_TEMPLATE), [spec["id"], spec["name"]]);
        if (templates.length !== 1) return [];
        const nic = primaryInterface(templates[0]!);
        if (nic === UNKNOWN) return [];
        decision = nic === undefined ? "subnet" : choice(nic["associatePublicIpAddress"]);
        where = "its launch template's network interface";
    }
    if (decision !== "subnet") return [];
    const zones = asList(p["vpcZoneIdentifiers"]);
    if (zones === UNKNOWN) return [];
    const subnets = referenced(group, "vpcZoneIdentifiers", resources.filter((r) => r.type === SUBNET), zones ?? []);
    return publicSubnets(subnets).map((subnet) => ({
        urn: group.urn,
        message: `the group's instances get public IPv4 addresses from subnet "${subnet.name}", whose mapPublicIpOnLaunch is true (FSBP EC2.9): ${WHY}; ` +
            `set associatePublicIpAddress to false in ${where}, or use private subnets`,
    }));
}

export const definition = defineStackPolicy({
    name: "ec2-instance-no-public-ip-from-subnet",
    description: "No EC2 instance or Auto Scaling group gets a public IPv4 address from its subnet's mapPublicIpOnLaunch (judged across the instance, its launch template or configuration, and the subnet).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["EC2.9"] },
    resourceTypes: [INSTANCE, GROUP, SUBNET, LAUNCH_TEMPLATE, LAUNCH_CONFIGURATION],
    check: (resources) => resources.flatMap((r) => (r.type === INSTANCE ? checkInstance(r, resources) : r.type === GROUP ? checkGroup(r, resources) : [])),
});
