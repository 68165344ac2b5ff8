import * as assert from "assert";
import { UnknownValueError, unknownCheckingProxy } from "@pulumi/policy";
import { UNKNOWN, plainProps, toPlain } from "../../../policy/lib";

const STRING_SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const BOOLEAN_SENTINEL = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";

describe("policy/lib unknown values", () => {
    it("the CrossGuard proxy throws on unknowns: that is what we protect the checks from", () => {
        const props = unknownCheckingProxy({ a: STRING_SENTINEL }) as Record<string, unknown>;
        assert.throws(() => props["a"], UnknownValueError);
    });

    it("converts the CrossGuard proxy into plain data, with UNKNOWN where values are unknown", () => {
        const props = unknownCheckingProxy({
            name: "trail",
            isMultiRegionTrail: STRING_SENTINEL,
            enableLogging: true,
            tags: { team: "platform", owner: BOOLEAN_SENTINEL },
            eventSelectors: [{ readWriteType: "All" }, STRING_SENTINEL],
            nothing: null,
        });
        assert.deepStrictEqual(plainProps(props), {
            name: "trail",
            isMultiRegionTrail: UNKNOWN,
            enableLogging: true,
            tags: { team: "platform", owner: UNKNOWN },
            eventSelectors: [{ readWriteType: "All" }, UNKNOWN],
            nothing: null,
        });
    });

    it("maps sentinel strings in plain (unproxied) data too", () => {
        assert.deepStrictEqual(toPlain({ a: [STRING_SENTINEL, "x"] }), { a: [UNKNOWN, "x"] });
    });

    it("keeps UNKNOWN markers and drops functions and symbols", () => {
        assert.deepStrictEqual(toPlain({ a: UNKNOWN, f: () => 1, s: Symbol("s"), n: 1 }), { a: UNKNOWN, n: 1 });
    });

    it("a throwing getter only affects its own key", () => {
        const odd = Object.defineProperty({ ok: 1 }, "bad", {
            enumerable: true,
            get() {
                throw new Error("boom");
            },
        });
        assert.deepStrictEqual(toPlain(odd), { ok: 1, bad: UNKNOWN });
    });

    it("never throws on cycles or non-objects", () => {
        const cyclic: Record<string, unknown> = { a: 1 };
        cyclic["self"] = cyclic;
        assert.doesNotThrow(() => toPlain(cyclic));
        for (const odd of [undefined, null, 1, "s", true, [], STRING_SENTINEL]) {
            assert.doesNotThrow(() => plainProps(odd));
            assert.strictEqual(typeof plainProps(odd), "object");
        }
    });

    it("stops at depth 64: anything deeper is UNKNOWN", () => {
        const nested = (levels: number): unknown => (levels === 0 ? "leaf" : { a: nested(levels - 1) });
        const at = (value: unknown, levels: number): unknown => (levels === 0 ? value : at((value as { a: unknown }).a, levels - 1));
        assert.strictEqual(at(toPlain(nested(64)), 64), "leaf", "objects at depths 0 to 63, a string at any depth");
        assert.deepStrictEqual(at(toPlain(nested(65)), 63), { a: UNKNOWN }, "the object at depth 64");
        const cyclic: Record<string, unknown> = {};
        cyclic["a"] = cyclic;
        assert.deepStrictEqual(at(toPlain(cyclic), 63), { a: UNKNOWN });
    });

    it("copies only a list's elements, not other properties set on it", () => {
        const list = Object.assign(["a", "b"], { extra: "x", "-1": "minus", "1.5": "half" });
        assert.deepStrictEqual(toPlain(list), ["a", "b"]);
    });

    it("an object whose keys cannot be read is UNKNOWN", () => {
        const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
        revoke();
        assert.strictEqual(toPlain(proxy), UNKNOWN);
        assert.deepStrictEqual(toPlain({ ok: 1, revoked: proxy }), { ok: 1, revoked: UNKNOWN });
    });

    it("plainProps is {} for anything that is not an object", () => {
        for (const odd of [undefined, null, 1, "s", true, [], ["a"], STRING_SENTINEL, UNKNOWN]) {
            assert.deepStrictEqual(plainProps(odd), {}, String(odd));
        }
    });
});
