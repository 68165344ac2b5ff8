import * as assert from "assert";
import { renderRemediations } from "../../tools/preview/render";
import type { RecordedResource } from "../../tools/preview/runtime";

describe("offline preview rendering", () => {
    it("lists each remediation with the resource, the policy and the inputs it set", () => {
        const key = { urn: "urn:pulumi:prod::p::aws:kms/key:Key::data", type: "aws:kms/key:Key", name: "data" } as RecordedResource;
        assert.deepStrictEqual(renderRemediations([
            { urn: key.urn, policy: "kms-key-rotation-enabled", changed: { enableKeyRotation: true, rotationPeriodInDays: 180 } },
            { urn: "urn:pulumi:prod::p::other::gone", policy: "p", changed: { tags: { a: "b" } } },
        ], [key]), [
            "Remediations (2): inputs the policy pack set before analysis",
            '  ~ aws:kms/key:Key "data": kms-key-rotation-enabled set enableKeyRotation=true, rotationPeriodInDays=180',
            '  ~ urn:pulumi:prod::p::other::gone: p set tags={"a":"b"}',
            "",
        ]);
        assert.deepStrictEqual(renderRemediations([], [key]), []);
    });
});
