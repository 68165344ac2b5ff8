/**
 * Lambda runtimes as dated data (issue 22): lambda-supported-runtime (advisory from the deprecation
 * date) and lambda-runtime-not-blocked (mandatory from the block-create date), the evaluation day
 * injected through the policies' `today` config; checkov's DeprecatedLambdaRuntime cases.
 */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { LAMBDA_RUNTIMES, isoDay, parseDay, runtimePhase, successorOf } from "../../../policy/lib/runtimes";
import { definition as blocked } from "../../../policy/policies/lambda/lambda-runtime-not-blocked";
import { definition as supported } from "../../../policy/policies/lambda/lambda-supported-runtime";
import { happy } from "../factories";

const FUNCTION = "aws:lambda/function:Function";
const fn = (runtime: unknown) => ({ ...happy[FUNCTION]!(), runtime });
const TABLE = "(AWS's runtime table as read 2026-12-06)";

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

describe("policies lambda-supported-runtime (advisory) and lambda-runtime-not-blocked (mandatory)", () => {
    const DEPRECATED = (runtime: string, since: string, blocks: string, next: string) =>
        `runtime "${runtime}" is deprecated since ${since} (FSBP Lambda.2): Lambda no longer patches it, and ${blocks}; move to ${next} ${TABLE}`;
    const BLOCKED = (runtime: string, since: string, create: string, update: string, next: string) =>
        `runtime "${runtime}" is past end of support (FSBP Lambda.2): deprecated since ${since}, unpatched since; AWS blocks creating functions that use it since ${create}` +
        `${update}; move to ${next} ${TABLE}`;
    const cases: Array<[string, unknown, string, string[], string[]]> = [
        ["nodejs22.x, supported", "nodejs22.x", "2026-12-06", [], []],
        ["nodejs22.x the day it is deprecated", "nodejs22.x", "2027-04-30",
            [DEPRECATED("nodejs22.x", "2027-04-30", "AWS blocks creating functions that use it from 2027-06-01 and updating them from 2027-07-01", "nodejs24.x")], []],
        ["nodejs22.x once creation is blocked", "nodejs22.x", "2027-06-01",
            [], [BLOCKED("nodejs22.x", "2027-04-30", "2027-06-01", ", and will block updating them from 2027-07-01", "nodejs24.x")]],
        ["nodejs20.x today (issue 22: deprecated 2026-04-30)", "nodejs20.x", "2026-12-06",
            [], [BLOCKED("nodejs20.x", "2026-04-30", "2026-08-31", ", and updating them since 2026-09-30", "nodejs24.x")]],
        ["dotnet8, deprecated, creation blocked from February", "dotnet8", "2026-12-06",
            [DEPRECATED("dotnet8", "2026-11-10", "AWS blocks creating functions that use it from 2027-02-01 and updating them from 2027-03-03", "dotnet10")], []],
        ["python3.9, deprecated, no block date in the table", "python3.9", "2026-12-06",
            [DEPRECATED("python3.9", "2025-12-15", "AWS will then block creating and updating functions that use it", "python3.14")], []],
        ["go1.x: the OS-only runtime replaces it", "go1.x", "2026-12-06",
            [], [BLOCKED("go1.x", "2024-01-08", "2024-02-08", ", and updating them since 2025-11-01", "provided.al2023")]],
        ["a runtime with spaces around it", " python3.8 ", "2026-12-06",
            [], [BLOCKED("python3.8", "2024-10-14", "2025-10-01", ", and updating them since 2025-11-01", "python3.14")]],
        ["an OS-only runtime the table does not date", "provided.al2023", "2026-12-06", [], []],
        ["a container image (no runtime)", undefined, "2026-12-06", [], []],
        ["runtime unknown", UNKNOWN, "2026-12-06", [], []],
    ];
    for (const [title, runtime, today, advisory, mandatory] of cases) {
        it(title, () => {
            assert.deepStrictEqual(supported.check(FUNCTION, fn(runtime), { today }), advisory);
            assert.deepStrictEqual(blocked.check(FUNCTION, fn(runtime), { today }), mandatory);
        });
    }

    it("without a configured day, uses today's date (the table's nodejs18.x was blocked long before any run of this test)", () => {
        assert.strictEqual(blocked.check(FUNCTION, fn("nodejs18.x")).length, 1);
        assert.deepStrictEqual(supported.check(FUNCTION, fn("nodejs18.x")), []);
        assert.deepStrictEqual(blocked.check(FUNCTION, fn("nodejs18.x"), { today: "not a day" }).length, 1);
    });

    it("deprecatedRuntimes adds runtimes the table does not date, not twice for those it does", () => {
        const config = { today: "2026-12-06", deprecatedRuntimes: ["provided.al2", "dotnet8", "nodejs24.x"] };
        const LISTED = (r: string) => `runtime "${r}" is listed as deprecated (FSBP Lambda.2, policy config deprecatedRuntimes): it gets no security patches; move to a supported runtime`;
        assert.deepStrictEqual(supported.check(FUNCTION, fn("provided.al2"), config), [LISTED("provided.al2")]);
        assert.deepStrictEqual(supported.check(FUNCTION, fn("nodejs24.x"), config), [LISTED("nodejs24.x")]);
        assert.strictEqual(supported.check(FUNCTION, fn("dotnet8"), config).length, 1);
    });

    it("levels: advisory before the block, mandatory after", () => {
        assert.strictEqual(supported.metadata.enforcementLevel, "advisory");
        assert.strictEqual(blocked.metadata.enforcementLevel, "mandatory");
    });
});

/** checkov tests/terraform/checks/resource/aws/example_DeprecatedLambdaRuntime (inputs only). */
describe("checkov's DeprecatedLambdaRuntime cases", () => {
    const today = "2026-12-06";
    const lambda = (runtime: string) => ({ code: "lambda_function_payload.zip", name: "lambda_function_name", role: "arn:aws:iam::111111111111:role/iam_for_lambda",
        handler: "index.test", runtime, ephemeralStorage: { size: 10240 } });
    it("nodejs22.x passes both; python3.6 and dotnetcore3.1 are blocked (mandatory)", () => {
        assert.deepStrictEqual([supported, blocked].flatMap((d) => d.check(FUNCTION, lambda("nodejs22.x"), { today })), []);
        assert.strictEqual(blocked.check(FUNCTION, lambda("python3.6"), { today }).length, 1);
        assert.strictEqual(blocked.check(FUNCTION, lambda("dotnetcore3.1"), { today }).length, 1);
    });
});
