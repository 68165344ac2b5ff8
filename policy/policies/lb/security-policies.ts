/**
 * Elastic Load Balancing predefined security policies (TLS negotiation), as AWS documents them, shared by
 * the load balancer policies (lb/) and the Classic Load Balancer ones (elb/).
 *
 * Sources, read 2026-12-06:
 * - Application Load Balancer guide, "Security policies for your Application Load Balancer":
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
 * - Network Load Balancer guide, "Security policies for your Network Load Balancer":
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html
 *   Both: the console's default is ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09; "AWS recommends ...
 *   ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09 or ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09"; earlier
 *   editions recommended ELBSecurityPolicy-TLS13-1-2-2021-06 (the console default before 2025-09); listeners
 *   created by the CLI, CloudFormation, the CDK or Pulumi without a policy get ELBSecurityPolicy-2016-08.
 * - Security Hub control ELB.17 (parameter sslPolicies, not customizable):
 *   https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-17
 *
 * A policy's name states the oldest TLS version it accepts: ELBSecurityPolicy-TLS13-1-2-* and -TLS-1-2-*
 * and -FS-1-2-* start at TLS 1.2, -TLS13-1-3-* at TLS 1.3; -TLS13-1-0-*, -TLS13-1-1-*, -TLS-1-1-*,
 * -FS-1-1-*, -FS-2018-06 and the policies named by a date only (-2016-08, -2015-05, ...) accept TLS 1.0 or
 * 1.1 (the tables' "Protocols" columns). Names are matched by that rule, so a policy AWS adds later is
 * judged by its minimum version, never blocked for being new.
 */
import { UNKNOWN, asString } from "../../lib";

/** What AWS recommends today: Security Hub ELB.17's list, and the post-quantum (PQ) policies the ELB guides recommend. */
export const RECOMMENDED_ELB_POLICIES: readonly string[] = [
    // Security Hub ELB.17.
    "ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", "ELBSecurityPolicy-TLS13-1-3-2021-06",
    "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04", "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04", "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
    // The same families with hybrid post-quantum key exchange (2025-09); the ELB guides recommend the first two.
    "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
    // RFC 9151 (CNSA suite) FIPS policies without interoperability extensions: stricter than the ones above.
    "ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07", "ELBSecurityPolicy-TLS13-1-3-RFC9151-FIPS-2023-07",
];

/** The policy the ELB guides recommend, and its FIPS counterpart. */
export const BEST_ELB_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";
export const BEST_ELB_FIPS_POLICY = "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09";

/** The oldest TLS version a predefined policy accepts, from its name; `undefined` for a name that follows no known pattern. */
export function minimumTls(policy: string): "1.0" | "1.1" | "1.2" | "1.3" | undefined {
    const name = policy.trim();
    if (/^ELBSecurityPolicy-\d{4}-\d{2}$/.test(name) || /^ELBSecurityPolicy-(TLS13-1-0|TLS-1-0)-/.test(name) || name === "ELBSecurityPolicy-FS-2018-06") return "1.0";
    if (/^ELBSecurityPolicy-(TLS13-1-1|TLS-1-1|FS-1-1)-/.test(name)) return "1.1";
    if (/^ELBSecurityPolicy-(TLS13-1-2|TLS-1-2|FS-1-2)-/.test(name)) return "1.2";
    if (/^ELBSecurityPolicy-TLS13-1-3-/.test(name)) return "1.3";
    return undefined;
}

/** "TLS 1.0 and 1.1" or "TLS 1.1": what a policy accepts below TLS 1.2, for messages. */
export function weakVersions(policy: string): string | undefined {
    const min = minimumTls(policy);
    return min === "1.0" ? "TLS 1.0 and 1.1" : min === "1.1" ? "TLS 1.1" : undefined;
}

/**
 * The listener's protocol as AWS applies it: "HTTP" when unset on an application load balancer (the API's
 * default), `undefined` when it cannot be told or does not apply. A Gateway Load Balancer listener has no
 * protocol and no port (it passes every IP packet, GENEVE-encapsulated, to its appliances; "Not valid for
 * Gateway Load Balancers" in the provider's docs): it is not an HTTP listener.
 */
export function listenerProtocol(props: Record<string, unknown>): string | undefined | typeof UNKNOWN {
    const protocol = asString(props["protocol"]);
    if (protocol === UNKNOWN) return UNKNOWN;
    if (protocol !== undefined && protocol.trim() !== "") return protocol.trim().toUpperCase();
    const arn = asString(props["loadBalancerArn"]);
    if (typeof arn === "string" && arn.includes(":loadbalancer/gwy/")) return undefined;
    const tls = [props["certificateArn"], props["sslPolicy"]].some((v) => v !== undefined && v !== null && v !== "");
    if (tls) return "TLS";
    const port = props["port"];
    if (port === UNKNOWN) return UNKNOWN;
    return port === undefined || port === null ? undefined : "HTTP";
}
