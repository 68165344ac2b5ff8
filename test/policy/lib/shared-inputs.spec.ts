import * as assert from "assert";
import { unknownCheckingProxy } from "@pulumi/policy";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { shareDeserializedInputs, sharedPlain } from "../../../policy/lib/shared-inputs";
import { plainProps } from "../../../policy/lib";

describe("policy/lib shared inputs (speed)", () => {
    it("deserializes a request's inputs once per Struct and mode, and patches CrossGuard only once", () => {
        shareDeserializedInputs();
        assert.strictEqual(shareDeserializedInputs(), false, "a second call changes nothing");
        const deserialize = require("@pulumi/policy/deserialize");
        const struct = Struct.fromJavaScript({ name: "a", tags: { team: "x" } });
        const first = deserialize.deserializeProperties(struct, false);
        assert.deepStrictEqual(first, { name: "a", tags: { team: "x" } });
        assert.strictEqual(deserialize.deserializeProperties(struct, false), first);
        assert.notStrictEqual(deserialize.deserializeProperties(Struct.fromJavaScript({ name: "a", tags: { team: "x" } }), false), first);
        assert.notStrictEqual(deserialize.deserializeProperties(struct, true), first, "the secrets-proxying mode is cached apart");
    });

    it("converts the props behind one CrossGuard proxy to plain data once", () => {
        const target = { name: "a", size: 3 };
        let conversions = 0;
        const convert = (props: unknown) => {
            conversions++;
            return plainProps(props);
        };
        const a = sharedPlain(unknownCheckingProxy(target), convert);
        const b = sharedPlain(unknownCheckingProxy(target), convert);
        assert.strictEqual(a, b);
        assert.deepStrictEqual(a, { name: "a", size: 3 });
        assert.strictEqual(conversions, 1);
        assert.deepStrictEqual(sharedPlain({ plain: true }, convert), { plain: true }, "a plain object (no proxy) is converted, not cached");
        assert.strictEqual(conversions, 2);
    });

    describe("on a CrossGuard whose deserializer is not shared yet (its state saved and restored around each test)", () => {
        const deserialize = require("@pulumi/policy/deserialize") as { deserializeProperties: unknown; __shared?: boolean };
        let saved: { deserializeProperties: unknown; __shared?: boolean };
        beforeEach(() => {
            saved = { deserializeProperties: deserialize.deserializeProperties, __shared: deserialize.__shared };
        });
        afterEach(() => {
            deserialize.deserializeProperties = saved.deserializeProperties;
            deserialize.__shared = saved.__shared;
        });

        it("wraps the deserializer, says so, and caches per Struct object; anything else goes through every time", () => {
            const calls: unknown[] = [];
            deserialize.deserializeProperties = (struct: unknown, proxySecrets: boolean) => {
                calls.push(struct);
                return { struct, proxySecrets };
            };
            deserialize.__shared = undefined;
            assert.strictEqual(shareDeserializedInputs(), true);
            assert.strictEqual(deserialize.__shared, true);
            assert.strictEqual(shareDeserializedInputs(), false, "already shared");
            const wrapped = deserialize.deserializeProperties as (struct: unknown, proxySecrets: boolean) => unknown;
            const struct = {};
            assert.strictEqual(wrapped(struct, false), wrapped(struct, false));
            assert.deepStrictEqual(wrapped(struct, true), { struct, proxySecrets: true });
            assert.strictEqual(calls.length, 2, "one call per Struct and mode");
            assert.deepStrictEqual(wrapped(null, false), { struct: null, proxySecrets: false });
            assert.deepStrictEqual(wrapped(null, false), { struct: null, proxySecrets: false });
            assert.deepStrictEqual(wrapped("text", true), { struct: "text", proxySecrets: true });
            assert.deepStrictEqual(calls, [struct, struct, null, null, "text"]);
        });

        it("changes nothing when the deserializer is not a function", () => {
            deserialize.deserializeProperties = "not a function";
            deserialize.__shared = undefined;
            assert.strictEqual(shareDeserializedInputs(), false);
            assert.strictEqual(deserialize.deserializeProperties, "not a function");
            assert.strictEqual(deserialize.__shared, undefined);
        });
    });

    it("converts props whose proxy target is missing or not an object directly, every time", () => {
        let conversions = 0;
        const convert = (props: unknown) => {
            conversions++;
            return plainProps(props);
        };
        const noTarget = { __getSpecialProxyTarget: null, size: 1 };
        assert.deepStrictEqual(sharedPlain(noTarget, convert), { __getSpecialProxyTarget: null, size: 1 });
        assert.deepStrictEqual(sharedPlain({ __getSpecialProxyTarget: "text" }, convert), { __getSpecialProxyTarget: "text" });
        const throwing = new Proxy({ size: 2 }, { get: (target, key) => {
            if (key === "__getSpecialProxyTarget") throw new Error("no target");
            return (target as Record<string | symbol, unknown>)[key];
        } });
        assert.deepStrictEqual(sharedPlain(throwing, convert), { size: 2 });
        assert.deepStrictEqual(sharedPlain(null, convert), {});
        assert.deepStrictEqual(sharedPlain("text", convert), {});
        assert.strictEqual(conversions, 5);
    });
});
