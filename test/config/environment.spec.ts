import * as assert from "assert";
import { checkEnvironment } from "../../config";

describe("config: the environment the program runs in", () => {
    const withPipeline = { pipelines: { foundation: { stacks: ["prod"] } } };

    it("reaches member accounts read-only only when FOUNDATION_READ_ONLY is exactly true", () => {
        assert.deepStrictEqual(checkEnvironment({ FOUNDATION_READ_ONLY: "true" }, true, withPipeline), { readOnly: true });
        assert.deepStrictEqual(checkEnvironment({}, true, {}), { readOnly: false });
        assert.deepStrictEqual(checkEnvironment({ FOUNDATION_READ_ONLY: "1" }, false, {}), { readOnly: false });
    });

    it("refuses FOUNDATION_READ_ONLY=true outside a preview", () => {
        assert.throws(() => checkEnvironment({ FOUNDATION_READ_ONLY: "true" }, false, withPipeline),
            { message: "FOUNDATION_READ_ONLY=true is for previews: unset it to run pulumi up, refresh or destroy" });
    });

    it("refuses FOUNDATION_READ_ONLY=true without foundation:pipelines.foundation, whose preview role it needs", () => {
        assert.throws(() => checkEnvironment({ FOUNDATION_READ_ONLY: "true" }, true, { pipelines: {} }), {
            message: "FOUNDATION_READ_ONLY=true needs foundation:pipelines.foundation in the stack config: its preview role creates the read-only roles member accounts are previewed through",
        });
    });
});
