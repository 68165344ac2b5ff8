import { UNKNOWN, asList, asRecord, asString, defineResourcePolicy, stringList } from "../../lib";

const LISTENER = "aws:lb/listener:Listener";
const ALB_LISTENER = "aws:alb/listener:Listener";

/** The security policies Security Hub ELB.17 accepts today (TLS 1.3, or TLS 1.2 with restricted ciphers), for ALB and NLB. */
const ELB_17_POLICIES = [
    "ELBSecurityPolicy-TLS13-1-3-2021-06", "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
    "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
    "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
];

/** An HTTP listener whose default action redirects to HTTPS. */
function redirectsToHttps(actions: unknown): boolean | typeof UNKNOWN {
    const list = asList(actions);
    if (list === UNKNOWN) return UNKNOWN;
    return (list ?? []).some((a) => {
        const action = asRecord(a);
        if (action === UNKNOWN || action === undefined) return false;
        const redirect = asRecord(action["redirect"]);
        const protocol = redirect === UNKNOWN ? UNKNOWN : asString(redirect?.["protocol"]);
        return asString(action["type"]) === "redirect" && (protocol === UNKNOWN || (typeof protocol === "string" && protocol.toUpperCase() === "HTTPS"));
    });
}

interface ListenerConfig {
    readonly allowedSslPolicies: readonly string[];
}

export function parseConfig(raw: Record<string, unknown>): ListenerConfig {
    const list = stringList(raw["allowedSslPolicies"]).map((p) => p.trim()).filter((p) => p !== "");
    return { allowedSslPolicies: list.length > 0 ? list : ELB_17_POLICIES };
}

function checkListener(props: Record<string, unknown>, config: ListenerConfig): string[] {
    const protocol = asString(props["protocol"]);
    if (protocol === UNKNOWN) return [];
    // Unset, an ALB listener is HTTP; with a certificate it can only be HTTPS or TLS.
    const tls = [props["certificateArn"], props["sslPolicy"]].some((v) => v !== undefined && v !== null && v !== "");
    const p = protocol === undefined ? (tls ? undefined : "HTTP") : protocol.trim().toUpperCase();
    if (p === "HTTP") {
        const redirects = redirectsToHttps(props["defaultActions"]);
        return redirects === false
            ? ['an HTTP listener\'s defaultActions must redirect to HTTPS (type "redirect", redirect.protocol "HTTPS", statusCode "HTTP_301") (FSBP ELB.1): ' +
                "otherwise requests, cookies and credentials cross the network in clear text"]
            : [];
    }
    if (p === "HTTPS" || p === "TLS") {
        const policy = asString(props["sslPolicy"]);
        if (policy === UNKNOWN || (typeof policy === "string" && config.allowedSslPolicies.includes(policy.trim()))) return [];
        return [`sslPolicy must be one of the recommended policies, e.g. "ELBSecurityPolicy-TLS13-1-2-Res-2021-06" (FSBP ELB.17), got ` +
            `${policy === undefined ? "not set (ELBSecurityPolicy-2016-08, which accepts TLS 1.0)" : JSON.stringify(policy)}: ` +
            "older policies accept TLS 1.0 or 1.1 or weak ciphers (policy config allowedSslPolicies)"];
    }
    return [];
}

export const definition = defineResourcePolicy<ListenerConfig>({
    name: "lb-listener-encrypted",
    description: "Load balancer listeners redirect HTTP to HTTPS and use a recommended (TLS 1.3, or TLS 1.2 with restricted ciphers) security policy for HTTPS and TLS.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["ELB.1", "ELB.17"] },
    configSchema: {
        properties: {
            allowedSslPolicies: {
                type: "array",
                items: { type: "string" },
                default: ELB_17_POLICIES,
                description: "Security policies HTTPS and TLS listeners may use (default: the ones Security Hub ELB.17 accepts).",
            },
        },
    },
    parseConfig,
    checks: { [LISTENER]: checkListener, [ALB_LISTENER]: checkListener },
});
