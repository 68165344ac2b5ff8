import * as assert from "assert";
import { runtimePhase, successorOf } from "../../../policy/lib/runtimes";

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
