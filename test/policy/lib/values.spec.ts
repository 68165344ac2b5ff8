import * as assert from "assert";
import { UNKNOWN, asBool, asList, asNumber, asRecord, asString, stringList, valueAt } from "../../../policy/lib";

describe("policy/lib lenient readers", () => {
    it("asBool reads booleans and the strings true/false in any case, with blanks around", () => {
        assert.strictEqual(asBool(true), true);
        assert.strictEqual(asBool(false), false);
        assert.strictEqual(asBool(" TRUE "), true);
        assert.strictEqual(asBool("False\n"), false);
        assert.strictEqual(asBool(UNKNOWN), UNKNOWN);
        for (const odd of ["yes", "no", "0", "", 1, 0, null, undefined, {}]) {
            assert.strictEqual(asBool(odd), undefined, String(odd));
        }
    });

    it("asNumber reads finite numbers and numeric strings; blank strings are no number", () => {
        assert.strictEqual(asNumber(365), 365);
        assert.strictEqual(asNumber(" 365 "), 365);
        assert.strictEqual(asNumber("0"), 0);
        assert.strictEqual(asNumber(UNKNOWN), UNKNOWN);
        for (const odd of ["", "   ", "\n", "abc", Infinity, NaN, "Infinity", null, undefined, true, []]) {
            assert.strictEqual(asNumber(odd), undefined, String(odd));
        }
    });

    it("asString, asRecord and valueAt", () => {
        assert.strictEqual(asString("a"), "a");
        assert.strictEqual(asString(1), undefined);
        assert.deepStrictEqual(asRecord({ a: 1 }), { a: 1 });
        for (const odd of [null, [], "a", 1]) assert.strictEqual(asRecord(odd), undefined, String(odd));
        assert.strictEqual(valueAt({ a: { b: { c: 3 } } }, ["a", "b", "c"]), 3);
        assert.strictEqual(valueAt({ a: { b: UNKNOWN } }, ["a", "b", "c"]), UNKNOWN);
        assert.strictEqual(valueAt({ a: null }, ["a", "b"]), undefined);
    });

    it("asList makes a single value a list; absent (undefined or null) stays undefined", () => {
        assert.deepStrictEqual(asList(["a", "b"]), ["a", "b"]);
        assert.deepStrictEqual(asList("a"), ["a"]);
        assert.deepStrictEqual(asList(0), [0]);
        assert.strictEqual(asList(undefined), undefined);
        assert.strictEqual(asList(null), undefined);
        assert.strictEqual(asList(UNKNOWN), UNKNOWN);
        assert.deepStrictEqual(stringList(["a", 1, null, "b"]), ["a", "b"]);
        assert.deepStrictEqual(stringList(null), []);
        assert.deepStrictEqual(stringList(UNKNOWN), []);
    });
});
