import * as assert from "assert";
import { UNKNOWN, exemptionFor, parseExemptions } from "../../../policy/lib";

describe("policy/lib exemptions", () => {
    describe("parseExemptions", () => {
        it("keeps the well-formed entries, in order", () => {
            const good = [
                { match: "legacy-*", justification: "migrated in ticket OPS-12" },
                { match: "tag:exception=sec-*", justification: "approved by the security review" },
            ];
            assert.deepStrictEqual(parseExemptions(good), good);
        });

        it("is [] for a config value that is not a list", () => {
            for (const odd of [undefined, null, "legacy-*", 5, { match: "legacy-*", justification: "migrated in ticket OPS-12" }, UNKNOWN]) {
                assert.deepStrictEqual(parseExemptions(odd), [], String(odd));
            }
        });

        it("drops entries without a match pattern or without a justification of at least 10 characters (blanks not counted)", () => {
            const ok = "a justification";
            const dropped = [
                null, undefined, "legacy-*", UNKNOWN, ["legacy-*", ok],
                { justification: ok }, { match: 5, justification: ok }, { match: "", justification: ok }, { match: "   ", justification: ok },
                { match: "legacy-*" }, { match: "legacy-*", justification: 1234567890 }, { match: "legacy-*", justification: "too short" },
                { match: "legacy-*", justification: "   short    " },
            ];
            for (const entry of dropped) {
                assert.deepStrictEqual(parseExemptions([entry]), [], JSON.stringify(entry) ?? String(entry));
            }
            const tenCharacters = { match: "legacy-*", justification: "ten chars!" };
            assert.deepStrictEqual(parseExemptions([...dropped, tenCharacters]), [tenCharacters]);
        });
    });

    describe("exemptionFor", () => {
        const exemption = (match: string) => ({ match, justification: "reviewed and accepted" });

        it("matches the resource name against the pattern, * standing for any run of characters, the whole name", () => {
            const legacy = exemption("legacy-*");
            assert.strictEqual(exemptionFor([legacy], "legacy-bucket", {}), legacy);
            assert.strictEqual(exemptionFor([legacy], "legacy-", {}), legacy);
            assert.strictEqual(exemptionFor([legacy], "new-legacy-bucket", {}), undefined);
            const suffix = exemption("*-logs");
            assert.strictEqual(exemptionFor([suffix], "audit-logs", {}), suffix);
            assert.strictEqual(exemptionFor([suffix], "audit-logs-old", {}), undefined);
            assert.strictEqual(exemptionFor([], "legacy-bucket", {}), undefined);
        });

        it("returns the first exemption that applies", () => {
            const first = exemption("legacy-*");
            const second = exemption("*-bucket");
            assert.strictEqual(exemptionFor([first, second], "legacy-bucket", {}), first);
            assert.strictEqual(exemptionFor([first, second], "new-bucket", {}), second);
        });

        it("takes every other character of the pattern literally, regular expression characters included", () => {
            const dotted = exemption("app.v1(a)+[b]$");
            assert.strictEqual(exemptionFor([dotted], "app.v1(a)+[b]$", {}), dotted);
            assert.strictEqual(exemptionFor([dotted], "appXv1(a)+[b]$", {}), undefined);
            assert.strictEqual(exemptionFor([exemption("a.c")], "abc", {}), undefined);
            assert.strictEqual(exemptionFor([exemption("a?c")], "abc", {}), undefined);
        });

        it("ignores blanks around the pattern", () => {
            const spaced = exemption("  legacy-*  ");
            assert.strictEqual(exemptionFor([spaced], "legacy-bucket", {}), spaced);
            const spacedTag = exemption(" tag:exception=sec-* ");
            assert.strictEqual(exemptionFor([spacedTag], "r", { tags: { exception: "sec-1" } }), spacedTag);
        });

        it("tag:KEY=VALUE matches the resource's tags input, * allowed in the value, = allowed in the value", () => {
            const tagged = exemption("tag:exception=sec-2026-*");
            assert.strictEqual(exemptionFor([tagged], "r", { tags: { exception: "sec-2026-04" } }), tagged);
            assert.strictEqual(exemptionFor([tagged], "r", { tags: { exception: "sec-2025-04" } }), undefined);
            assert.strictEqual(exemptionFor([tagged], "tag:exception=sec-2026-04", {}), undefined, "a tag pattern never matches the name");
            const withEquals = exemption("tag:ticket=a=b");
            assert.strictEqual(exemptionFor([withEquals], "r", { tags: { ticket: "a=b" } }), withEquals);
            assert.strictEqual(exemptionFor([withEquals], "r", { tags: { ticket: "ab" } }), undefined);
        });

        it("a tag pattern without =VALUE, unknown or missing tags, or a tag that is not a string exempt nothing", () => {
            assert.strictEqual(exemptionFor([exemption("tag:exception")], "r", { tags: { exception: "" } }), undefined);
            assert.strictEqual(exemptionFor([exemption("tag:exception")], "r", { tags: { exception: "yes" } }), undefined);
            const any = exemption("tag:exception=*");
            for (const tags of [undefined, UNKNOWN, "exception=yes", ["exception"], { exception: UNKNOWN }, { exception: 1 }, { other: "yes" }]) {
                assert.strictEqual(exemptionFor([any], "r", { tags }), undefined, String(tags));
            }
            assert.strictEqual(exemptionFor([any], "r", { tags: { exception: "" } }), any);
        });
    });
});
