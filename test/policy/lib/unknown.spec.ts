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
});
