/** policy/policies/cloudwatch/: cloudwatch-alarm-actions-enabled, cloudwatch-log-group-encrypted, cloudwatch-log-group-retained. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as alarms } from "../../../policy/policies/cloudwatch/cloudwatch-alarm-actions-enabled";
import { definition as encrypted } from "../../../policy/policies/cloudwatch/cloudwatch-log-group-encrypted";
import { definition as retained } from "../../../policy/policies/cloudwatch/cloudwatch-log-group-retained";
import { happy } from "../factories";
import { configTable, typedTable } from "../tables";

const LOG = "aws:cloudwatch/logGroup:LogGroup";
const SHORT = "retentionInDays must be 0 (forever) or at least 365, got 5 (FSBP CloudWatch.16): logs an investigation needs are deleted before anyone asks " +
    "for them (policy config minimumRetentionInDays)";

describe("checkov's CloudWatch cases, as @pulumi/aws inputs", () => {
    it("CKV_AWS_338 a year's retention: 365 and 0 (never expire) pass, 5 days is flagged", () => {
        assert.deepStrictEqual(retained.check(LOG, { retentionInDays: 365 }), []);
        assert.deepStrictEqual(retained.check(LOG, { retentionInDays: 0 }), []);
        assert.deepStrictEqual(retained.check(LOG, { retentionInDays: 5 }), [SHORT]);
    });
    it("CKV_AWS_158 KMS key: a key passes, none is flagged", () => {
        assert.deepStrictEqual(encrypted.check(LOG, { name: "pass", kmsKeyId: "arn:aws:kms:us-east-1:111111111111:key/1" }), []);
        assert.strictEqual(encrypted.check(LOG, { name: "fail" }).length, 1);
    });
    it("CKV_AWS_319 alarm actions: enabled (or left on) passes, actionsEnabled false is flagged", () => {
        const T = "aws:cloudwatch/metricAlarm:MetricAlarm";
        const base = { name: "alarmname", comparisonOperator: "LessThanThreshold", evaluationPeriods: 1, metricName: "HealthyHostCount", namespace: "AWS/NetworkELB",
            period: 60, statistic: "Average", threshold: 1, alarmActions: ["arn:aws:sns:us-east-1:111111111111:sns"], okActions: ["arn:aws:sns:us-east-1:111111111111:sns"] };
        assert.deepStrictEqual(alarms.check(T, base), []);
        assert.deepStrictEqual(alarms.check(T, { ...base, actionsEnabled: true }), []);
        assert.deepStrictEqual(alarms.check(T, { ...base, actionsEnabled: false }),
            ["actionsEnabled must not be false (Security Hub CloudWatch.17): the alarm changes state but notifies no one and runs nothing"]);
    });
});

const SHORT_RETENTION = (min: number, got: number) => `retentionInDays must be 0 (forever) or at least ${min}, got ${got} (FSBP CloudWatch.16): ` +
    "logs an investigation needs are deleted before anyone asks for them (policy config minimumRetentionInDays)";
configTable(retained, "aws:cloudwatch/logGroup:LogGroup", [
    ["a year", {}, []],
    ["forever (unset or 0)", { retentionInDays: undefined }, []],
    ["a week", { retentionInDays: 7 }, [SHORT_RETENTION(365, 7)]],
    ["a configured 90-day minimum", { retentionInDays: 30 }, [SHORT_RETENTION(90, 30)], { minimumRetentionInDays: 90 }],
]);

describe("policy cloudwatch-alarm-actions-enabled", () => {
    const METRIC = "aws:cloudwatch/metricAlarm:MetricAlarm";
    const COMPOSITE = "aws:cloudwatch/compositeAlarm:CompositeAlarm";
    const DISABLED = "actionsEnabled must not be false (Security Hub CloudWatch.17): the alarm changes state but notifies no one and runs nothing";
    const NO_ACTION = "alarmActions must name at least one action (Security Hub CloudWatch.15): when the alarm fires, no one hears of it; add an SNS topic that reaches a person";
    it("alarms with enabled actions pass; disabled actions or none are reported, for both alarm types", () => {
        for (const t of [METRIC, COMPOSITE]) {
            assert.deepStrictEqual(alarms.check(t, happy[t]!()), [], t);
            assert.deepStrictEqual(alarms.check(t, { ...happy[t]!(), actionsEnabled: false }), [DISABLED], t);
            assert.deepStrictEqual(alarms.check(t, { actionsEnabled: false, alarmActions: [] }), [DISABLED, NO_ACTION], t);
            assert.deepStrictEqual(alarms.check(t, { alarmActions: UNKNOWN, actionsEnabled: UNKNOWN }), [], t);
        }
        assert.deepStrictEqual(alarms.check(METRIC, { metricName: "Errors" }), [NO_ACTION]);
    });
    it("remediation enables the actions", () => {
        assert.deepStrictEqual(alarms.remediate(COMPOSITE, { ...happy[COMPOSITE]!(), actionsEnabled: false }), { ...happy[COMPOSITE]!(), actionsEnabled: true });
        assert.strictEqual(alarms.remediate(METRIC, { metricName: "Errors" }), undefined);
    });
});

typedTable(encrypted, "aws:cloudwatch/logGroup:LogGroup", [
    ["no key", { kmsKeyId: undefined }, ["kmsKeyId must name a KMS key (foundation encrypted-at-rest): with the service's own key, anyone with logs:GetLogEvents reads " +
        "the events; a customer managed key adds its key policy as a second gate"]],
    ["key unknown", { kmsKeyId: UNKNOWN }, []],
]);
