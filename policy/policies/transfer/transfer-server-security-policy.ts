import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

const SERVER = "aws:transfer/server:Server";

/**
 * AWS "strongly recommend[s] updating your servers to our latest security policy"; the 2018 and 2020 policies still accept
 * SHA-1 key exchange and MACs and ssh-rsa host keys, the 2022-03 policy and later do not
 * (https://docs.aws.amazon.com/transfer/latest/userguide/security-policies.html, read 2026-12-06). @pulumi/aws defaults
 * securityPolicyName to TransferSecurityPolicy-2018-11.
 */
function checkServer(props: Record<string, unknown>): string[] {
    const policy = asString(props["securityPolicyName"]);
    if (policy === UNKNOWN) return [];
    const year = typeof policy === "string" ? /-(\d{4})-\d{2}$/.exec(policy.trim())?.[1] : undefined;
    if (typeof policy === "string" && (year === undefined || Number(year) >= 2022)) return [];
    return [`securityPolicyName should be a current policy such as "TransferSecurityPolicy-2025-03" (foundation encrypted-in-transit), got ` +
        `${policy === undefined ? 'not set ("TransferSecurityPolicy-2018-11")' : JSON.stringify(policy)}: the 2018 and 2020 policies keep algorithms AWS's current ` +
        "policies drop (the 2018-11 default accepts SHA-1 key exchange and MACs); AWS recommends its latest policy"];
}

export const definition = defineResourcePolicy({
    name: "transfer-server-security-policy",
    description: "Transfer Family servers use a current security policy (2022 or later), not the 2018 default that still accepts SHA-1.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { foundation: ["encrypted-in-transit"] },
    checks: { [SERVER]: checkServer },
});
