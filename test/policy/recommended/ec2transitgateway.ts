import type { RecommendedSetting } from "./corpus";

/** Transit gateways, as the VPC Transit Gateways guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:ec2transitgateway/transitGateway:TransitGateway",
        title: "shared attachments need acceptance (the default)",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html ${READ}`,
        props: { description: "core" },
    },
    {
        type: "aws:ec2transitgateway/transitGateway:TransitGateway",
        title: "auto accept explicitly disabled",
        source: `https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html ${READ}`,
        props: { description: "core", autoAcceptSharedAttachments: "disable", defaultRouteTableAssociation: "disable", defaultRouteTablePropagation: "disable" },
    },
];
