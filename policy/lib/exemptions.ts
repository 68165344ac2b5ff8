/**
 * Exemptions: every policy's config takes `exemptions`, a list of `{ match, justification }`.
 * `match` is a resource name pattern (`*` stands for any run of characters) or `tag:KEY=VALUE`
 * (the resource's `tags` input; `*` allowed in VALUE). The justification is required, so every
 * exemption says why in the reviewed config file. An exempted resource gets no violation and no
 * remediation from that policy, and from no other.
 */
import { UNKNOWN } from "./unknown";
import { asRecord } from "./values";

export interface Exemption {
    readonly match: string;
    readonly justification: string;
}

export const MIN_JUSTIFICATION_LENGTH = 10;

/** The config schema property every policy gets. */
export const EXEMPTIONS_SCHEMA_PROPERTY = {
    type: "array",
    default: [],
    description:
        "Resources this policy does not apply to: { match: 'name pattern' or 'tag:KEY=VALUE' (* = any characters), " +
        `justification: why (at least ${MIN_JUSTIFICATION_LENGTH} characters) }`,
    items: {
        type: "object",
        additionalProperties: false,
        required: ["match", "justification"],
        properties: {
            match: { type: "string", minLength: 1 },
            justification: { type: "string", minLength: MIN_JUSTIFICATION_LENGTH },
        },
    },
} as const;

/** Exemptions from raw config: entries that are not well formed are dropped (the schema reports them). */
export function parseExemptions(raw: unknown): Exemption[] {
    if (!Array.isArray(raw)) return [];
    return raw.filter((e): e is Exemption => {
        const r = asRecord(e);
        return r !== undefined && r !== UNKNOWN && typeof r["match"] === "string" && r["match"].trim() !== "" &&
            typeof r["justification"] === "string" && r["justification"].trim().length >= MIN_JUSTIFICATION_LENGTH;
    });
}

function globMatches(pattern: string, value: string): boolean {
    const regex = pattern.split("*").map(part => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    return new RegExp(`^${regex}$`).test(value);
}

/** The exemption that applies to a resource (its name and plain props), if any. */
export function exemptionFor(exemptions: readonly Exemption[], name: string, props: Record<string, unknown>): Exemption | undefined {
    return exemptions.find(({ match }) => {
        const pattern = match.trim();
        if (!pattern.startsWith("tag:")) return globMatches(pattern, name);
        const [key, ...rest] = pattern.slice("tag:".length).split("=");
        const tags = asRecord(props["tags"]);
        if (tags === undefined || tags === UNKNOWN || rest.length === 0) return false;
        const value = tags[key];
        return typeof value === "string" && globMatches(rest.join("="), value);
    });
}
