import { UNKNOWN, asBool, asRecord, asString, defineResourcePolicy } from "../../lib";

const LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
const ALB_LOAD_BALANCER = "aws:alb/loadBalancer:LoadBalancer";

function checkLoadBalancer(props: Record<string, unknown>): string[] {
    const type = asString(props["loadBalancerType"]);
    if (type === UNKNOWN) return [];
    const messages: string[] = [];
    const application = type === undefined || type.trim().toLowerCase() === "application";
    if (application && asBool(props["dropInvalidHeaderFields"]) !== true && props["dropInvalidHeaderFields"] !== UNKNOWN) {
        messages.push("dropInvalidHeaderFields must be true (Security Hub ELB.4): malformed headers are passed to the targets, the way request smuggling starts");
    }
    const logs = asRecord(props["accessLogs"]);
    const logging = logs === UNKNOWN ? UNKNOWN : asBool(logs?.["enabled"]);
    // Access logs exist for application load balancers (network ones log TLS listeners only, gateway ones none).
    if (application && logging !== true && logging !== UNKNOWN) {
        messages.push("accessLogs.enabled must be true, with a bucket (Security Hub ELB.5): without access logs there is no record of who called what");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "lb-load-balancer-hardened",
    description: "Application load balancers drop invalid HTTP headers and write access logs.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { foundation: ["evidence"] },
    checks: { [LOAD_BALANCER]: checkLoadBalancer, [ALB_LOAD_BALANCER]: checkLoadBalancer },
});
