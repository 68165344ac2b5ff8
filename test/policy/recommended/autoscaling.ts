import type { RecommendedSetting } from "./corpus";

/** EC2 Auto Scaling groups, as the EC2 Auto Scaling user guide recommends them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:autoscaling/group:Group",
        title: "group launching from a launch template across two private subnets",
        source: `https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-asg-launch-template.html ${READ}`,
        props: {
            minSize: 2, maxSize: 6, desiredCapacity: 2, vpcZoneIdentifiers: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"],
            launchTemplate: { id: "lt-0123456789abcdef0", version: "$Latest" }, healthCheckType: "ELB", healthCheckGracePeriod: 300,
        },
    },
    {
        type: "aws:autoscaling/group:Group",
        title: "group with a mixed instances policy over a launch template",
        source: `https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html ${READ}`,
        props: {
            minSize: 1, maxSize: 10, vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
            mixedInstancesPolicy: {
                instancesDistribution: { onDemandBaseCapacity: 1, onDemandPercentageAboveBaseCapacity: 50, spotAllocationStrategy: "price-capacity-optimized" },
                launchTemplate: { launchTemplateSpecification: { launchTemplateId: "lt-0123456789abcdef0", version: "$Latest" },
                    overrides: [{ instanceType: "c7g.large" }, { instanceType: "m7g.large" }] },
            },
        },
    },
];
