/**
 * Ingress rules in the forms AWS resources give them (security group inline rules,
 * `SecurityGroupRule`, `vpc.SecurityGroupIngressRule`, network ACL entries), normalized to one
 * shape so a policy asks one question: which known sources reach which ports.
 */
import type { PureCheck } from "./define";
import { UNKNOWN, Unknown } from "./unknown";
import { asList, asNumber, asRecord, asString } from "./values";

export interface IngressRule {
    /** How messages name the rule, e.g. `ingress[0]`. */
    readonly where: string;
    /** Lower-cased: "tcp", "udp", "-1", "6", ...; `UNKNOWN` when not known. */
    readonly protocol: string | Unknown | undefined;
    readonly fromPort: number | Unknown | undefined;
    readonly toPort: number | Unknown | undefined;
    /** Known IPv4 and IPv6 source CIDRs (unknown ones are left out). */
    readonly cidrs: readonly string[];
}

export const WORLD_CIDRS: ReadonlySet<string> = new Set(["0.0.0.0/0", "::/0"]);

const ALL_PROTOCOLS = new Set(["-1", "all"]);
/** Protocol names and numbers as security groups accept them. */
export const TCP: ReadonlySet<string> = new Set(["tcp", "6"]);
export const TCP_AND_UDP: ReadonlySet<string> = new Set(["tcp", "6", "udp", "17"]);

/**
 * Does the rule let traffic to `port` in over one of `protocols` (or all protocols)? `UNKNOWN`
 * when its protocol or ports are unknown.
 */
export function reachesPort(rule: IngressRule, port: number, protocols: ReadonlySet<string> = TCP): boolean | Unknown {
    if (rule.protocol === UNKNOWN) return UNKNOWN;
    const protocol = rule.protocol ?? "";
    if (ALL_PROTOCOLS.has(protocol)) return true;
    if (!protocols.has(protocol)) return false;
    if (rule.fromPort === UNKNOWN || rule.toPort === UNKNOWN) return UNKNOWN;
    // A rule without ports (vpc.SecurityGroupIngressRule allows that) covers every port.
    const from = rule.fromPort ?? 0;
    const to = rule.toPort ?? 65535;
    return from <= port && port <= to;
}

function strings(value: unknown): string[] {
    const list = asList(value);
    return Array.isArray(list) ? list.filter((v): v is string => typeof v === "string").map((v) => v.trim()) : [];
}

function protocolOf(value: unknown): string | Unknown | undefined {
    const p = value === UNKNOWN ? UNKNOWN : typeof value === "number" ? String(value) : asString(value);
    return typeof p === "string" ? p.trim().toLowerCase() : p;
}

function port(value: unknown): number | Unknown | undefined {
    return asNumber(value);
}

/** `ingress` of SecurityGroup / DefaultSecurityGroup: `cidrBlocks`, `ipv6CidrBlocks`. */
export function inlineIngressRules(value: unknown, path = "ingress"): IngressRule[] {
    const list = asList(value);
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry, i) => {
        const r = asRecord(entry);
        if (r === undefined || r === UNKNOWN) return [];
        return [{
            where: `${path}[${i}]`,
            protocol: protocolOf(r["protocol"]),
            fromPort: port(r["fromPort"]),
            toPort: port(r["toPort"]),
            cidrs: [...strings(r["cidrBlocks"]), ...strings(r["ipv6CidrBlocks"])],
        }];
    });
}

/** `SecurityGroupRule` of type "ingress" (egress rules are not ingress). */
export function securityGroupRuleIngress(props: Record<string, unknown>): IngressRule[] {
    const type = asString(props["type"]);
    if (type === UNKNOWN || type?.trim().toLowerCase() !== "ingress") return [];
    return [{
        where: "this rule",
        protocol: protocolOf(props["protocol"]),
        fromPort: port(props["fromPort"]),
        toPort: port(props["toPort"]),
        cidrs: [...strings(props["cidrBlocks"]), ...strings(props["ipv6CidrBlocks"])],
    }];
}

/** `vpc.SecurityGroupIngressRule`: one `cidrIpv4` or `cidrIpv6`, `ipProtocol`. */
export function vpcIngressRule(props: Record<string, unknown>): IngressRule[] {
    return [{
        where: "this rule",
        protocol: protocolOf(props["ipProtocol"]),
        fromPort: port(props["fromPort"]),
        toPort: port(props["toPort"]),
        cidrs: [...strings(props["cidrIpv4"]), ...strings(props["cidrIpv6"])],
    }];
}

export const SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
export const SECURITY_GROUP_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
export const VPC_INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";

/** One check over ingress rules, applied to the three ways a stack can write them. */
export function securityGroupChecks<C>(check: (rules: readonly IngressRule[], config: C) => string[]): { [type: string]: PureCheck<C> } {
    return {
        [SECURITY_GROUP]: (props, config) => (props["ingress"] === UNKNOWN ? [] : check(inlineIngressRules(props["ingress"]), config)),
        [SECURITY_GROUP_RULE]: (props, config) => check(securityGroupRuleIngress(props), config),
        [VPC_INGRESS_RULE]: (props, config) => check(vpcIngressRule(props), config),
    };
}
