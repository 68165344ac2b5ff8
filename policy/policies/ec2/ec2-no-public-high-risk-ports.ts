import {
    IngressRule,
    TCP_AND_UDP,
    WORLD_CIDRS,
    defineResourcePolicy,
    reachesPort,
    securityGroupChecks,
} from "../../lib";

export { SECURITY_GROUP, SECURITY_GROUP_RULE, VPC_INGRESS_RULE } from "../../lib";

/**
 * Security Hub EC2.19's fixed list (file transfer, mail, Windows, databases, search, development
 * servers) without SSH 22 and RDP 3389, which ec2-no-public-admin-ports reports.
 */
const EC2_19_PORTS = [20, 21, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300];

interface HighRiskPortsConfig {
    readonly ports: readonly number[];
}

export function parseConfig(raw: Record<string, unknown>): HighRiskPortsConfig {
    const ports = Array.isArray(raw["ports"]) ? raw["ports"].filter((p): p is number => Number.isInteger(p) && p >= 0 && p <= 65535) : [];
    return { ports: ports.length > 0 ? ports : EC2_19_PORTS };
}

/** One message per rule and world CIDR, naming every high-risk port it opens. */
export function checkRules(rules: readonly IngressRule[], config: HighRiskPortsConfig): string[] {
    return rules.flatMap((rule) => {
        const ports = config.ports.filter((p) => reachesPort(rule, p, TCP_AND_UDP) === true);
        if (ports.length === 0) return [];
        return rule.cidrs.filter((c) => WORLD_CIDRS.has(c)).map((cidr) =>
            `${rule.where} lets ${cidr} reach high-risk port${ports.length > 1 ? "s" : ""} ${ports.join(", ")} (FSBP EC2.19): databases, file shares, ` +
                "remote shells and development servers are attacked within minutes of being reachable; put them behind a load balancer, VPN or private subnet",
        );
    });
}

export const definition = defineResourcePolicy<HighRiskPortsConfig>({
    name: "ec2-no-public-high-risk-ports",
    description:
        "No security group rule lets 0.0.0.0/0 or ::/0 reach a high-risk port (Security Hub EC2.19's list: databases, file transfer, mail, Windows, development servers; SSH and RDP are ec2-no-public-admin-ports's).",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["EC2.19"] },
    configSchema: {
        properties: {
            ports: {
                type: "array",
                items: { type: "integer", minimum: 0, maximum: 65535 },
                default: EC2_19_PORTS,
                description: "Ports that must not be reachable from the internet (default: Security Hub EC2.19's list; SSH and RDP are ec2-no-public-admin-ports's).",
            },
        },
    },
    parseConfig,
    checks: securityGroupChecks(checkRules),
});
