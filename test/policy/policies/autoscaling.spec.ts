/** policy/policies/autoscaling/: autoscaling-group-launch-template. */
import { UNKNOWN } from "../../../policy/lib";
import { definition as launchTemplates } from "../../../policy/policies/autoscaling/autoscaling-group-launch-template";
import { titledTable } from "../tables";

const GROUP = "aws:autoscaling/group:Group";
const LC = "launchConfiguration should be replaced by a launch template (FSBP AutoScaling.9): AWS adds no new EC2 features or instance types to launch " +
    "configurations; set launchTemplate (or mixedInstancesPolicy) instead";
titledTable("policy autoscaling-group-launch-template", launchTemplates, GROUP, [
    ["a launch template", {}, []],
    ["a mixed instances policy", { launchTemplate: undefined, mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateId: "lt-1" } } } }, []],
    ["a launch configuration (checkov AutoScalingLaunchTemplate's fail case)", { launchTemplate: undefined, launchConfiguration: "foobar" }, [LC]],
    ["launch configuration not known yet", { launchTemplate: undefined, launchConfiguration: UNKNOWN }, []],
    ["an empty launch configuration name", { launchConfiguration: " " }, []],
]);
