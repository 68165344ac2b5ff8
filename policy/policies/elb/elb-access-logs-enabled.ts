import { UNKNOWN, asBool, asRecord, asString, defineResourcePolicy } from "../../lib";

const LOAD_BALANCER = "aws:elb/loadBalancer:LoadBalancer";

/**
 * Classic Load Balancer access logs (Security Hub ELB.5). With an accessLogs block, `enabled` defaults
 * to true (provider docs). https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5 (read 2026-12-06)
 */
function checkLoadBalancer(props: Record<string, unknown>): string[] {
    const logs = asRecord(props["accessLogs"]);
    if (logs === UNKNOWN) return [];
    const enabled = asBool(logs?.["enabled"]);
    const bucket = asString(logs?.["bucket"]);
    if (enabled === UNKNOWN || bucket === UNKNOWN) return [];
    if (enabled !== false && typeof bucket === "string" && bucket.trim() !== "") return [];
    return [`accessLogs must name a bucket and not set enabled to false (FSBP ELB.5), got ${logs === undefined ? "no accessLogs" : enabled === false ? "enabled false" : "no bucket"}: ` +
        "without access logs there is no record of who sent which request to the load balancer"];
}

export const definition = defineResourcePolicy({
    name: "elb-access-logs-enabled",
    description: "Classic Load Balancers write access logs to S3.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["ELB.5"] },
    checks: { [LOAD_BALANCER]: checkLoadBalancer },
});
