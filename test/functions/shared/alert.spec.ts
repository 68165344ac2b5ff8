import * as assert from "assert";
import { guardDutySeverity } from "../../../functions/shared/alert";

describe("Notifier: severity bands (functions/shared/alert.ts)", () => {
    it("maps GuardDuty scores to AWS's bands at their edges", () => {
        assert.deepStrictEqual([10, 9, 8.9, 7, 6.9, 4, 3.9, 1].map(guardDutySeverity), ["CRITICAL", "CRITICAL", "HIGH", "HIGH", "MEDIUM", "MEDIUM", "LOW", "LOW"]);
    });
});
