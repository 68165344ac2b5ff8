import { StackResource, StackViolation, companionsOf, defineStackPolicy } from "../../lib";

export const VPC = "aws:ec2/vpc:Vpc";
const FLOW_LOG = "aws:ec2/flowLog:FlowLog";

function checkVpcs(resources: readonly StackResource[]): StackViolation[] {
    const flowLogs = resources.filter((r) => r.type === FLOW_LOG);
    return resources
        .filter((r) => r.type === VPC && companionsOf(r, flowLogs, "vpcId").length === 0)
        .map((vpc) => ({
            urn: vpc.urn,
            message: "no ec2.FlowLog records this VPC's traffic (FSBP EC2.6): an investigation cannot tell which addresses talked to what; " +
                'add a flow log with trafficType "REJECT" or "ALL" to CloudWatch Logs or S3',
        }));
}

export const definition = defineStackPolicy({
    name: "ec2-vpc-flow-logs",
    description: "Every VPC in the stack has a flow log.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["EC2.6"], foundation: ["evidence"] },
    resourceTypes: [VPC, FLOW_LOG],
    check: checkVpcs,
});
