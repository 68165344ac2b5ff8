import * as assert from "assert";
import { CreateSampleFindingsCommand, GuardDutyClient, ListDetectorsCommand } from "@aws-sdk/client-guardduty";
import { mockClient } from "aws-sdk-client-mock";
import { parseFoundationConfig } from "../../../config";
import { createSampleFindings, drillPlan } from "../../../tools/drill/drill";
import { exampleValues } from "../../example-stack";

const guardDuty = mockClient(GuardDutyClient);

describe("drill (npm run drill)", () => {
    beforeEach(() => guardDuty.reset());

    it("asks the audit account's detector for samples of the first two response types and one other", async () => {
        guardDuty.on(ListDetectorsCommand).resolves({ DetectorIds: ["12abc34d567e8fa901bc2d34e56789f0"] });
        guardDuty.on(CreateSampleFindingsCommand).resolves({});
        const plan = drillPlan(parseFoundationConfig(exampleValues()));
        assert.strictEqual(plan.region, "us-east-1");
        assert.strictEqual(await createSampleFindings(new GuardDutyClient({ region: plan.region }), plan.findingTypes), "12abc34d567e8fa901bc2d34e56789f0");
        assert.deepStrictEqual(guardDuty.commandCalls(CreateSampleFindingsCommand)[0].args[0].input, {
            DetectorId: "12abc34d567e8fa901bc2d34e56789f0",
            FindingTypes: ["CryptoCurrency:EC2/BitcoinTool.B", "CryptoCurrency:EC2/BitcoinTool.B!DNS", "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS"],
        });
        assert.match(plan.expectations[0], /^Within about 5 minutes, security@example\.com, https:\/\/alerts\.example\.com\/aws receive one notification per sample finding of severity 7 or more/);
    });

    it("says where the credentials must be when there is no detector", async () => {
        guardDuty.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
        await assert.rejects(createSampleFindings(new GuardDutyClient({ region: "us-east-1" }), ["Backdoor:EC2/Spambot"]),
            /GuardDuty has no detector in this account and region: run the drill with credentials for the audit account, in the home region/);
        assert.deepStrictEqual(guardDuty.commandCalls(CreateSampleFindingsCommand), []);
    });

    it("without a response, samples only the other type; without alerting, refuses", () => {
        const noResponse = drillPlan(parseFoundationConfig(exampleValues(d => { d["foundation:alerting"].response = { enabled: false }; })));
        assert.deepStrictEqual(noResponse.findingTypes, ["UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS"]);
        assert.throws(() => drillPlan(parseFoundationConfig(exampleValues(d => { delete d["foundation:alerting"]; }))), /the stack has no foundation:alerting: there is no alert path to drill/);
    });
});
