/**
 * Loading another project's program into this process the way the Pulumi CLI's Node.js host
 * (`@pulumi/pulumi/cmd/run`) does, so it runs on the mock runtime with its own dependencies:
 *
 * - its own copy of @pulumi/pulumi (resolved from its directory), in which the mocks are installed:
 *   config, mocks and the monitor are settings of the copy the program loads;
 * - TypeScript compiled on require, type-checked unless PULUMI_NODEJS_TRANSPILE_ONLY=true or the
 *   tsconfig sets `noCheck`, with the program's tsconfig.json and the CLI's defaults under it, by
 *   the program's own `typescript` package when it has one.
 */
import * as fs from "fs";
import * as nodeModule from "module";
import * as path from "path";
import * as tsNode from "ts-node";
import { fileURLToPath, pathToFileURL } from "url";
import type { PulumiSdk } from "../mock-runtime/runtime";
import { type PulumiProject, ScanSetupError } from "./project";

/** The root of this repository: its own files keep their own compiler. */
const OWN_ROOT = path.resolve(__dirname, "..", "..");

/** `name`'s package.json as resolved from `dir`, or undefined when it is not installed there. */
function packageDir(name: string, dir: string): string | undefined {
    let entry: string;
    try {
        entry = require.resolve(name, { paths: [dir] });
    } catch {
        return undefined;
    }
    // Walk up from the entry file to the package's own package.json.
    for (let at = path.dirname(entry); at !== path.dirname(at); at = path.dirname(at)) {
        const file = path.join(at, "package.json");
        if (fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string }).name === name) return at;
    }
    return undefined;
}

function versionOf(dir: string): string {
    return (JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
}

export interface LoadedSdk {
    readonly sdk: PulumiSdk;
    /** Versions of the Pulumi packages the program resolves, e.g. { "@pulumi/pulumi": "3.152.0", "@pulumi/aws": "6.69.0" }. */
    readonly packages: Record<string, string>;
}

const REPORTED_PACKAGES = ["@pulumi/pulumi", "@pulumi/aws", "@pulumi/awsx", "@pulumi/eks", "@pulumi/aws-native", "typescript"];

/** The program's copy of @pulumi/pulumi; a ScanSetupError saying to install dependencies when there is none. */
export function loadProgramSdk(project: PulumiProject): LoadedSdk {
    const pulumiDir = packageDir("@pulumi/pulumi", project.dir);
    if (pulumiDir === undefined) {
        const hasLock = ["package-lock.json", "yarn.lock", "pnpm-lock.yaml"].find(f => fs.existsSync(path.join(project.dir, f)));
        const command = hasLock === "yarn.lock" ? "yarn install --frozen-lockfile" : hasLock === "pnpm-lock.yaml" ? "pnpm install --frozen-lockfile" : hasLock ? "npm ci" : "npm install";
        throw new ScanSetupError(`${project.dir}: @pulumi/pulumi is not installed: run \`${command}\` in ${project.dir} first (the scan runs the program with its own dependencies)`);
    }
    const packages: Record<string, string> = {};
    for (const name of REPORTED_PACKAGES) {
        const dir = packageDir(name, project.dir);
        if (dir !== undefined) packages[name] = versionOf(dir);
    }
    const sdk: PulumiSdk = {
        runtime: require(path.join(pulumiDir, "runtime")),
        Resource: require(pulumiDir).Resource,
        settings: require(path.join(pulumiDir, "runtime", "settings")),
    };
    return { sdk, packages };
}

export interface Compiler {
    /** The TypeScript version that compiles the program. */
    readonly typescript: string;
    /** Whether the program is type-checked (the CLI's default). */
    readonly typeChecked: boolean;
    /** Puts the previous `.ts` loader back. */
    restore(): void;
}

type Loader = (module: NodeJS.Module, filename: string) => void;
type CompilingModule = NodeJS.Module & { _compile(code: string, filename: string): unknown };

/** Whether the CLI would type-check: PULUMI_NODEJS_TRANSPILE_ONLY, else the tsconfig's `noCheck`, else yes. */
function transpileOnly(compilerOptions: Record<string, unknown>): boolean {
    const env = process.env.PULUMI_NODEJS_TRANSPILE_ONLY;
    if (env) return env === "true";
    return compilerOptions.noCheck === true;
}

/**
 * Compiles the program's TypeScript files as they are required (every `.ts` file outside
 * node_modules and outside this repository's own sources, plus all of the program's directory).
 * Returns undefined for a program the CLI runs as JavaScript (`runtime.options.typescript: false`).
 */
export function registerCompiler(project: PulumiProject): Compiler | undefined {
    if (!project.typescript) return undefined;
    const tsconfigEnv = process.env.PULUMI_NODEJS_TSCONFIG_PATH;
    const tsconfig = path.resolve(project.dir, project.tsconfig ?? tsconfigEnv ?? "tsconfig.json");
    const hasTsconfig = fs.existsSync(tsconfig);
    if (!hasTsconfig && (project.tsconfig !== undefined || tsconfigEnv !== undefined)) {
        throw new ScanSetupError(`tsconfig path was set to ${tsconfig} but the file was not found`);
    }
    const compilerPath = packageDir("typescript", project.dir) ?? path.dirname(require.resolve("typescript/package.json"));
    const ts = require(compilerPath) as typeof import("typescript");
    let configured: Record<string, unknown> = {};
    if (hasTsconfig) {
        const read = ts.readConfigFile(tsconfig, file => fs.readFileSync(file, "utf8"));
        if (read.error) throw new ScanSetupError(`${tsconfig}: ${ts.flattenDiagnosticMessageText(read.error.messageText, "\n")}`);
        configured = ((read.config as { compilerOptions?: Record<string, unknown> }).compilerOptions) ?? {};
    }
    // The CLI's defaults under the program's own options (@pulumi/pulumi cmd/run, TypeScript >= 4.7).
    const [major, minor] = ts.version.split(".").map(Number);
    const nodeNext = major > 4 || (major === 4 && minor >= 7);
    const checked = !transpileOnly(configured);
    const service = tsNode.create({
        compiler: compilerPath,
        transpileOnly: !checked,
        ...(hasTsconfig ? { project: tsconfig } : { skipProject: true }),
        projectSearchDir: project.dir,
        compilerOptions: {
            target: "ES2020",
            module: nodeNext ? "nodenext" : "commonjs",
            moduleResolution: nodeNext ? "nodenext" : "node",
            sourceMap: true,
            ...configured,
        },
    });
    const inProgram = (file: string) => !path.relative(project.dir, file).startsWith("..");
    const ours = (file: string) => !path.relative(OWN_ROOT, file).startsWith("..");
    const handles = (file: string) => !file.split(path.sep).includes("node_modules") && (inProgram(file) || !ours(file));
    // The CLI's host and ts-node hook `.ts` files this same way.
    const extensions = require.extensions as unknown as Record<string, Loader>;
    const previous = extensions[".ts"];
    const loadJs = extensions[".js"];
    extensions[".ts"] = (module, filename) => {
        if (!handles(filename)) return (previous ?? loadJs)(module, filename);
        // Compiled here and handed to Node directly: going through the `.js` loader would let this
        // process's own ts-node compile the file first, with its options.
        const code = fs.readFileSync(filename, "utf8").replace(/^\uFEFF/, "");
        (module as CompilingModule)._compile(service.compile(code, filename), filename);
    };
    const esm = registerEsmHooks(service, handles);
    return {
        typescript: ts.version,
        typeChecked: checked,
        restore: () => {
            if (previous) extensions[".ts"] = previous;
            else delete extensions[".ts"];
            esm?.deregister();
        },
    };
}

/** Node's in-thread module hooks (Node.js >= 22.15 / 23.5); absent on older versions. */
type RegisterHooks = (hooks: {
    resolve(specifier: string, context: { parentURL?: string }, next: (specifier: string, context: unknown) => { url: string }): { url: string; shortCircuit?: boolean };
    load(url: string, context: unknown, next: (url: string, context: unknown) => unknown): unknown;
}) => { deregister(): void };

const TS_FOR_JS: Record<string, string> = { ".js": ".ts", ".mjs": ".mts", ".cjs": ".cts" };

/**
 * For programs that are ES modules (`"type": "module"`): TypeScript files loaded by `import`, and
 * `./file.js` specifiers resolved to `./file.ts` as TypeScript's nodenext resolution does, like the
 * CLI's ts-node/esm hooks. Needs `module.registerHooks` (Node.js >= 22.15).
 */
function registerEsmHooks(service: tsNode.Service, handles: (file: string) => boolean): { deregister(): void } | undefined {
    const registerHooks = (nodeModule as unknown as { registerHooks?: RegisterHooks }).registerHooks;
    if (registerHooks === undefined) return undefined;
    return registerHooks({
        resolve(specifier, context, next) {
            try {
                return next(specifier, context);
            } catch (error) {
                const parent = context.parentURL?.startsWith("file:") ? fileURLToPath(context.parentURL) : undefined;
                const relative = specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("file:");
                if (parent === undefined || !relative || !handles(parent)) throw error;
                const base = specifier.startsWith("file:") ? fileURLToPath(specifier) : path.resolve(path.dirname(parent), specifier);
                const ext = path.extname(base);
                const candidates = TS_FOR_JS[ext] !== undefined ? [base.slice(0, -ext.length) + TS_FOR_JS[ext]] : [`${base}.ts`, path.join(base, "index.ts")];
                const found = candidates.find(file => fs.existsSync(file));
                if (found === undefined) throw error;
                return { url: pathToFileURL(found).href, shortCircuit: true };
            }
        },
        load(url, context, next) {
            const file = url.startsWith("file:") ? fileURLToPath(url) : undefined;
            if (file === undefined || !/\.[mc]?ts$/.test(file) || !handles(file)) return next(url, context);
            const code = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
            return { format: isModule(file) ? "module" : "commonjs", source: service.compile(code, file), shortCircuit: true };
        },
    });
}

/** Whether Node treats `file` as an ES module: `.mts`, or `"type": "module"` in its nearest package.json. */
export function isModule(file: string): boolean {
    if (file.endsWith(".mts")) return true;
    if (file.endsWith(".cts")) return false;
    for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
        const pkg = path.join(dir, "package.json");
        if (fs.existsSync(pkg)) return (JSON.parse(fs.readFileSync(pkg, "utf8")) as { type?: unknown }).type === "module";
    }
    return false;
}

/**
 * Loads the program as the CLI does: `import()` for an ES module (its default export if it has
 * one), `require` otherwise (a directory by its index file).
 */
export async function loadProgram(main: string): Promise<unknown> {
    const entry = fs.existsSync(main) && fs.statSync(main).isDirectory() ? undefined : main;
    if (entry !== undefined && isModule(entry)) {
        if ((nodeModule as unknown as { registerHooks?: unknown }).registerHooks === undefined) {
            throw new ScanSetupError(`${entry} is an ES module ("type": "module"): the scan loads TypeScript ES modules on Node.js >= 22.15 only, this is ${process.version}`);
        }
        // A real dynamic import: TypeScript compiles `import()` to `require()` under CommonJS (the CLI does the same).
        // eslint-disable-next-line no-new-func
        const dynamicImport = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<Record<string, unknown>>;
        const exported = await dynamicImport(pathToFileURL(entry).href);
        if (Object.getOwnPropertyDescriptor(exported, "default") !== undefined) {
            if (Object.keys(exported).length !== 1) throw new Error("expected entrypoint module to have either a default export or named exports but not both");
            return exported.default;
        }
        return exported;
    }
    return require(main);
}

/** Drops the program's own modules from the require cache, so a second scan in a process runs it again. */
export function forgetProgramModules(project: PulumiProject): void {
    for (const file of Object.keys(require.cache)) {
        if (!path.relative(project.dir, file).startsWith("..") && !file.split(path.sep).includes("node_modules")) delete require.cache[file];
    }
}
