import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { TRAIL, checkTrail, definition } from "../../../policy/policies/cloudtrail/cloudtrail-multi-region-validated";
import { Props, happy } from "../factories";

const MSG = {
    multiRegion: "isMultiRegionTrail must be true (CIS 3.1): a single-region trail misses API activity in every other region",
    globalEvents:
        "includeGlobalServiceEvents must not be false (CIS 3.1): without it, IAM, STS and other global service events are not recorded",
    logging: "enableLogging must not be false (CIS 3.1): a trail with logging off records nothing",
    validation: "enableLogFileValidation must be true (CIS 3.2): without it, log tampering cannot be detected",
};

describe("policy cloudtrail-multi-region-validated", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["compliant organization trail", {}, []],
        ["isMultiRegionTrail false", { isMultiRegionTrail: false }, [MSG.multiRegion]],
        ["isMultiRegionTrail missing (AWS default false)", { isMultiRegionTrail: undefined }, [MSG.multiRegion]],
        ["enableLogFileValidation false", { enableLogFileValidation: false }, [MSG.validation]],
        ["enableLogFileValidation missing (AWS default false)", { enableLogFileValidation: undefined }, [MSG.validation]],
        ["includeGlobalServiceEvents false", { includeGlobalServiceEvents: false }, [MSG.globalEvents]],
        ["includeGlobalServiceEvents missing (AWS default true)", { includeGlobalServiceEvents: undefined }, []],
        ["enableLogging false", { enableLogging: false }, [MSG.logging]],
        ['enableLogging "false" (string)', { enableLogging: "false" }, [MSG.logging]],
        ["enableLogging missing (AWS default true)", { enableLogging: undefined }, []],
        ["isMultiRegionTrail unknown: only that check is skipped", { isMultiRegionTrail: UNKNOWN, enableLogFileValidation: false }, [MSG.validation]],
        ["enableLogFileValidation unknown", { enableLogFileValidation: UNKNOWN }, []],
        ["includeGlobalServiceEvents and enableLogging unknown", { includeGlobalServiceEvents: UNKNOWN, enableLogging: UNKNOWN }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => {
            assert.deepStrictEqual(checkTrail({ ...happy[TRAIL](), ...change }), expected);
        });
    }

    it("an empty trail gets the two 'must be true' messages, in a stable order", () => {
        assert.deepStrictEqual(checkTrail({}), [MSG.multiRegion, MSG.validation]);
    });

    it("everything wrong: four messages, in a stable order", () => {
        assert.deepStrictEqual(
            definition.check(TRAIL, { isMultiRegionTrail: false, includeGlobalServiceEvents: false, enableLogging: false, enableLogFileValidation: false }),
            [MSG.multiRegion, MSG.globalEvents, MSG.logging, MSG.validation],
        );
    });
});
