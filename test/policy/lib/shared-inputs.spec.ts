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
});
