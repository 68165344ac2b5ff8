/**
 * What `pulumi preview` reads before it runs a program, read the same way: the project file
 * (Pulumi.yaml: name, runtime options, main, project-level config, stackConfigDir) and the stack's
 * config file (Pulumi.<stack>.yaml), whose values the program gets through `pulumi.Config`.
 */
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";

/** The program cannot be set up (no Pulumi.yaml, no stack file, bad YAML, missing dependencies): exit code 2. */
export class ScanSetupError extends Error {}

export interface PulumiProject {
    /** The directory that holds Pulumi.yaml. */
    readonly dir: string;
    readonly name: string;
    /** `runtime.options.typescript`: false for a program the CLI runs as plain JavaScript. */
    readonly typescript: boolean;
    /** `runtime.options.tsconfig`, relative to dir. */
    readonly tsconfig?: string;
    /** `main:` of Pulumi.yaml (relative to dir), if set. */
    readonly main?: string;
    /** Where Pulumi.<stack>.yaml files live (`stackConfigDir`, default dir). */
    readonly stackConfigDir: string;
    /** Project-level config defaults, by full key. */
    readonly configDefaults: Record<string, unknown>;
}

function readYaml(file: string): unknown {
    try {
        return YAML.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new ScanSetupError(`${file} is not valid YAML: ${(e as Error).message}`);
    }
}

/** `key` as the CLI stores it: namespaced by the project unless it names its namespace (`aws:region`). */
function fullKey(key: string, project: string): string {
    return key.includes(":") ? key : `${project}:${key}`;
}

export function readProject(dir: string): PulumiProject {
    const file = ["Pulumi.yaml", "Pulumi.yml"].map(name => path.join(dir, name)).find(f => fs.existsSync(f));
    if (file === undefined) throw new ScanSetupError(`${dir} has no Pulumi.yaml: give the directory of a Pulumi project`);
    const doc = (readYaml(file) ?? {}) as {
        name?: unknown; runtime?: unknown; main?: unknown; stackConfigDir?: unknown; config?: unknown;
    };
    if (typeof doc.name !== "string" || doc.name === "") throw new ScanSetupError(`${file}: "name" is missing`);
    const runtime = typeof doc.runtime === "string" ? { name: doc.runtime } : (doc.runtime ?? {}) as { name?: unknown; options?: Record<string, unknown> };
    if (runtime.name !== "nodejs") {
        throw new ScanSetupError(`${file}: runtime is ${JSON.stringify(runtime.name)}; the scan runs Node.js programs (TypeScript or JavaScript) only`);
    }
    const options = runtime.options ?? {};
    const configDefaults: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries((doc.config ?? {}) as Record<string, unknown>)) {
        // Either a plain value or { type, description, default | value }.
        const value = spec !== null && typeof spec === "object" && !Array.isArray(spec)
            ? ((spec as Record<string, unknown>).value ?? (spec as Record<string, unknown>).default)
            : spec;
        if (value !== undefined) configDefaults[fullKey(key, doc.name)] = value;
    }
    return {
        dir,
        name: doc.name,
        typescript: options.typescript !== false,
        ...(typeof options.tsconfig === "string" && { tsconfig: options.tsconfig }),
        ...(typeof doc.main === "string" && doc.main !== "" && { main: doc.main }),
        stackConfigDir: typeof doc.stackConfigDir === "string" ? path.resolve(dir, doc.stackConfigDir) : dir,
        configDefaults,
    };
}

/** The stacks whose config files exist, e.g. ["dev", "prod"]. */
export function stacksOf(project: PulumiProject): string[] {
    if (!fs.existsSync(project.stackConfigDir)) return [];
    return fs.readdirSync(project.stackConfigDir)
        .map(file => /^Pulumi\.(.+)\.ya?ml$/.exec(file)?.[1])
        .filter((stack): stack is string => stack !== undefined)
        .sort();
}

export interface StackConfig {
    readonly stack: string;
    /** The file read, or undefined when the stack has none (only project defaults apply). */
    readonly file?: string;
    /** Full key -> value as the CLI passes it to the program (JSON text for anything but a string). */
    readonly values: Record<string, string>;
    /** Keys whose value is a secret (replaced by a placeholder: the scan cannot decrypt). */
    readonly secretKeys: string[];
    /** What the reader assumed, for the report. */
    readonly notes: string[];
}

/** What a secret reads as: the scan has no secrets provider. */
export const SECRET_PLACEHOLDER = "offline-scan-secret";

const asConfigText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/**
 * The stack: `--stack`, else the only stack with a config file, else "dev" with project defaults
 * only; its config from `configFile` if given, else from Pulumi.<stack>.yaml. `aws:region`
 * defaults to us-east-1 (the scan needs a Region to make ARNs), said in the notes.
 */
export function readStackConfig(project: PulumiProject, options: { stack?: string; configFile?: string }): StackConfig {
    const stacks = stacksOf(project);
    let stack = options.stack;
    if (stack === undefined) {
        if (stacks.length > 1 && options.configFile === undefined) {
            throw new ScanSetupError(`${project.stackConfigDir} has several stacks (${stacks.join(", ")}): choose one with --stack`);
        }
        stack = stacks.length === 1 ? stacks[0] : "dev";
    }
    const notes: string[] = [];
    const candidate = options.configFile !== undefined
        ? path.resolve(options.configFile)
        : ["yaml", "yml"].map(ext => path.join(project.stackConfigDir, `Pulumi.${stack}.${ext}`)).find(f => fs.existsSync(f));
    if (options.configFile !== undefined && !fs.existsSync(candidate!)) throw new ScanSetupError(`--config-file ${options.configFile} does not exist`);
    if (options.stack !== undefined && options.configFile === undefined && candidate === undefined) {
        throw new ScanSetupError(`stack "${stack}" has no config file: ${path.join(project.stackConfigDir, `Pulumi.${stack}.yaml`)} does not exist`);
    }
    const values: Record<string, string> = {};
    const secretKeys: string[] = [];
    for (const [key, value] of Object.entries(project.configDefaults)) values[key] = asConfigText(value);
    if (candidate !== undefined) {
        const doc = (readYaml(candidate) ?? {}) as { config?: unknown; environment?: unknown; secretsprovider?: unknown };
        const config = doc.config ?? {};
        if (typeof config !== "object" || Array.isArray(config) || config === null) throw new ScanSetupError(`${candidate}: "config" must be a map of keys to values`);
        if (doc.environment !== undefined) notes.push(`${path.basename(candidate)} imports Pulumi ESC environments: the scan cannot open them, their values are missing`);
        for (const [key, value] of Object.entries(config)) {
            const full = fullKey(key, project.name);
            if (value !== null && typeof value === "object" && "secure" in value) {
                values[full] = SECRET_PLACEHOLDER;
                secretKeys.push(full);
                notes.push(`${full} is a secret: the scan cannot decrypt it and uses "${SECRET_PLACEHOLDER}"`);
            } else {
                values[full] = asConfigText(value);
            }
        }
    } else {
        notes.push(`no Pulumi.${stack}.yaml: the program gets the project's config defaults only`);
    }
    if (values["aws:region"] === undefined) {
        values["aws:region"] = "us-east-1";
        notes.push("aws:region is not set: the scan assumes us-east-1");
    }
    return { stack, ...(candidate !== undefined && { file: candidate }), values, secretKeys, notes };
}

/**
 * The file the CLI would run: `main:` of Pulumi.yaml, else package.json's `exports`/`main` when
 * that file exists, else the directory itself (its index.ts or index.js).
 */
export function entryPoint(project: PulumiProject): string {
    if (project.main !== undefined) return path.resolve(project.dir, project.main);
    const packageFile = path.join(project.dir, "package.json");
    if (fs.existsSync(packageFile)) {
        let pkg: { main?: unknown; exports?: unknown };
        try {
            pkg = JSON.parse(fs.readFileSync(packageFile, "utf8"));
        } catch (e) {
            throw new ScanSetupError(`${packageFile} is not valid JSON: ${(e as Error).message}`);
        }
        const exported = typeof pkg.exports === "string" ? pkg.exports
            : (pkg.exports as Record<string, unknown> | undefined)?.["."];
        const main = typeof exported === "string" ? exported
            : exported !== null && typeof exported === "object" ? ((exported as Record<string, unknown>).default ?? (exported as Record<string, unknown>).require)
                : pkg.main;
        if (typeof main === "string" && fs.existsSync(path.join(project.dir, main))) return path.join(project.dir, main);
    }
    return project.dir;
}
