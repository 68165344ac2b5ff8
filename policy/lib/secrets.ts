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

/**
 * A password inside a connection URL (`postgres://app:hunter2@db:5432/orders`), unless the password
 * is a variable or a placeholder (`${DB_PASSWORD}`, `$PASS`, `<password>`, `{{...}}`, `****`).
 */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]+:(?![$<{*]|%24|%7B)[^\s@/'"]+@[^\s@]/i;

/** {@link credentialKinds}, plus a password written into a URL: for the inputs this area's policies read. */
export function plainSecretKinds(text: string): string[] {
    return [...credentialKinds(text), ...(URL_PASSWORD.test(text) ? ["a password in a URL"] : [])];
}

/*
 * Secrets by name. A value is a secret when its name says so, whatever it looks like: Security Hub
 * ECS.8 (https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8, read
 * 2026-12-06) names AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and ECS_ENGINE_AUTH_DATA; Prowler
 * (detect-secrets' keyword list) and checkov look for password, secret, token and *_key names.
 * The rule here: the name's LAST word (or words) is a secret word, so DB_PASSWORD, JWT_SECRET,
 * GITHUB_TOKEN, STRIPE_API_KEY, AWS_SECRET_ACCESS_KEY count, and names that only point at a secret
 * or describe it do not: DB_PASSWORD_ARN, SECRET_NAME, TOKEN_URL, PASSWORD_POLICY,
 * PASSWORD_MIN_LENGTH, API_KEY_SECRET_ARN, *_FILE, *_PATH. Public keys by convention
 * (NEXT_PUBLIC_*, *_PUBLISHABLE_KEY) and the shell's PWD are not secrets.
 */
const EXACT_SECRET_NAMES = new Set(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ECS_ENGINE_AUTH_DATA"]);
const SECRET_LAST_WORDS = new Set(["PASSWORD", "PASSWD", "PASS", "PASSPHRASE", "PASSCODE", "SECRET", "TOKEN", "APIKEY", "CREDENTIAL", "CREDS"]);
const SECRET_LAST_PAIRS = new Set([
    "API KEY", "SECRET KEY", "ACCESS KEY", "PRIVATE KEY", "AUTH KEY", "SIGNING KEY", "ENCRYPTION KEY", "MASTER KEY", "CLIENT KEY", "SERVICE KEY",
    "ACCOUNT KEY", "KEY BASE", "DB PWD", "DATABASE PWD", "AUTH DATA",
]);
const NEVER_SECRET_WORDS = new Set(["PUBLIC", "PUBLISHABLE"]);

/** `dbPassword`, `db-password`, `DB_PASSWORD`, `db.password` -> ["DB", "PASSWORD"]. */
export function nameWords(name: string): string[] {
    return name
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== "")
        .map((w) => w.toUpperCase());
}

/** Does this variable name say its value is a secret? */
export function isSecretName(name: string): boolean {
    const trimmed = name.trim();
    if (EXACT_SECRET_NAMES.has(trimmed.toUpperCase())) return true;
    const words = nameWords(trimmed);
    if (words.length === 0 || words.some((w) => NEVER_SECRET_WORDS.has(w))) return false;
    const last = words[words.length - 1]!;
    const pair = words.length >= 2 ? `${words[words.length - 2]} ${last}` : "";
    return SECRET_LAST_WORDS.has(last) || SECRET_LAST_PAIRS.has(pair);
}

const NOT_A_VALUE = /^(?:true|false|yes|no|on|off|none|null|nil|undefined|enabled|disabled|required|optional|[|>][+-]?)$/i;

/**
 * Is `value` the secret itself, written out, rather than a reference to where it is kept? Not:
 * empty values; shell, template and CloudFormation references (`$VAR`, `${VAR}`, `$(cmd)`,
 * `` `cmd` ``, `{{resolve:...}}`, `%VAR%`); ARNs and KMS aliases (`alias/app`); paths and parameter names (`/run/secrets/db`,
 * `/prod/db/password`); placeholders (`<password>`, and values under 6 characters such as `foo`,
 * `TODO`, `xxx`, which scanners' own examples use as stand-ins); flags and switches (`true`,
 * `disabled`).
 */
export function isLiteralSecret(value: string): boolean {
    let v = value.trim();
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) v = v.slice(1, -1).trim();
    if (v.length < 6 || NOT_A_VALUE.test(v)) return false;
    if (/^[$`]/.test(v) || v.startsWith("{{") || /^%[A-Za-z_]+%$/.test(v)) return false;
    if (/^arn:/i.test(v) || /^alias\//.test(v) || v.startsWith("/") || /^<[^<>]*>$/.test(v)) return false;
    return true;
}

/** `NAME=value` anywhere in a shell line (`export`, `echo "X=y" >> file`, `docker run -e X=y`), PowerShell's `$env:NAME = value`. */
const SHELL_ASSIGNMENT = /(?:^|[\s"'(;])(?:\$env:)?([A-Za-z_][A-Za-z0-9_]*)(\s*=\s*|=)("[^"]*"|'[^']*'|[^\s;"'|&)]*)/g;
/** `name: value` at the start of a YAML line (cloud-init, compose files), quoted or not. */
const YAML_ASSIGNMENT = /^\s*(?:-\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*:\s+(.*?)\s*,?\s*$/;
/** `"name": "value"` anywhere (JSON written to a file). */
const JSON_ASSIGNMENT = /"([A-Za-z_][A-Za-z0-9_.-]*)"\s*:\s*("[^"]*")/g;
/** `--password VALUE`, `--token=VALUE` on a command line. */
const FLAG = /(?:^|\s)--(password|passwd|token|secret|api-key|apikey|client-secret)(?:=|\s+)("[^"]*"|'[^']*'|[^\s;|&]+)/gi;

/**
 * Names of the secrets a script or cloud-init document writes out in plain text: assignments
 * whose name is a secret name ({@link isSecretName}) and whose value is literal
 * ({@link isLiteralSecret}) and not already a recognized credential format, and
 * `--password VALUE`-style flags. Each name once, in order of appearance; the values are never
 * returned. Comment lines are skipped.
 */
export function secretAssignments(text: string): string[] {
    const found: string[] = [];
    const add = (name: string, value: string) => {
        // A value {@link credentialKinds} recognizes is reported as that kind, not again by name.
        if (!found.includes(name) && isLiteralSecret(value) && credentialKinds(`${name}=${value}`).length === 0) found.push(name);
    };
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*(?:#|\/\/|REM\s)/i.test(line)) continue;
        for (const m of line.matchAll(SHELL_ASSIGNMENT)) {
            // PowerShell's spaced form only after $env: ("a = b" is no assignment in a shell).
            if (m[2] !== "=" && !m[0].includes("$env:")) continue;
            if (isSecretName(m[1]!)) add(m[1]!, m[3]!);
        }
        const yaml = YAML_ASSIGNMENT.exec(line);
        if (yaml !== null && isSecretName(yaml[1]!)) add(yaml[1]!, yaml[2]!);
        for (const m of line.matchAll(JSON_ASSIGNMENT)) {
            if (isSecretName(m[1]!)) add(m[1]!, m[2]!);
        }
        for (const m of line.matchAll(FLAG)) add(`--${m[1]!.toLowerCase()}`, m[2]!);
    }
    return found;
}
