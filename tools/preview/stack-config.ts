import * as fs from "fs";
import * as YAML from "yaml";

/** A usage problem of the preview itself (missing stack file, bad flag): exit code 2. */
export class UsageError extends Error {}

/**
 * Reads `config:` of a Pulumi stack file into what the CLI hands a program: full keys mapped to
 * strings, structured values as JSON text.
 */
export function readStackConfigFile(file: string): Record<string, string> {
    if (!fs.existsSync(file)) {
        throw new UsageError(`stack config file ${file} does not exist`);
    }
    let doc: unknown;
    try {
        doc = YAML.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new UsageError(`${file} is not valid YAML: ${(e as Error).message}`);
    }
    const config = (doc as { config?: unknown } | null)?.config ?? {};
    if (typeof config !== "object" || Array.isArray(config) || config === null) {
        throw new UsageError(`${file}: "config" must be a map of keys to values`);
    }
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(config)) {
        if (value && typeof value === "object" && "secure" in value) {
            throw new UsageError(`${file}: ${key} is a secret; the offline preview cannot decrypt secrets`);
        }
        values[key] = typeof value === "string" ? value : JSON.stringify(value);
    }
    return values;
}
