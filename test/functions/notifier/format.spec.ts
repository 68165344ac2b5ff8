import * as assert from "assert";
import { formatAlert, runbookLink } from "../../../functions/notifier/format";
import { alertsFromEvent } from "../../../functions/notifier/sources";
import { guardDutyEvent } from "../samples";

describe("Notifier: formatting (functions/notifier/format.ts)", () => {
    it("keeps subjects within SNS's 100 printable ASCII characters", () => {
        const alert = alertsFromEvent(guardDutyEvent({ severity: 8 }), 7)[0];
        const subjectOf = (title: string) => formatAlert({ ...alert, title }, undefined, undefined).subject;
        const prefix = "[HIGH] 123456789012: ";
        assert.strictEqual(subjectOf("x".repeat(100 - prefix.length)), `${prefix}${"x".repeat(100 - prefix.length)}`);
        assert.strictEqual(subjectOf("x".repeat(101 - prefix.length)), `${prefix}${"x".repeat(97 - prefix.length)}...`);
        assert.strictEqual(subjectOf("Zugriff über Tor"), `${prefix}Zugriff ?ber Tor`);
    });

    it("shows the OU only when the account has one, the console link only when there is one, and a local runbook path without a base URL", () => {
        const alert = { ...alertsFromEvent(guardDutyEvent({ severity: 8 }), 7)[0], link: undefined };
        const { message } = formatAlert(alert, { id: "123456789012", name: "management account", ouPath: "" }, undefined);
        assert.deepStrictEqual(message.split("\n").slice(2), [
            "Account:  management account (123456789012)",
            "Region:   us-east-1",
            "Resource: Instance i-05746eb48123455e0",
            "Source:   GuardDuty, Canary:EC2/Stateless.IntegTest",
            "Runbook:  docs/runbooks/guardduty-finding.md in the foundation repository",
        ]);
        assert.strictEqual(runbookLink("https://example.com/rb", "x"), "https://example.com/rb/x.md");
    });
});
