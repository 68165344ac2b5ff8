import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

const GROUP = "aws:autoscaling/group:Group";

/**
 * Security Hub AutoScaling.9 (https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-9)
 * and the EC2 Auto Scaling guide (https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html,
 * both read 2026-12-06): AWS recommends launch templates and no longer adds EC2 features or
 * instance types to launch configurations. Advisory: a launch configuration still works, and its
 * security settings (IMDSv2, encryption, public IP) are judged by the ec2 policies.
 */
function checkGroup(props: Record<string, unknown>): string[] {
    const configuration = asString(props["launchConfiguration"]);
    if (configuration === UNKNOWN || configuration === undefined || configuration.trim() === "") return [];
    return ["launchConfiguration should be replaced by a launch template (FSBP AutoScaling.9): AWS adds no new EC2 features or instance types to launch " +
        "configurations; set launchTemplate (or mixedInstancesPolicy) instead"];
}

export const definition = defineResourcePolicy({
    name: "autoscaling-group-launch-template",
    description: "EC2 Auto Scaling groups launch from launch templates, not launch configurations.",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { fsbp: ["AutoScaling.9"] },
    checks: { [GROUP]: checkGroup },
});
