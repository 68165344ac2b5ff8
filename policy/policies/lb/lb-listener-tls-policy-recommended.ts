import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";
import { BEST_ELB_FIPS_POLICY, BEST_ELB_POLICY, RECOMMENDED_ELB_POLICIES, listenerProtocol, minimumTls } from "./security-policies";

const LISTENER = "aws:lb/listener:Listener";
const ALB_LISTENER = "aws:alb/listener:Listener";

const BETTER = `set "${BEST_ELB_POLICY}", the policy the Elastic Load Balancing guides recommend (or "${BEST_ELB_FIPS_POLICY}" where FIPS is required): ` +
    "it offers TLS 1.3 with hybrid post-quantum key exchange and keeps TLS 1.2 for older clients";

/**
 * HTTPS and TLS listeners whose policy is acceptable (TLS 1.2 or later, which lb-listener-encrypted
 * requires) but not one AWS recommends: TLS 1.2-only policies, and the extended (Ext*) cipher lists.
 */
function checkListener(props: Record<string, unknown>): string[] {
    const p = listenerProtocol(props);
    if (p !== "HTTPS" && p !== "TLS") return [];
    const policy = asString(props["sslPolicy"]);
    if (policy === UNKNOWN || policy === undefined || policy.trim() === "") return [];
    const name = policy.trim();
    const min = minimumTls(name);
    if (RECOMMENDED_ELB_POLICIES.includes(name) || min === "1.0" || min === "1.1") return [];
    return min === undefined
        ? [`sslPolicy ${JSON.stringify(name)} is not a predefined security policy this pack knows, nor one AWS recommends (FSBP ELB.17): ${BETTER}`]
        : [`sslPolicy ${JSON.stringify(name)} accepts only TLS ${min} or later but is not one of the security policies AWS recommends (FSBP ELB.17): ${BETTER}`];
}

export const definition = defineResourcePolicy({
    name: "lb-listener-tls-policy-recommended",
    description: "HTTPS and TLS listeners use a security policy AWS recommends: Security Hub ELB.17's list or its post-quantum (PQ) counterparts, FIPS variants included.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["ELB.17"] },
    checks: { [LISTENER]: checkListener, [ALB_LISTENER]: checkListener },
});
