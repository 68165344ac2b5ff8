import { UNKNOWN, asList, asRecord, asString, defineResourcePolicy } from "../../lib";

export const LISTENER = "aws:lb/listener:Listener";
export const ALB_LISTENER = "aws:alb/listener:Listener";

/** TLS 1.2-only security policies, plus every TLS 1.3 policy (names containing TLS13). */
const TLS12_POLICIES = [
    "ELBSecurityPolicy-TLS-1-2-2017-01", "ELBSecurityPolicy-TLS-1-2-Ext-2018-06", "ELBSecurityPolicy-FS-1-2-2019-08",
    "ELBSecurityPolicy-FS-1-2-Res-2019-08", "ELBSecurityPolicy-FS-1-2-Res-2020-10",
];
const strongPolicy = (name: string) => name.includes("TLS13") || TLS12_POLICIES.includes(name);

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

export function checkListener(props: Record<string, unknown>): string[] {
    const protocol = asString(props["protocol"]);
    if (protocol === UNKNOWN) return [];
    const p = protocol?.trim().toUpperCase();
    if (p === "HTTP") {
        const redirects = redirectsToHttps(props["defaultActions"]);
        return redirects === false
            ? ['an HTTP listener\'s defaultActions must redirect to HTTPS (type "redirect", redirect.protocol "HTTPS", statusCode "HTTP_301") (FSBP ELB.1): ' +
                "otherwise requests, cookies and credentials cross the network in clear text"]
            : [];
    }
    if (p === "HTTPS" || p === "TLS") {
        const policy = asString(props["sslPolicy"]);
        if (policy === UNKNOWN || (typeof policy === "string" && strongPolicy(policy.trim()))) return [];
        return [`sslPolicy must be a TLS 1.2+ policy such as "ELBSecurityPolicy-TLS13-1-2-2021-06" (FSBP ELB.17), got ${policy === undefined ? "not set (ELBSecurityPolicy-2016-08, which accepts TLS 1.0)" : JSON.stringify(policy)}: ` +
            "clients could negotiate TLS 1.0 or 1.1"];
    }
    return [];
}

export const definition = defineResourcePolicy({
    name: "lb-listener-encrypted",
    description: "Load balancer listeners redirect HTTP to HTTPS and use a TLS 1.2+ security policy for HTTPS and TLS.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["ELB.1", "ELB.17"] },
    configSchema: { properties: {} },
    checks: { [LISTENER]: checkListener, [ALB_LISTENER]: checkListener },
});
