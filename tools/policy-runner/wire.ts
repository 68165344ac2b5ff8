/**
 * The Analyzer wire format: generated protobuf classes and how plain resource data maps onto them.
 *
 * Every protobuf/gRPC module is loaded from @pulumi/pulumi's own dependency tree (the copies
 * @pulumi/pulumi/proto/* and the CrossGuard server use): the generated serializers check
 * `instanceof google_protobuf_struct_pb.Struct` etc., which fails across two copies of a module.
 */
import { createRequire } from "module";

export type Grpc = typeof import("@grpc/grpc-js");
export type AnalyzerPb = typeof import("@pulumi/pulumi/proto/analyzer_pb");
export type AnalyzerGrpcPb = typeof import("@pulumi/pulumi/proto/analyzer_grpc_pb");
export type StructPb = typeof import("google-protobuf/google/protobuf/struct_pb");
export type EmptyPb = typeof import("google-protobuf/google/protobuf/empty_pb");

export interface Protos {
    readonly grpc: Grpc;
    readonly analyzer: AnalyzerPb;
    readonly analyzerGrpc: AnalyzerGrpcPb;
    readonly struct: StructPb;
    readonly empty: EmptyPb;
}

let loaded: Protos | undefined;

/** Loads (once) the protobuf and gRPC modules exactly as @pulumi/pulumi resolves them. */
export function protos(): Protos {
    if (loaded === undefined) {
        const pulumiRequire = createRequire(require.resolve("@pulumi/pulumi/package.json"));
        loaded = {
            grpc: pulumiRequire("@grpc/grpc-js") as Grpc,
            analyzer: pulumiRequire("./proto/analyzer_pb") as AnalyzerPb,
            analyzerGrpc: pulumiRequire("./proto/analyzer_grpc_pb") as AnalyzerGrpcPb,
            struct: pulumiRequire("google-protobuf/google/protobuf/struct_pb") as StructPb,
            empty: pulumiRequire("google-protobuf/google/protobuf/empty_pb") as EmptyPb,
        };
    }
    return loaded;
}

/** Path of the script the Pulumi CLI runs for a Node.js policy pack. */
export function runPolicyPackScript(): string {
    return require.resolve("@pulumi/pulumi/cmd/run-policy-pack");
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Converts resource properties to the plain JSON the engine puts into a Struct: `unknown` (the
 * caller's marker) becomes `sentinel`, `undefined` object members are dropped (the engine treats
 * them as absent) and `undefined` array elements become null. Throws a TypeError naming the
 * property path for values JSON cannot carry (functions, symbols, bigints, non-finite numbers).
 */
export function toWireValue(value: unknown, unknown: symbol, sentinel: string, path = "properties"): JsonValue {
    if (value === unknown) {
        return sentinel;
    }
    if (value === null || typeof value === "boolean" || typeof value === "string") {
        return value;
    }
    if (typeof value === "number") {
        if (!Number.isFinite(value)) {
            throw new TypeError(`${path}: ${value} cannot be sent to a policy pack (not a finite number)`);
        }
        return value;
    }
    if (Array.isArray(value)) {
        return value.map((v, i) => (v === undefined ? null : toWireValue(v, unknown, sentinel, `${path}[${i}]`)));
    }
    if (typeof value === "object") {
        const withJson = value as { toJSON?: () => unknown };
        if (typeof withJson.toJSON === "function") {
            return toWireValue(withJson.toJSON(), unknown, sentinel, path);
        }
        const out: { [key: string]: JsonValue } = {};
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
            if (v !== undefined) {
                out[k] = toWireValue(v, unknown, sentinel, `${path}.${k}`);
            }
        }
        return out;
    }
    throw new TypeError(`${path}: a ${typeof value} cannot be sent to a policy pack`);
}

/** Policy enforcement levels as the CrossGuard API names them. */
export type EnforcementLevelName = "advisory" | "mandatory" | "remediate" | "disabled";

export const ENFORCEMENT_LEVELS: readonly EnforcementLevelName[] = ["advisory", "mandatory", "remediate", "disabled"];

export function levelName(level: number): EnforcementLevelName {
    const { EnforcementLevel } = protos().analyzer;
    switch (level) {
        case EnforcementLevel.ADVISORY:
            return "advisory";
        case EnforcementLevel.MANDATORY:
            return "mandatory";
        case EnforcementLevel.REMEDIATE:
            return "remediate";
        case EnforcementLevel.DISABLED:
            return "disabled";
        default:
            throw new Error(`policy pack sent an unknown enforcement level ${level}`);
    }
}

export function levelValue(level: EnforcementLevelName): number {
    const { EnforcementLevel } = protos().analyzer;
    switch (level) {
        case "advisory":
            return EnforcementLevel.ADVISORY;
        case "mandatory":
            return EnforcementLevel.MANDATORY;
        case "remediate":
            return EnforcementLevel.REMEDIATE;
        case "disabled":
            return EnforcementLevel.DISABLED;
    }
}
