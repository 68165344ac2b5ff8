/** cloudwatch-log-group-retained, cloudwatch-log-group-encrypted, cloudwatch-alarm-actions-enabled: checkov's CloudWatch cases converted. */
import * as assert from "assert";
import { definition as alarms } from "../../../policy/policies/cloudwatch/cloudwatch-alarm-actions-enabled";
import { definition as encrypted } from "../../../policy/policies/cloudwatch/cloudwatch-log-group-encrypted";
import { definition as retained } from "../../../policy/policies/cloudwatch/cloudwatch-log-group-retained";

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
