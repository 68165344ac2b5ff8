import {
    IngressRule,
    TCP_AND_UDP,
    WORLD_CIDRS,
    defineResourcePolicy,
    reachesPort,
    securityGroupChecks,
    stringList,
} from "../../lib";

export { SECURITY_GROUP, SECURITY_GROUP_RULE, VPC_INGRESS_RULE } from "../../lib";

interface AdminPortsConfig {
    readonly adminPorts: readonly number[];
    /** When not empty, the only CIDRs that may reach an admin port at all. */
    readonly allowedAdminCidrs: readonly string[];
}

const PORT_NAMES: { readonly [port: number]: string } = { 22: "SSH", 3389: "RDP" };

const named = (port: number) => (PORT_NAMES[port] ? `port ${port} (${PORT_NAMES[port]})` : `port ${port}`);

/** CIS 5.2 / 5.3 and the Security Hub controls that check them (EC2.53 / EC2.54). */
const controlsFor = (cidr: string) => (cidr.includes(":") ? "CIS 5.3, Security Hub EC2.54" : "CIS 5.2, Security Hub EC2.53");

export function parseConfig(raw: Record<string, unknown>): AdminPortsConfig {
    const ports = Array.isArray(raw["adminPorts"]) ? raw["adminPorts"].filter((p): p is number => Number.isInteger(p) && p >= 0 && p <= 65535) : [];
    return { adminPorts: ports.length > 0 ? ports : [22, 3389], allowedAdminCidrs: stringList(raw["allowedAdminCidrs"]).map((c) => c.trim()) };
}

export function checkRules(rules: readonly IngressRule[], config: AdminPortsConfig): string[] {
    const messages: string[] = [];
    for (const rule of rules) {
        const ports = config.adminPorts.filter((p) => reachesPort(rule, p, TCP_AND_UDP) === true);
        if (ports.length === 0) continue;
        const what = ports.map(named).join(" and ");
        for (const cidr of rule.cidrs) {
            if (WORLD_CIDRS.has(cidr)) {
                messages.push(
                    `${rule.where} lets ${cidr} reach ${what} (${controlsFor(cidr)}): anyone on the internet ` +
                        "can try to log in; allow only your administrators' CIDRs, or use SSM Session Manager instead of an open port",
                );
            } else if (config.allowedAdminCidrs.length > 0 && !config.allowedAdminCidrs.includes(cidr)) {
                messages.push(
                    `${rule.where} lets ${cidr} reach ${what}, but only ${config.allowedAdminCidrs.join(", ")} may reach administration ports ` +
                        "(policy config allowedAdminCidrs)",
                );
            }
        }
    }
    return messages;
}

export const definition = defineResourcePolicy<AdminPortsConfig>({
    name: "ec2-no-public-admin-ports",
    description:
        "No security group rule (inline, SecurityGroupRule or vpc.SecurityGroupIngressRule) lets 0.0.0.0/0 or ::/0 reach an administration port (SSH 22, RDP 3389).",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { cis: ["5.2", "5.3"] },
    configSchema: {
        properties: {
            adminPorts: {
                type: "array",
                items: { type: "integer", minimum: 0, maximum: 65535 },
                default: [22, 3389],
                description: "Ports that must never be open to the internet.",
            },
            allowedAdminCidrs: {
                type: "array",
                items: { type: "string" },
                default: [],
                description: "If set, the only source CIDRs (exact match) any rule may open an administration port to.",
            },
        },
    },
    parseConfig,
    checks: securityGroupChecks(checkRules),
});
