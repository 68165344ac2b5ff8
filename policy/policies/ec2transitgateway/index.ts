import { definition as ec2TransitGatewayNoAutoAccept } from "./ec2-transit-gateway-no-auto-accept";

/** The ec2transitgateway policies: resource policies, then stack policies. */
export const resourcePolicies = [ec2TransitGatewayNoAutoAccept] as const;
export const stackPolicies = [] as const;
