import * as assert from "assert";
import {
    accessAnalyzerPattern, guardDutyPattern, regionalForwardPattern, rootSignInPattern, securityHubPattern,
} from "../../../components/alerting/patterns";
import { matches } from "./event-pattern";
import { accessAnalyzerEvent, guardDutyEvent, rootSignInEvent, securityHubEvent } from "../../functions/samples";

describe("EventBridge matcher (the rules the replay relies on)", () => {
    it("ORs the values of a field, ANDs the fields, and flattens arrays in the event", () => {
        assert.strictEqual(matches({ a: ["x", "y"], b: [1] }, { a: "y", b: 1 }), true);
        assert.strictEqual(matches({ a: ["x", "y"], b: [1] }, { a: "y", b: 2 }), false);
        assert.strictEqual(matches({ a: { b: ["z"] } }, { a: [{ b: "q" }, { b: ["z"] }] }), true);
        assert.strictEqual(matches({ a: ["1"] }, { a: 1 }), false);
    });

    it("implements numeric, anything-but, prefix, exists and $or as EventBridge documents them", () => {
        assert.strictEqual(matches({ n: [{ numeric: [">=", 7] }] }, { n: 7 }), true);
        assert.strictEqual(matches({ n: [{ numeric: [">=", 7] }] }, { n: 6.9 }), false);
        assert.strictEqual(matches({ n: [{ numeric: [">", 0, "<=", 5] }] }, { n: 5 }), true);
        assert.strictEqual(matches({ n: [{ numeric: [">", 0, "<=", 5] }] }, { n: 5.1 }), false);
        assert.strictEqual(matches({ n: [{ numeric: [">=", 7] }] }, { n: "8" }), false);
        assert.strictEqual(matches({ s: [{ "anything-but": ["a", "b"] }] }, { s: "c" }), true);
        assert.strictEqual(matches({ s: [{ "anything-but": ["a", "b"] }] }, { s: "b" }), false);
        assert.strictEqual(matches({ s: [{ "anything-but": ["a"] }] }, {}), false);
        assert.strictEqual(matches({ s: [{ "anything-but": { prefix: "in" } }] }, { s: "init" }), false);
        assert.strictEqual(matches({ s: [{ prefix: "us-" }] }, { s: "us-east-1" }), true);
        assert.strictEqual(matches({ s: [{ exists: false }] }, {}), true);
        assert.strictEqual(matches({ s: [{ exists: true }] }, {}), false);
        assert.strictEqual(matches({ $or: [{ a: [1] }, { b: [2] }] }, { b: 2 }), true);
        assert.throws(() => matches({ s: [{ wildcard: "*" }] }, { s: "x" }), /operator wildcard is not implemented/);
    });
});

describe("Alert rules replaying AWS's sample events", () => {
    it("routes GuardDuty findings at or above the configured severity, and never archived ones", () => {
        assert.strictEqual(matches(guardDutyPattern(7), guardDutyEvent()), false, "the sample's severity is 5");
        assert.strictEqual(matches(guardDutyPattern(5), guardDutyEvent()), true);
        assert.strictEqual(matches(guardDutyPattern(7), guardDutyEvent({ severity: 7 })), true);
        assert.strictEqual(matches(guardDutyPattern(7), guardDutyEvent({ severity: 6.9 })), false);
        assert.strictEqual(matches(guardDutyPattern(7), guardDutyEvent({ severity: 8, archived: true })), false);
        assert.strictEqual(matches(guardDutyPattern(7), securityHubEvent({ label: "HIGH" })), false);
    });

    it("routes HIGH and CRITICAL Security Hub findings, closing updates included, but not Security Hub's copies of GuardDuty findings", () => {
        const pattern = securityHubPattern(["us-east-1", "eu-west-1"]);
        assert.strictEqual(matches(pattern, securityHubEvent({ label: "HIGH", asControlFinding: true })), true);
        assert.strictEqual(matches(pattern, securityHubEvent({ label: "CRITICAL", asControlFinding: true })), true);
        assert.strictEqual(matches(pattern, securityHubEvent({ label: "MEDIUM", asControlFinding: true })), false);
        assert.strictEqual(matches(pattern, securityHubEvent({ label: "HIGH", asControlFinding: true, workflow: "RESOLVED" })), true, "recorded as closed");
        assert.strictEqual(matches(pattern, securityHubEvent({ label: "HIGH", asControlFinding: true, recordState: "ARCHIVED" })), true, "recorded as closed");
        assert.strictEqual(matches(pattern, securityHubEvent({ label: "HIGH" })), false, "GuardDuty's copy, already routed by its own rule");
        assert.deepStrictEqual(pattern, {
            "source": ["aws.securityhub"],
            "detail-type": ["Security Hub Findings - Imported"],
            "detail": {
                findings: {
                    Severity: { Label: ["HIGH", "CRITICAL"] },
                    ProductArn: [{
                        "anything-but": [
                            "arn:aws:securityhub:us-east-1::product/aws/guardduty", "arn:aws:securityhub:us-east-1::product/aws/access-analyzer",
                            "arn:aws:securityhub:eu-west-1::product/aws/guardduty", "arn:aws:securityhub:eu-west-1::product/aws/access-analyzer",
                        ],
                    }],
                },
            },
        });
    });

    it("routes Access Analyzer findings, active or closed, and nothing else", () => {
        assert.strictEqual(matches(accessAnalyzerPattern(), accessAnalyzerEvent()), true);
        assert.strictEqual(matches(accessAnalyzerPattern(), accessAnalyzerEvent({ status: "ARCHIVED" })), true, "recorded as closed");
        assert.strictEqual(matches(accessAnalyzerPattern(), guardDutyEvent({ severity: 8 })), false);
        assert.strictEqual(matches(accessAnalyzerPattern(), rootSignInEvent()), false);
    });

    it("routes root user console sign-ins, not other users'", () => {
        assert.strictEqual(matches(rootSignInPattern(), rootSignInEvent()), true);
        assert.strictEqual(matches(rootSignInPattern(), rootSignInEvent({ identityType: "IAMUser" })), false);
        assert.strictEqual(matches(rootSignInPattern(), { ...rootSignInEvent(), "detail-type": "AWS Console Signin via CloudTrail" }), true);
        assert.strictEqual(matches(rootSignInPattern(), guardDutyEvent({ severity: 9 })), false);
    });

    it("forwards GuardDuty and Access Analyzer events from other regions, whatever their severity, and nothing else", () => {
        assert.strictEqual(matches(regionalForwardPattern(), guardDutyEvent()), true);
        assert.strictEqual(matches(regionalForwardPattern(), accessAnalyzerEvent({ status: "ARCHIVED" })), true);
        assert.strictEqual(matches(regionalForwardPattern(), securityHubEvent({ label: "CRITICAL", asControlFinding: true })), false);
        assert.strictEqual(matches(regionalForwardPattern(), rootSignInEvent()), false);
    });
});
