import * as assert from "assert";
import { LAMBDA_RUNTIMES, isoDay, parseDay, runtimePhase, successorOf } from "../../../policy/lib/runtimes";

describe("policy/lib Lambda runtime lifecycle", () => {
    describe("successorOf", () => {
        it("never suggests the runtime itself, even when it is the newest", () => {
            assert.strictEqual(successorOf("nodejs24.x", "2026-12-06"), "nodejs22.x");
            assert.strictEqual(successorOf("python3.14", "2026-12-06"), "python3.13");
        });

        it("suggests only a runtime still supported on the day: none once every other one of the language is deprecated", () => {
            assert.strictEqual(successorOf("nodejs20.x", "2028-04-29"), "nodejs24.x");
            assert.strictEqual(successorOf("nodejs20.x", "2028-04-30"), undefined, "nodejs24.x is deprecated that day");
            assert.strictEqual(successorOf("nodejs22.x", "2030-01-01"), undefined);
            assert.strictEqual(successorOf("nodejs20.x", "2027-04-30"), "nodejs24.x", "nodejs22.x is deprecated that day");
        });

        it("picks the one deprecated last, whatever the table's order", () => {
            const table = {
                "lang1": { deprecated: "2030-01-01" },
                "lang3": { deprecated: "2032-01-01" },
                "lang2": { deprecated: "2031-01-01" },
                "lang0": { deprecated: "2020-01-01" },
                "other9": { deprecated: "2040-01-01" },
            };
            assert.strictEqual(successorOf("lang0", "2026-12-06", table), "lang3");
            assert.strictEqual(successorOf("lang3", "2026-12-06", table), "lang2");
            assert.strictEqual(successorOf("lang3", "2030-06-01", table), "lang2");
            assert.strictEqual(successorOf("lang3", "2031-06-01", table), undefined);
        });

        it("a language is the name up to its first digit, with a trailing \"core\" dropped (dotnetcore3.1 -> dotnet)", () => {
            const table = {
                "coreml2": { deprecated: "2030-01-01" },
                "coreml1": { deprecated: "2020-01-01" },
                "ml9": { deprecated: "2031-01-01" },
                "dotnet10": { deprecated: "2030-01-01" },
                "dotnetcore2.1": { deprecated: "2020-01-01" },
            };
            assert.strictEqual(successorOf("coreml1", "2026-12-06", table), "coreml2");
            assert.strictEqual(successorOf("dotnetcore2.1", "2026-12-06", table), "dotnet10");
            assert.strictEqual(successorOf("dotnetcore3.1", "2026-12-06"), "dotnet10");
        });
    });

    describe("runtimePhase", () => {
        it("without a block date, a runtime is never create-blocked", () => {
            const table = { "lang1": { deprecated: "2020-01-01" }, "lang2": { deprecated: "2020-01-01", blockCreate: "2021-01-01" } };
            assert.strictEqual(runtimePhase("lang1", "2099-12-31", table), "deprecated");
            assert.strictEqual(runtimePhase("lang2", "2021-01-01", table), "create-blocked");
            assert.strictEqual(runtimePhase("lang2", "2020-12-31", table), "deprecated");
            assert.strictEqual(runtimePhase("lang2", "2019-12-31", table), "supported");
            assert.strictEqual(runtimePhase("hasOwnProperty", "2019-12-31", table), undefined);
        });
    });
});

describe("the runtime table", () => {
    it("reads days strictly", () => {
        assert.strictEqual(parseDay("2026-04-30"), "2026-04-30");
        assert.strictEqual(parseDay(" 2026-04-30 "), "2026-04-30");
        for (const odd of ["2026-02-30", "2026-4-30", "30/04/2026", "", undefined, 20260430, "2026-04-30T00:00:00Z"]) assert.strictEqual(parseDay(odd), undefined, String(odd));
        assert.strictEqual(isoDay(new Date("2026-04-30T23:59:59Z")), "2026-04-30");
    });

    it("ages: supported, deprecated on the deprecation day, blocked on the block-create day", () => {
        assert.deepStrictEqual(LAMBDA_RUNTIMES["nodejs20.x"], { deprecated: "2026-04-30", blockCreate: "2026-08-31", blockUpdate: "2026-09-30" });
        assert.strictEqual(runtimePhase("nodejs20.x", "2026-04-29"), "supported");
        assert.strictEqual(runtimePhase("nodejs20.x", "2026-04-30"), "deprecated");
        assert.strictEqual(runtimePhase("nodejs20.x", "2026-08-30"), "deprecated");
        assert.strictEqual(runtimePhase("nodejs20.x", "2026-08-31"), "create-blocked");
        assert.strictEqual(runtimePhase("python3.9", "2030-01-01"), "deprecated", "no block date announced: never reported as blocked");
        assert.strictEqual(runtimePhase("provided.al2023", "2030-01-01"), undefined);
        assert.strictEqual(runtimePhase("constructor", "2030-01-01"), undefined);
    });

    it("suggests the newest supported runtime of the same language", () => {
        assert.strictEqual(successorOf("nodejs20.x", "2026-12-06"), "nodejs24.x");
        assert.strictEqual(successorOf("python3.8", "2026-12-06"), "python3.14");
        assert.strictEqual(successorOf("java8", "2026-12-06"), "java25");
        assert.strictEqual(successorOf("dotnetcore3.1", "2026-12-06"), "dotnet10");
        assert.strictEqual(successorOf("go1.x", "2026-12-06"), undefined);
    });
});
