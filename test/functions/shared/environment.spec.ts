import * as assert from "assert";
import { requiredSetting } from "../../../functions/shared/environment";

describe("Notifier: settings (functions/shared/environment.ts)", () => {
    it("refuses a missing or empty setting, by name", () => {
        assert.throws(() => requiredSetting({ TOPIC_ARN: "" }, "TOPIC_ARN"), /^Error: environment variable TOPIC_ARN is not set$/);
        assert.throws(() => requiredSetting({}, "TABLE_NAME"), /^Error: environment variable TABLE_NAME is not set$/);
        assert.strictEqual(requiredSetting({ A: "b" }, "A"), "b");
    });
});
