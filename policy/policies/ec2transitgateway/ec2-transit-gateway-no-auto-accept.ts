import { asString, defineResourcePolicy } from "../../lib";

const TRANSIT_GATEWAY = "aws:ec2transitgateway/transitGateway:TransitGateway";

export const definition = defineResourcePolicy({
    name: "ec2-transit-gateway-no-auto-accept",
    description: "Transit gateways do not accept shared VPC attachments automatically.",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { fsbp: ["EC2.23"] },
    checks: {
        [TRANSIT_GATEWAY]: (props) => {
            const auto = asString(props["autoAcceptSharedAttachments"]);
            return typeof auto === "string" && auto.trim().toLowerCase() === "enable"
                ? ['autoAcceptSharedAttachments must be "disable" (FSBP EC2.23): any account the gateway is shared with can attach its VPC to your network without review']
                : [];
        },
    },
});
