import { IngressRule, TCP_AND_UDP, UNKNOWN, WORLD_CIDRS, asBool, asList, asNumber, asRecord, asString, defineResourcePolicy, reachesPort } from "../../lib";

const NETWORK_ACL = "aws:ec2/networkAcl:NetworkAcl";
const DEFAULT_NETWORK_ACL = "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl";
const NETWORK_ACL_RULE = "aws:ec2/networkAclRule:NetworkAclRule";

const ADMIN_PORTS = [22, 3389];

function aclRule(where: string, r: Record<string, unknown>, action: unknown): IngressRule | undefined {
    const a = asString(action);
    if (a === UNKNOWN || a?.trim().toLowerCase() !== "allow") return undefined;
    const protocol = asString(r["protocol"]) ?? (typeof r["protocol"] === "number" ? String(r["protocol"]) : undefined);
    return {
        where,
        protocol: typeof protocol === "string" ? protocol.trim().toLowerCase() : protocol,
        fromPort: asNumber(r["fromPort"]),
        toPort: asNumber(r["toPort"]),
        cidrs: [asString(r["cidrBlock"]), asString(r["ipv6CidrBlock"])].filter((c): c is string => typeof c === "string").map((c) => c.trim()),
    };
}

function messages(rules: ReadonlyArray<IngressRule | undefined>): string[] {
    return rules.flatMap((rule) => {
        if (rule === undefined) return [];
        const ports = ADMIN_PORTS.filter((p) => reachesPort(rule, p, TCP_AND_UDP) === true);
        const world = rule.cidrs.filter((c) => WORLD_CIDRS.has(c));
        return ports.length === 0 || world.length === 0
            ? []
            : [`${rule.where} allows ${world.join(" and ")} to reach port ${ports.join(" and ")} (CIS 5.1, Security Hub EC2.21): the subnet's second line ` +
                "of defense lets remote administration in from anywhere; allow those ports only from your networks"];
    });
}

function inline(props: Record<string, unknown>): string[] {
    const entries = asList(props["ingress"]);
    if (!Array.isArray(entries)) return [];
    return messages(entries.map((entry, i) => {
        const r = asRecord(entry);
        return r === undefined || r === UNKNOWN ? undefined : aclRule(`ingress[${i}]`, r, r["action"]);
    }));
}

function checkNetworkAclRule(props: Record<string, unknown>): string[] {
    const egress = asBool(props["egress"]);
    if (egress === true || egress === UNKNOWN) return [];
    return messages([aclRule("this rule", props, props["ruleAction"])]);
}

export const definition = defineResourcePolicy({
    name: "ec2-network-acl-no-public-admin-ports",
    description: "No network ACL allows 0.0.0.0/0 or ::/0 in to SSH (22) or RDP (3389).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { cis: ["5.1"] },
    checks: { [NETWORK_ACL]: inline, [DEFAULT_NETWORK_ACL]: inline, [NETWORK_ACL_RULE]: checkNetworkAclRule },
});
