/**
 * Speed: CrossGuard (@pulumi/policy 1.21, server.js Analyze) deserializes a resource's inputs again
 * for every policy that checks more than one resource type, and each policy then turned them into
 * plain data: with 50+ policies that was most of the pack's time per resource. Policies only read
 * inputs, so the pack shares one deserialization per request (keyed by the request's Struct object,
 * which gRPC creates once per call) and one plain copy per deserialized object.
 *
 * This reaches into @pulumi/policy's internal `deserialize` module, whose version package.json pins;
 * if its shape ever differs, nothing is changed and the pack is only slower.
 */
/** CrossGuard's proxy hands out its deserialized target under this key. */
export const PROXY_TARGET = "__getSpecialProxyTarget";

export function shareDeserializedInputs(): boolean {
    let deserialize: { deserializeProperties?: (struct: unknown, proxySecrets: boolean) => unknown; __shared?: boolean };
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- an untyped internal module, loaded only if present
        deserialize = require("@pulumi/policy/deserialize");
    } catch {
        return false;
    }
    const original = deserialize.deserializeProperties;
    if (typeof original !== "function" || deserialize.__shared) return false;
    const cache = new WeakMap<object, Map<boolean, unknown>>();
    deserialize.deserializeProperties = (struct: unknown, proxySecrets: boolean) => {
        if (struct === null || typeof struct !== "object") return original(struct, proxySecrets);
        let byMode = cache.get(struct);
        if (byMode === undefined) cache.set(struct, (byMode = new Map()));
        if (!byMode.has(proxySecrets)) byMode.set(proxySecrets, original(struct, proxySecrets));
        return byMode.get(proxySecrets);
    };
    deserialize.__shared = true;
    return true;
}

const plainCache = new WeakMap<object, Record<string, unknown>>();

/** The deserialized object behind CrossGuard's props proxy, or undefined for anything else. */
export function proxyTarget(props: unknown): object | undefined {
    let target: unknown;
    try {
        target = props !== null && typeof props === "object" ? (props as Record<string, unknown>)[PROXY_TARGET] : undefined;
    } catch {
        target = undefined;
    }
    return target !== null && typeof target === "object" ? target : undefined;
}

/** `convert(props)`, computed once per deserialized object behind CrossGuard's proxy. */
export function sharedPlain(props: unknown, convert: (props: unknown) => Record<string, unknown>): Record<string, unknown> {
    const target = proxyTarget(props);
    if (target === undefined) return convert(props);
    let plain = plainCache.get(target);
    if (plain === undefined) plainCache.set(target, (plain = convert(props)));
    return plain;
}
