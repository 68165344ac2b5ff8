/** policy/policies/cfg/: config-recorder-complete. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as recorder } from "../../../policy/policies/cfg/config-recorder-complete";
import { configTable } from "../tables";

configTable(recorder, "aws:cfg/recorder:Recorder", [
    ["everything", {}, []],
    ["no recording group (everything)", { recordingGroup: undefined }, []],
    ["a list of types", { recordingGroup: { allSupported: false, resourceTypes: ["AWS::S3::Bucket"] } },
        ["recordingGroup.allSupported must not be false (FSBP Config.1): resource types left out have no configuration history or compliance findings"]],
    ["the global IAM types left out of a non-home region (AWS's recommendation)", { recordingGroup: {
        allSupported: false, exclusionByResourceTypes: [{ resourceTypes: ["AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy"] }],
        recordingStrategies: [{ useOnly: "EXCLUSION_BY_RESOURCE_TYPES" }],
    } }, []],
    ["other types left out", { recordingGroup: {
        allSupported: false, exclusionByResourceTypes: [{ resourceTypes: ["AWS::IAM::Role", "AWS::EC2::NetworkInterface"] }, { resourceTypes: ["AWS::EC2::Volume"] }],
    } }, ["recordingGroup.exclusionByResourceTypes leaves out AWS::EC2::NetworkInterface, AWS::EC2::Volume (FSBP Config.1): those resources have no configuration " +
        "history or findings (leaving out only the global IAM types, recorded in one home region, is fine)"]],
    ["exclusions unknown", { recordingGroup: { allSupported: false, exclusionByResourceTypes: UNKNOWN } }, []],
]);
configTable(recorder, "aws:cfg/recorderStatus:RecorderStatus", [["stopped", { isEnabled: false }, ["isEnabled must be true (FSBP Config.1): a stopped recorder records nothing"]]]);

describe("review regressions", () => {
    it("config-recorder-complete: allSupported unset means everything (the home-region-only global types setup)", () => {
        assert.deepStrictEqual(recorder.check("aws:cfg/recorder:Recorder", { recordingGroup: { includeGlobalResourceTypes: false } }), []);
        assert.strictEqual(recorder.check("aws:cfg/recorder:Recorder", { recordingGroup: { resourceTypes: ["AWS::S3::Bucket"] } }).length, 1);
    });
});
