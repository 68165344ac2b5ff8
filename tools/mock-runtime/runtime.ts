import * as pulumi from "@pulumi/pulumi";
import type { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as rpc from "@pulumi/pulumi/runtime/rpc";
import * as settings from "@pulumi/pulumi/runtime/settings";
import { isUnknown } from "@pulumi/pulumi/output";
import { type IgnoreChangesListener, UNKNOWN_SENTINEL } from "./mocks";

/** One resource as the program registered it: what the engine would see. */
export interface RecordedResource {
    readonly urn: string;
    /** Physical id the mocks assigned ("" for components). */
    readonly id: string;
    readonly type: string;
    readonly name: string;
    readonly custom: boolean;
    /**
     * true for a component a provider plugin constructs (`remote: true`: awsx v2+, eks v3+, any
     * multi-language component): its children live in the plugin, which the mock runtime does not
     * run, so they are never registered here. Absent otherwise.
     */
    readonly remote?: true;
    readonly parent: string | null;
    /** URN of the provider resource the resource uses, or null for the default provider / components. */
    readonly provider: string | null;
    readonly inputs: Record<string, unknown>;
    /** What the mocks returned as the resource's state (outputs). */
    readonly state: Record<string, unknown>;
    readonly options: {
        readonly protect: boolean;
        readonly retainOnDelete: boolean;
        readonly ignoreChanges: string[];
        /** Resources depended on beyond those its inputs already reference. */
        readonly dependsOn: string[];
        readonly import: string | null;
        /** Earlier names the resource answers to (`aliases`), as the engine receives them. */
        readonly aliases: Record<string, unknown>[];
    };
    /** Every resource this one depends on, inputs included. */
    readonly dependencies: string[];
    /** Per input, the URNs of the resources whose outputs it uses (what AnalyzeStack receives). */
    readonly propertyDependencies: Record<string, string[]>;
}

/**
 * The parts of a copy of @pulumi/pulumi the recorder drives. Mocks, config and the monitor live in
 * the copy the program itself loads, so a program with its own node_modules (`npm run scan`) passes
 * its copy, which may be an older 3.x release; the foundation's program uses this one's.
 */
export interface PulumiSdk {
    readonly runtime: {
        setAllConfig(config: Record<string, string>): void;
        setMocks(mocks: pulumi.runtime.Mocks, project?: string, stack?: string, preview?: boolean): unknown;
        runInPulumiStack(init: () => Promise<unknown>): Promise<unknown>;
    };
    /** `pulumi.Resource`: its static `stackTrace` (source positions) is switched off during a run where it exists. */
    readonly Resource: object;
    readonly settings: { getMonitor(): unknown; waitForRPCs?(): Promise<void> };
}

/** This project's own copy. */
const OWN_SDK: PulumiSdk = { runtime: pulumi.runtime, Resource: pulumi.Resource, settings: settings as unknown as PulumiSdk["settings"] };

export interface ProgramRun {
    readonly resources: RecordedResource[];
    readonly outputs: Record<string, unknown>;
    /** What the program logged with `pulumi.log.warn`, as the CLI would show it. */
    readonly warnings: string[];
}

/** How the SDK prints `pulumi.log.warn` when no engine is attached (the mock runtime). */
const RUNTIME_WARNING = "warning: [runtime] ";

interface RegisterRequest {
    getType(): string; getName(): string; getParent(): string; getProvider(): string; getCustom(): boolean; getRemote?(): boolean;
    getObject(): Struct | undefined; getProtect(): boolean | undefined; getRetainondelete(): boolean | undefined;
    getIgnorechangesList(): string[]; getDependenciesList(): string[]; getImportid(): string;
    getAliasesList(): { toObject(): Record<string, unknown> }[];
    getPropertydependenciesMap(): { forEach(cb: (value: { getUrnsList(): string[] }, key: string) => void): void };
}
interface RegisterResponse { getUrn(): string; getId(): string; getObject(): Struct | undefined }
type Callback = (err: unknown, response?: RegisterResponse) => void;

/**
 * Properties as plain data; an unknown value (a preview) as the engine's wire sentinel. A resource
 * passed as an input (a reference on the wire) reads as its id (unknown while the id is), or its
 * URN for a component, as the policy pack receives it (CrossGuard has no resource classes to rebuild
 * it with); deserializing it here would rebuild the resource object through whatever resource
 * modules the program loaded.
 */
function plain(struct: Struct | undefined): Record<string, unknown> {
    if (!struct) return {};
    const raw = struct.toJavaScript() as Record<string, unknown>;
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withSentinels(rpc.deserializeProperty(withoutResourceReferences(v), true))]));
}

function withoutResourceReferences(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutResourceReferences);
    if (value === null || typeof value !== "object") return value;
    const object = value as Record<string, unknown>;
    if (object[rpc.specialSigKey] === rpc.specialResourceSig) {
        // An empty id is one not known yet (a first preview).
        return typeof object.id === "string" ? (object.id === "" ? UNKNOWN_SENTINEL : object.id) : object.urn;
    }
    // Assets and archives keep their shape: the SDK reads them back as asset objects.
    if (object[rpc.specialSigKey] !== undefined) return value;
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, withoutResourceReferences(v)]));
}

function withSentinels(value: unknown): unknown {
    if (isUnknown(value)) return UNKNOWN_SENTINEL;
    if (Array.isArray(value)) return value.map(withSentinels);
    if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSentinels(v)]));
    }
    return value;
}

function record(req: RegisterRequest, res: RegisterResponse): RecordedResource {
    const viaInputs = new Set<string>();
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((deps, key) => {
        propertyDependencies[key] = deps.getUrnsList();
        deps.getUrnsList().forEach(urn => viaInputs.add(urn));
    });
    const dependencies = req.getDependenciesList();
    const providerRef = req.getProvider();
    return {
        urn: res.getUrn(),
        id: res.getId(),
        type: req.getType(),
        name: req.getName(),
        custom: req.getCustom(),
        ...(req.getRemote?.() === true && { remote: true as const }),
        parent: req.getParent() || null,
        provider: providerRef ? providerRef.slice(0, providerRef.lastIndexOf("::")) : null,
        inputs: plain(req.getObject()),
        state: plain(res.getObject()),
        options: {
            protect: req.getProtect() ?? false,
            retainOnDelete: req.getRetainondelete() ?? false,
            ignoreChanges: req.getIgnorechangesList(),
            dependsOn: dependencies.filter(urn => !viaInputs.has(urn)),
            import: req.getImportid() || null,
            // As plain JSON: protobuf's toObject() leaves unset fields as undefined.
            aliases: req.getAliasesList().map(alias => JSON.parse(JSON.stringify(alias.toObject()))),
        },
        dependencies,
        propertyDependencies,
    };
}

/**
 * Runs a Pulumi program on the mock runtime and records every resource registration with the
 * options the engine would receive (protect, ignoreChanges, dependsOn, provider, parent).
 * `config` maps full keys (`foundation:accounts`) to values as the CLI passes them (JSON text).
 * Runs may follow one another in a process (each resets the runtime), never overlap. Like the
 * engine, a second registration of the same URN fails the run. `recorded` receives registrations
 * as they happen, so a caller can see what a failed run registered.
 */
export async function runProgram(args: {
    project: string;
    stack: string;
    config: Record<string, string>;
    mocks: pulumi.runtime.Mocks;
    program: () => unknown;
    recorded?: RecordedResource[];
    /** Run as a preview (`pulumi.runtime.isDryRun()`); default: as an update. */
    dryRun?: boolean;
    /** The copy of @pulumi/pulumi the program loads; default: this project's. */
    sdk?: PulumiSdk;
}): Promise<ProgramRun> {
    const sdk = args.sdk ?? OWN_SDK;
    sdk.runtime.setAllConfig(args.config);
    await sdk.runtime.setMocks(args.mocks, args.project, args.stack, args.dryRun ?? false);

    const resources = args.recorded ?? [];
    const urns = new Set<string>();
    const duplicates: string[] = [];
    const monitor = sdk.settings.getMonitor() as {
        registerResource(req: RegisterRequest, cb: Callback): void;
        registerResourceOutputs(req: { getUrn(): string; getOutputs(): Struct | undefined }, cb: (err: unknown, res?: unknown) => void): void;
    };
    const register = monitor.registerResource.bind(monitor);
    // The stack's outputs as the engine receives them: unknown ones (a preview) as the wire sentinel.
    let stackOutputs: Record<string, unknown> | undefined;
    const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (req, callback) => {
        if (req.getUrn().endsWith(`::pulumi:pulumi:Stack::${args.project}-${args.stack}`)) stackOutputs = plain(req.getOutputs());
        registerOutputs(req, callback);
    };
    const listener = "ignoresChanges" in args.mocks ? args.mocks as unknown as IgnoreChangesListener : undefined;
    monitor.registerResource = (req, callback) => {
        if (req.getIgnorechangesList().length > 0) listener?.ignoresChanges(req.getName(), req.getIgnorechangesList());
        register(req, (err, res) => {
            if (!err && res) {
                if (urns.has(res.getUrn())) duplicates.push(res.getUrn());
                urns.add(res.getUrn());
                resources.push(record(req, res));
            }
            callback(err, res);
        });
    };

    // A failed registration surfaces as an unhandled rejection, as under the CLI: make it the run's error.
    const failures: unknown[] = [];
    const onRejection = (reason: unknown) => failures.push(reason);
    process.on("unhandledRejection", onRejection);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...parts: unknown[]) => {
        const text = parts.map(String).join(" ");
        if (text.startsWith(RUNTIME_WARNING)) warnings.push(text.slice(RUNTIME_WARNING.length));
        else warn(...parts);
    };
    // The SDK captures a stack trace for every output (leak reports) and a full one, whatever the
    // limit, for every resource (source positions for the engine), and ts-node maps each frame through
    // source maps: most of a run's time and a fifth of its allocations, for data no mock uses.
    const stackTraceLimit = Error.stackTraceLimit;
    const sourcePositions = Object.getOwnPropertyDescriptor(sdk.Resource, "stackTrace");
    if (!process.env.FOUNDATION_STACK_TRACES) {
        Error.stackTraceLimit = 0;
        if (sourcePositions) Object.defineProperty(sdk.Resource, "stackTrace", { ...sourcePositions, value: () => [] });
    }
    let outputs: unknown;
    try {
        // Like the CLI's run script: a program (module) that exports a function is called, and its result awaited.
        outputs = await sdk.runtime.runInPulumiStack(async () => {
            const exported = await args.program();
            return typeof exported === "function" ? (exported as () => unknown)() : exported;
        });
    } catch (error) {
        failures.unshift(error);
    } finally {
        // Let every registration already sent finish, so `recorded` is complete even after a failure.
        await sdk.settings.waitForRPCs?.();
        await new Promise(resolve => setImmediate(resolve));
        process.off("unhandledRejection", onRejection);
        console.warn = warn;
        Error.stackTraceLimit = stackTraceLimit;
        if (sourcePositions) Object.defineProperty(sdk.Resource, "stackTrace", sourcePositions);
    }
    if (failures.length > 0) throw failures[0];
    if (duplicates.length > 0) {
        throw new Error(duplicates.map(urn => `Duplicate resource URN '${urn}'; try giving it a unique name`).join("\n"));
    }
    return { resources, outputs: (stackOutputs ?? outputs ?? {}) as Record<string, unknown>, warnings };
}
