/**
 * Credentials that must never sit in plain resource inputs (user data, environment variables):
 * they end up in the state file, the console and the logs of everyone who can read them. Only
 * formats that are unambiguous are matched, so a finding is a real credential, not a guess; the
 * value itself is never repeated in a message.
 */
const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
    ["an AWS access key id", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
    ["an AWS secret access key", /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+=]{40}/i],
    ["a private key", /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/],
    ["a GitHub token", /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
    ["a Slack token", /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
    ["a Stripe live secret key", /\bsk_live_[0-9A-Za-z]{24,}/],
    ["a Pulumi access token", /\bpul-[0-9a-f]{40}\b/],
];

/** What kinds of credential the text contains, in a stable order. */
export function credentialKinds(text: string): string[] {
    return PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}

/** Base64 text decoded (user data is often base64); `undefined` when it is not base64. */
export function decodeBase64(text: string): string | undefined {
    const compact = text.replace(/\s+/g, "");
    if (compact.length === 0 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
    return Buffer.from(compact, "base64").toString("utf8");
}
