/**
 * Runs a CrossGuard policy pack the way the Pulumi CLI does, without the CLI.
 *
 * The pack is started with `@pulumi/pulumi/cmd/run-policy-pack` (what the CLI's Node.js policy
 * host runs: ts-node WITH type checking on a TypeScript pack, plain `require` of a compiled one,
 * rebuilt first when stale (./build.ts); then `new PolicyPack(...)` starts a gRPC Analyzer server
 * and prints its port). We read the port, connect with the generated Analyzer
 * client, fetch GetAnalyzerInfo, send the reconciled policy config with Configure (as the CLI does
 * for `--policy-pack-config`), and then drive Analyze / AnalyzeStack.
 *
 * run-policy-pack takes an engine address as its first argument but drops it without connecting
 * (it only talks to an engine through PULUMI_NODEJS_ENGINE, which we remove from the child's
 * environment), so no Engine server is needed: the pack's console output is collected instead.
 *
 * Used by the offline preview (tools/preview) and by test/policy.
 */
import * as fs from "fs";
import * as path from "path";
import { ensurePackBuilt } from "./build";
import { PolicyConfigEntries, PolicyPackInputError, PolicySchemaInfo, reconcilePolicyConfig } from "./config";
import { type AnalyzerClient, PackProcess } from "./process";
import { levelName, levelValue, protos, toWireValue } from "./wire";

export { PolicyPackInputError, readPolicyPackConfigFile } from "./config";

/** Wire value of an unknown property (the engine's UnknownStringValue, sent for every type). */
export const UNKNOWN_SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Put this in `properties` to send an unknown value (what a preview sends for pending outputs). */
export const UNKNOWN: unique symbol = Symbol("policy-runner/unknown");

export interface AnalyzerResourceInput {
    urn: string;
    type: string;
    name: string;
    /** Resource inputs as plain JSON-like data; `UNKNOWN` anywhere for unknown values. */
    properties: Record<string, unknown>;
    /**
     * Resource options. `retainOnDelete` and `dependsOn` are accepted for convenience but have no
     * field in the Analyzer protocol (the engine does not send them either); `parent` defaults to
     * the top-level `parent`.
     */
    options: {
        protect: boolean;
        ignoreChanges: string[];
        deleteBeforeReplace?: boolean;
        retainOnDelete?: boolean;
        parent?: string | null;
        dependsOn?: string[];
    };
    parent: string | null;
    /** URNs this resource depends on (AnalyzeStack only). */
    dependencies: string[];
    /** Per input, the URNs its value comes from (AnalyzeStack only). */
    propertyDependencies?: Record<string, string[]>;
    provider?: { urn: string; type: string; name: string; properties: Record<string, unknown> } | null;
}

export interface PolicyViolation {
    policy: string;
    level: "mandatory" | "advisory" | "remediate" | "disabled";
    /** The resource the violation is about; for Analyze, the analyzed resource when the pack named none. */
    urn: string;
    /**
     * The diagnostic message exactly as the pack sent it. CrossGuard sends
     * `${description}\n${message}` for `reportViolation(message)`.
     */
    message: string;
    description: string;
}

export interface PolicyInfo {
    name: string;
    enforcementLevel: string;
    description: string;
}

/** A fix a policy at level `remediate` applied (the engine then uses `properties` as the inputs). */
export interface PolicyRemediation {
    policy: string;
    description: string;
    /** The resource's inputs after the fix; `UNKNOWN` where a value is unknown. */
    properties?: Record<string, unknown>;
    /** Why the remediation could not run (e.g. an unknown value), when it did not. */
    diagnostic?: string;
}

export interface PolicyPackSession {
    readonly name: string;
    readonly version: string;
    readonly policies: PolicyInfo[];
    /** Policies whose configured level is `remediate` (the engine calls Remediate only then). */
    readonly remediatingPolicies: string[];
    analyze(resource: AnalyzerResourceInput): Promise<PolicyViolation[]>;
    /** The engine's Remediate call: fixes from policies whose level is `remediate`, in order. */
    remediate(resource: AnalyzerResourceInput): Promise<PolicyRemediation[]>;
    analyzeStack(resources: AnalyzerResourceInput[]): Promise<PolicyViolation[]>;
    /** CPU time the pack's process has used so far, in ms (Linux only; `undefined` elsewhere). */
    cpuMs(): number | undefined;
    /** Peak resident set size of the pack's process so far, in KiB (Linux only; `undefined` elsewhere). */
    peakRssKiB(): number | undefined;
    /** Kills the pack's process and closes the client; safe to call more than once. */
    close(): Promise<void>;
}

export interface StartPolicyPackOptions {
    /**
     * Per-policy config, shaped like a `--policy-pack-config` file:
     * `{ "all": "advisory", "<policy>": "disabled" | { enforcementLevel?, ...properties } }`.
     * Reconciled with the schema defaults and validated like the CLI does, then sent with Configure.
     */
    config?: Record<string, unknown>;
    /** How long to wait for the pack to print its port (it type-checks itself first). Default 120 s. */
    startupTimeoutMs?: number;
}

/** Passed where the CLI passes its engine address; run-policy-pack drops it unused. */
const DEFAULT_STARTUP_TIMEOUT_MS = 120_000;
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024; // what the CrossGuard server accepts

export async function startPolicyPack(packDir: string, options: StartPolicyPackOptions = {}): Promise<PolicyPackSession> {
    const dir = path.resolve(packDir);
    if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) {
        throw new PolicyPackInputError(`policy pack ${dir} not found: there is no PulumiPolicy.yaml in that directory`);
    }
    ensurePackBuilt(dir);
    const pack = new PackProcess(dir);
    try {
        const port = await pack.waitForPort(options.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS);
        const { grpc, analyzerGrpc } = protos();
        const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
            "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
            "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
            "grpc.enable_http_proxy": 0,
        });
        pack.client = client;
        return await Session.create(pack, client, options.config);
    } catch (e) {
        await pack.stop();
        throw e;
    }
}

type AnalyzeResponse = InstanceType<ReturnType<typeof protos>["analyzer"]["AnalyzeResponse"]>;
type RemediateResponse = InstanceType<ReturnType<typeof protos>["analyzer"]["RemediateResponse"]>;

function toAnalyzeRequest(resource: AnalyzerResourceInput) {
    const { analyzer } = protos();
    const request = new analyzer.AnalyzeRequest();
    request.setUrn(resource.urn);
    request.setType(resource.type);
    request.setName(resource.name);
    request.setProperties(toStruct(resource.properties, "properties"));
    request.setOptions(toOptions(resource));
    const provider = toProvider(resource);
    if (provider !== undefined) {
        request.setProvider(provider);
    }
    return request;
}

/** Wire values back to data: the unknown sentinel becomes `UNKNOWN`. */
function fromWire(value: unknown): unknown {
    if (value === UNKNOWN_SENTINEL) return UNKNOWN;
    if (Array.isArray(value)) return value.map(fromWire);
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromWire(v)]));
    }
    return value;
}

class Session implements PolicyPackSession {
    private constructor(
        private readonly pack: PackProcess,
        private readonly client: AnalyzerClient,
        readonly name: string,
        readonly version: string,
        readonly policies: PolicyInfo[],
        readonly remediatingPolicies: string[],
    ) {}

    static async create(pack: PackProcess, client: AnalyzerClient, config: Record<string, unknown> | undefined): Promise<Session> {
        const { analyzer, empty, struct } = protos();
        const info = await pack.rpc<InstanceType<typeof analyzer.AnalyzerInfo>>("GetAnalyzerInfo", (cb) =>
            client.getAnalyzerInfo(new empty.Empty(), pack.callMetadata(), pack.callOptions(), cb),
        );
        const schemas: PolicySchemaInfo[] = info.getPoliciesList().map((p) => ({
            name: p.getName(),
            enforcementLevel: levelName(p.getEnforcementlevel()),
            schemaProperties: p.getConfigschema()?.getProperties()?.toJavaScript() as Record<string, unknown> | undefined,
            schemaRequired: p.getConfigschema()?.getRequiredList() ?? [],
        }));
        const initial: PolicyConfigEntries = {};
        info.getInitialconfigMap().forEach((c, name) => {
            initial[name] = {
                enforcementLevel: levelName(c.getEnforcementlevel()),
                properties: c.getProperties()?.toJavaScript() as Record<string, unknown> | undefined,
            };
        });
        const reconciled = reconcilePolicyConfig(schemas, initial, config);

        // Like the CLI: Configure with every policy's level and properties (defaults included).
        const request = new analyzer.ConfigureAnalyzerRequest();
        const map = request.getPolicyconfigMap();
        for (const [name, c] of Object.entries(reconciled)) {
            const pc = new analyzer.PolicyConfig();
            pc.setEnforcementlevel(levelValue(c.enforcementLevel));
            pc.setProperties(struct.Struct.fromJavaScript(c.properties as Parameters<typeof struct.Struct.fromJavaScript>[0]));
            map.set(name, pc);
        }
        if (map.getLength() > 0) {
            await pack.rpc("Configure", (cb) => client.configure(request, pack.callMetadata(), pack.callOptions(), cb));
        }

        const policies: PolicyInfo[] = info.getPoliciesList().map((p) => ({
            name: p.getName(),
            enforcementLevel: levelName(p.getEnforcementlevel()) as string,
            description: p.getDescription(),
        }));
        const remediating = Object.entries(reconciled).filter(([, c]) => c.enforcementLevel === "remediate").map(([name]) => name);
        return new Session(pack, client, info.getName(), info.getVersion(), policies, remediating);
    }

    async analyze(resource: AnalyzerResourceInput): Promise<PolicyViolation[]> {
        const request = toAnalyzeRequest(resource);
        const response = await this.pack.rpc<AnalyzeResponse>("Analyze", (cb) =>
            this.client.analyze(request, this.pack.callMetadata(), this.pack.callOptions(), cb),
        );
        return toViolations(response, resource.urn);
    }

    async remediate(resource: AnalyzerResourceInput): Promise<PolicyRemediation[]> {
        const request = toAnalyzeRequest(resource);
        const response = await this.pack.rpc<RemediateResponse>("Remediate", (cb) =>
            this.client.remediate(request, this.pack.callMetadata(), this.pack.callOptions(), cb),
        );
        return response.getRemediationsList().map((r) => {
            const properties = r.getProperties()?.toJavaScript();
            return {
                policy: r.getPolicyname(),
                description: r.getDescription(),
                ...(properties !== undefined && { properties: fromWire(properties) as Record<string, unknown> }),
                ...(r.getDiagnostic() !== "" && { diagnostic: r.getDiagnostic() }),
            };
        });
    }

    async analyzeStack(resources: AnalyzerResourceInput[]): Promise<PolicyViolation[]> {
        const { analyzer } = protos();
        const request = new analyzer.AnalyzeStackRequest();
        request.setResourcesList(
            resources.map((resource, i) => {
                const r = new analyzer.AnalyzerResource();
                r.setUrn(resource.urn);
                r.setType(resource.type);
                r.setName(resource.name);
                r.setProperties(toStruct(resource.properties, `resources[${i}].properties`));
                r.setOptions(toOptions(resource));
                r.setParent(resource.parent ?? resource.options.parent ?? "");
                r.setDependenciesList([...resource.dependencies]);
                for (const [key, urns] of Object.entries(resource.propertyDependencies ?? {})) {
                    r.getPropertydependenciesMap().set(key, new analyzer.AnalyzerPropertyDependencies().setUrnsList([...urns]));
                }
                const provider = toProvider(resource);
                if (provider !== undefined) {
                    r.setProvider(provider);
                }
                return r;
            }),
        );
        const response = await this.pack.rpc<AnalyzeResponse>("AnalyzeStack", (cb) =>
            this.client.analyzeStack(request, this.pack.callMetadata(), this.pack.callOptions(), cb),
        );
        return toViolations(response, "");
    }

    cpuMs(): number | undefined {
        return this.pack.cpuMs();
    }

    peakRssKiB(): number | undefined {
        return this.pack.peakRssKiB();
    }

    close(): Promise<void> {
        return this.pack.stop();
    }
}

function toStruct(properties: Record<string, unknown>, path: string) {
    const { struct } = protos();
    const wire = toWireValue(properties ?? {}, UNKNOWN, UNKNOWN_SENTINEL, path);
    if (wire === null || typeof wire !== "object" || Array.isArray(wire)) {
        throw new TypeError(`${path} must be an object`);
    }
    return struct.Struct.fromJavaScript(wire);
}

function toOptions(resource: AnalyzerResourceInput) {
    const { analyzer } = protos();
    const o = resource.options ?? { protect: false, ignoreChanges: [] };
    const options = new analyzer.AnalyzerResourceOptions();
    options.setProtect(o.protect === true);
    options.setIgnorechangesList([...(o.ignoreChanges ?? [])]);
    if (o.deleteBeforeReplace !== undefined) {
        options.setDeletebeforereplace(o.deleteBeforeReplace);
        options.setDeletebeforereplacedefined(true);
    }
    options.setAdditionalsecretoutputsList([]);
    options.setAliasesList([]);
    options.setCustomtimeouts(new analyzer.AnalyzerResourceOptions.CustomTimeouts());
    const parent = o.parent ?? resource.parent;
    if (parent) {
        options.setParent(parent);
    }
    return options;
}

function toProvider(resource: AnalyzerResourceInput) {
    if (!resource.provider) {
        return undefined;
    }
    const { analyzer } = protos();
    const provider = new analyzer.AnalyzerProviderResource();
    provider.setUrn(resource.provider.urn);
    provider.setType(resource.provider.type);
    provider.setName(resource.provider.name);
    provider.setProperties(toStruct(resource.provider.properties, "provider.properties"));
    return provider;
}

function toViolations(response: AnalyzeResponse, fallbackUrn: string): PolicyViolation[] {
    return response.getDiagnosticsList().map((d) => ({
        policy: d.getPolicyname(),
        level: levelName(d.getEnforcementlevel()),
        urn: d.getUrn() || fallbackUrn,
        message: d.getMessage(),
        description: d.getDescription(),
    }));
}
