/** cloudtrail-multi-region-validated on data-event trails, cloudtrail-cloudwatch-logs, with checkov's CloudTrail cases converted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as cloudwatch } from "../../../policy/policies/cloudtrail/cloudtrail-cloudwatch-logs";
import { definition as kms } from "../../../policy/policies/cloudtrail/cloudtrail-kms-encrypted";
import { definition as trail } from "../../../policy/policies/cloudtrail/cloudtrail-multi-region-validated";
import { Props, happy } from "../factories";

const T = "aws:cloudtrail/trail:Trail";
const MULTI = "isMultiRegionTrail must be true (CIS 3.1): a single-region trail misses API activity in every other region";
const GLOBAL = "includeGlobalServiceEvents must not be false (CIS 3.1): without it, IAM, STS and other global service events are not recorded";
const LOGGING = "enableLogging must not be false (CIS 3.1): a trail with logging off records nothing";
const VALIDATION = "enableLogFileValidation must be true (CIS 3.2): without it, log tampering cannot be detected";
const KMS = "kmsKeyId must name a KMS key (FSBP CloudTrail.2): without it the trail is encrypted only with S3-managed keys, and anyone who can read the bucket can read the logs";
const CLOUDWATCH = "cloudWatchLogsGroupArn should name a CloudWatch Logs group, with cloudWatchLogsRoleArn (FSBP CloudTrail.5): the trail's events reach only S3, " +
    "where no metric filter or alarm sees them, so a root sign-in or a disabled guardrail is found days later, if at all";

const dataOnly = { eventSelectors: [{ readWriteType: "All", includeManagementEvents: false, dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3:::orders/"] }] }] };
const singleRegion = { isMultiRegionTrail: false, includeGlobalServiceEvents: false };

describe("policy cloudtrail-multi-region-validated: which trails must be multi-region", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["a single-region trail of management events", singleRegion, [MULTI, GLOBAL]],
        ["a single-region trail of data events only (basic selectors)", { ...singleRegion, ...dataOnly }, []],
        ["basic selectors, one of which includes management events (the default)", { ...singleRegion, eventSelectors: [...dataOnly.eventSelectors, { readWriteType: "All" }] },
            [MULTI, GLOBAL]],
        ["a selector not known yet", { ...singleRegion, eventSelectors: [dataOnly.eventSelectors[0], UNKNOWN] }, []],
        ["selectors not known yet", { ...singleRegion, eventSelectors: UNKNOWN }, []],
        ["an empty selector list logs management events", { ...singleRegion, eventSelectors: [] }, [MULTI, GLOBAL]],
        ["advanced selectors for data events only", { ...singleRegion, advancedEventSelectors: [{ fieldSelectors: [
            { field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::S3::Object"] }] }] }, []],
        ["advanced selectors with a management selector", { ...singleRegion, advancedEventSelectors: [
            { fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::Lambda::Function"] }] },
            { fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] }] }, [MULTI, GLOBAL]],
        ["advanced selectors not known yet", { ...singleRegion, advancedEventSelectors: UNKNOWN }, []],
        ["an advanced selector's values not known yet", { ...singleRegion, advancedEventSelectors: [{ fieldSelectors: [{ field: "eventCategory", equals: UNKNOWN }] }] }, []],
        ["a data-events trail still validates its log files and keeps logging", { ...singleRegion, ...dataOnly, enableLogFileValidation: false, enableLogging: false },
            [LOGGING, VALIDATION]],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(trail.check(T, { ...happy[T]!(), ...change }), expected));
    }
});

describe("policy cloudtrail-cloudwatch-logs", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["delivered to a log group", {}, []],
        ["S3 only", { cloudWatchLogsGroupArn: undefined, cloudWatchLogsRoleArn: undefined }, [CLOUDWATCH]],
        ["an empty group", { cloudWatchLogsGroupArn: " " }, [CLOUDWATCH]],
        ["the group not known yet", { cloudWatchLogsGroupArn: UNKNOWN }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(cloudwatch.check(T, { ...happy[T]!(), ...change }), expected));
    }
});

describe("checkov's CloudTrail cases, as @pulumi/aws inputs", () => {
    const base = { name: "TRAIL", s3BucketName: "acme-trail", includeGlobalServiceEvents: true };
    it("CKV_AWS_67 multi-region: the two failing trails are blocked, the passing one is not", () => {
        const t = { name: "tf-trail-foobar", s3BucketName: "foo", s3KeyPrefix: "prefix", enableLogFileValidation: true };
        assert.deepStrictEqual(trail.check(T, t), [MULTI]);
        assert.deepStrictEqual(trail.check(T, { ...t, isMultiRegionTrail: false }), [MULTI]);
        assert.deepStrictEqual(trail.check(T, { ...t, isMultiRegionTrail: true }), []);
    });
    it("CKV_AWS_36 log file validation: missing is blocked, true passes", () => {
        const t = { ...base, isMultiRegionTrail: true };
        assert.deepStrictEqual(trail.check(T, t), [VALIDATION]);
        assert.deepStrictEqual(trail.check(T, { ...t, enableLogFileValidation: true }), []);
    });
    it("CKV_AWS_251 logging: enable_logging false is blocked; true or left out passes", () => {
        const t = { ...base, isMultiRegionTrail: true, enableLogFileValidation: true };
        assert.deepStrictEqual(trail.check(T, { ...t, enableLogging: false }), [LOGGING]);
        assert.deepStrictEqual(trail.check(T, { ...t, enableLogging: true }), []);
        assert.deepStrictEqual(trail.check(T, t), []);
    });
    it("CKV_AWS_35 KMS: no key is blocked, a key passes", () => {
        assert.deepStrictEqual(kms.check(T, base), [KMS]);
        assert.deepStrictEqual(kms.check(T, { ...base, kmsKeyId: "arn:aws:kms:us-east-1:111111111111:key/1" }), []);
    });
});
