import * as fs from "fs";
import * as YAML from "yaml";

/** A stack file that cannot be read as one (missing, not YAML, no config map, a secret): names the file. */
export class StackFileError extends Error {}

/**
 * Reads `config:` of a Pulumi stack file (`Pulumi.<stack>.yaml`) into what the CLI hands a program:
 * full keys mapped to strings, structured values as JSON text. For the tools that read a stack's
 * config without the Pulumi CLI (offline preview, preflight, diagram, drill) and for the pulumi-cloud
 * project, which applies the Pulumi Cloud settings of the foundation's stack file.
 */
export function readStackConfigFile(file: string): Record<string, string> {
    if (!fs.existsSync(file)) {
        throw new StackFileError(`stack config file ${file} does not exist`);
    }
    let doc: unknown;
    try {
        doc = YAML.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new StackFileError(`${file} is not valid YAML: ${(e as Error).message}`);
    }
    const config = (doc as { config?: unknown } | null)?.config ?? {};
    if (typeof config !== "object" || Array.isArray(config) || config === null) {
        throw new StackFileError(`${file}: "config" must be a map of keys to values`);
    }
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(config)) {
        if (value && typeof value === "object" && "secure" in value) {
            throw new StackFileError(`${file}: ${key} is a secret; it cannot be decrypted without the Pulumi CLI`);
        }
        values[key] = typeof value === "string" ? value : JSON.stringify(value);
    }
    return values;
}
