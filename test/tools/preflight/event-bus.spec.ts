import * as assert from "assert";
import { DescribeEventBusCommand } from "@aws-sdk/client-eventbridge";
import { auditEventBus } from "../../../tools/preflight/event-bus";
import { accessDenied, awsError, contextWith, FakeAccount, fixtureConfig } from "./fakes";

const adoptedAudit = () => fixtureConfig(doc => { doc["foundation:accounts"][1].importId = "222222222222"; });

describe("Preflight: the audit account's default event bus policy (check 8)", () => {
    it("passes when the adopted audit account's default bus has no policy, asking in the home region", async () => {
        const audit = new FakeAccount("222222222222");
        assert.deepStrictEqual(await auditEventBus(contextWith({ config: adoptedAudit(), others: [audit] })), {
            id: "audit-event-bus-policy", title: "Audit account's default event bus policy", blocking: true, status: "PASS",
            detail: "the default event bus of account audit (222222222222) in us-east-1 has no resource policy",
        });
        assert.deepStrictEqual(audit.eventBridge("us-east-1").commandCalls(DescribeEventBusCommand).map(c => c.args[0].input), [{}]);
    });

    it("fails when it has one: the alert path would replace it", async () => {
        const audit = new FakeAccount("222222222222");
        audit.eventBridge("us-east-1").on(DescribeEventBusCommand).resolves({
            Name: "default",
            Policy: JSON.stringify({ Version: "2012-10-17", Statement: [
                { Sid: "AllowPartner", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "events:PutEvents", Resource: "arn:aws:events:us-east-1:222222222222:event-bus/default" },
                { Sid: "AllowOrg", Effect: "Allow", Principal: "*", Action: "events:PutEvents", Resource: "arn:aws:events:us-east-1:222222222222:event-bus/default" },
            ] }),
        });
        const r = await auditEventBus(contextWith({ config: adoptedAudit(), others: [audit] }));
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, "the default event bus of account audit (222222222222) in us-east-1 has a resource policy (statements AllowPartner, AllowOrg): " +
            "the alert path replaces it with its own, and whatever it allows stops working");
        assert.strictEqual(r.fix, "with the audit account's credentials: record it (`aws events describe-event-bus --region us-east-1 --query Policy --output text`), " +
            "remove it (`aws events remove-permission --remove-all-permissions --region us-east-1`), and move the senders it allowed to a custom event bus of their own");
    });

    it("is skipped when the audit account is new or alerting is off", async () => {
        const created = await auditEventBus(contextWith());
        assert.deepStrictEqual([created.status, created.detail], ["SKIP", "the audit account audit is new: its default event bus starts with no policy"]);
        const off = await auditEventBus(contextWith({ config: fixtureConfig(doc => { delete doc["foundation:alerting"]; doc["foundation:accounts"][1].importId = "222222222222"; }) }));
        assert.deepStrictEqual([off.status, off.detail], ["SKIP", "foundation:alerting is not set: the program leaves the audit account's event bus alone"]);
    });

    it("warns when the audit account cannot be reached or the call is denied", async () => {
        const unreachable = await auditEventBus(contextWith({
            config: adoptedAudit(), unreachable: { "222222222222": awsError("AccessDenied", "Not authorized to perform sts:AssumeRole", 403) },
        }));
        assert.deepStrictEqual([unreachable.status, unreachable.detail, unreachable.fix], ["WARN",
            "could not check account audit (222222222222): sts:AssumeRole was denied (AccessDenied: Not authorized to perform sts:AssumeRole)",
            "make sure OrganizationAccountAccessRole exists in account audit (222222222222) and trusts the management account (pulumi up assumes it too), " +
            "and that the preflight's credentials may call sts:AssumeRole on it"]);
        const audit = new FakeAccount("222222222222");
        audit.eventBridge("us-east-1").on(DescribeEventBusCommand).rejects(accessDenied("events:DescribeEventBus"));
        const denied = await auditEventBus(contextWith({ config: adoptedAudit(), others: [audit] }));
        assert.deepStrictEqual([denied.status, denied.fix], ["WARN", "allow events:DescribeEventBus to the credentials the preflight runs with (docs/preflight.md lists every action it needs)"]);
    });
});
