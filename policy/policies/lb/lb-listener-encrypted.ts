import { UNKNOWN, asList, asRecord, asString, defineResourcePolicy, stringList } from "../../lib";
import { BEST_ELB_POLICY, listenerProtocol, weakVersions } from "./security-policies";

const LISTENER = "aws:lb/listener:Listener";
const ALB_LISTENER = "aws:alb/listener:Listener";

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
    return { allowedSslPolicies: stringList(raw["allowedSslPolicies"]).map((p) => p.trim()).filter((p) => p !== "") };
}

const WHY_TLS = "TLS 1.0 and 1.1 are deprecated (RFC 8996) and let an attacker downgrade connections to weak ciphers";

function checkListener(props: Record<string, unknown>, config: ListenerConfig): string[] {
    const p = listenerProtocol(props);
    if (p === "HTTP") {
        const redirects = redirectsToHttps(props["defaultActions"]);
        return redirects === false
            ? ['an HTTP listener\'s defaultActions must redirect to HTTPS (type "redirect", redirect.protocol "HTTPS", statusCode "HTTP_301") (FSBP ELB.1): ' +
                "otherwise requests, cookies and credentials cross the network in clear text"]
            : [];
    }
    if (p !== "HTTPS" && p !== "TLS") return [];
    const policy = asString(props["sslPolicy"]);
    if (policy === UNKNOWN) return [];
    const name = policy?.trim() ?? "";
    if (config.allowedSslPolicies.length > 0) {
        return config.allowedSslPolicies.includes(name)
            ? []
            : [`sslPolicy must be one of the policies allowed by policy config allowedSslPolicies (${config.allowedSslPolicies.map((a) => JSON.stringify(a)).join(", ")}), ` +
                `got ${name === "" ? "not set (ELBSecurityPolicy-2016-08)" : JSON.stringify(name)}`];
    }
    if (name === "") {
        return [`sslPolicy must be set to a policy that accepts only TLS 1.2 or later, e.g. "${BEST_ELB_POLICY}" (the policy the Elastic Load Balancing guides recommend), ` +
            `got not set: the API then applies ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1 (foundation encrypted-in-transit); ${WHY_TLS}`];
    }
    const weak = weakVersions(name);
    return weak === undefined
        ? []
        : [`sslPolicy must accept only TLS 1.2 or later, e.g. "${BEST_ELB_POLICY}" (the policy the Elastic Load Balancing guides recommend), ` +
            `got ${JSON.stringify(name)}, which also accepts ${weak} (foundation encrypted-in-transit); ${WHY_TLS}`];
}

export const definition = defineResourcePolicy<ListenerConfig>({
    name: "lb-listener-encrypted",
    description: "Load balancer listeners redirect HTTP to HTTPS, and HTTPS and TLS listeners use a security policy that accepts only TLS 1.2 or later.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["ELB.1"], foundation: ["encrypted-in-transit"] },
    configSchema: {
        properties: {
            allowedSslPolicies: {
                type: "array",
                items: { type: "string" },
                default: [],
                description: "Security policies HTTPS and TLS listeners may use; empty (the default): every predefined policy that accepts only TLS 1.2 or later.",
            },
        },
    },
    parseConfig,
    checks: { [LISTENER]: checkListener, [ALB_LISTENER]: checkListener },
});
