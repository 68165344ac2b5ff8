/** policy/policies/cloudtrail/: cloudtrail-bucket-not-public, cloudtrail-cloudwatch-logs, cloudtrail-kms-encrypted, cloudtrail-multi-region-validated. */
import * as assert from "assert";
import { StackResource, UNKNOWN } from "../../../policy/lib";
import { definition as trailBucket } from "../../../policy/policies/cloudtrail/cloudtrail-bucket-not-public";
import { definition as cloudwatch } from "../../../policy/policies/cloudtrail/cloudtrail-cloudwatch-logs";
import { definition as kms } from "../../../policy/policies/cloudtrail/cloudtrail-kms-encrypted";
import { TRAIL, checkTrail, definition as trail } from "../../../policy/policies/cloudtrail/cloudtrail-multi-region-validated";
import { Props, happy } from "../factories";
import { stackBucket, stackResource } from "../samples";
import { configTable } from "../tables";

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

configTable(kms, "aws:cloudtrail/trail:Trail", [
    ["with a key", {}, []],
    ["without", { kmsKeyId: undefined }, ["kmsKeyId must name a KMS key (FSBP CloudTrail.2): without it the trail is encrypted only with S3-managed keys, and anyone who can read the bucket can read the logs"]],
    ["unknown", { kmsKeyId: UNKNOWN }, []],
]);

const MSG = {
    multiRegion: "isMultiRegionTrail must be true (CIS 3.1): a single-region trail misses API activity in every other region",
    globalEvents:
        "includeGlobalServiceEvents must not be false (CIS 3.1): without it, IAM, STS and other global service events are not recorded",
    logging: "enableLogging must not be false (CIS 3.1): a trail with logging off records nothing",
    validation: "enableLogFileValidation must be true (CIS 3.2): without it, log tampering cannot be detected",
};

describe("policy cloudtrail-multi-region-validated", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["compliant organization trail", {}, []],
        ["isMultiRegionTrail false", { isMultiRegionTrail: false }, [MSG.multiRegion]],
        ["isMultiRegionTrail missing (AWS default false)", { isMultiRegionTrail: undefined }, [MSG.multiRegion]],
        ["enableLogFileValidation false", { enableLogFileValidation: false }, [MSG.validation]],
        ["enableLogFileValidation missing (AWS default false)", { enableLogFileValidation: undefined }, [MSG.validation]],
        ["includeGlobalServiceEvents false", { includeGlobalServiceEvents: false }, [MSG.globalEvents]],
        ["includeGlobalServiceEvents missing (AWS default true)", { includeGlobalServiceEvents: undefined }, []],
        ["enableLogging false", { enableLogging: false }, [MSG.logging]],
        ['enableLogging "false" (string)', { enableLogging: "false" }, [MSG.logging]],
        ["enableLogging missing (AWS default true)", { enableLogging: undefined }, []],
        ["isMultiRegionTrail unknown: only that check is skipped", { isMultiRegionTrail: UNKNOWN, enableLogFileValidation: false }, [MSG.validation]],
        ["enableLogFileValidation unknown", { enableLogFileValidation: UNKNOWN }, []],
        ["includeGlobalServiceEvents and enableLogging unknown", { includeGlobalServiceEvents: UNKNOWN, enableLogging: UNKNOWN }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => {
            assert.deepStrictEqual(checkTrail({ ...happy[TRAIL](), ...change }), expected);
        });
    }

    it("an empty trail gets the two 'must be true' messages, in a stable order", () => {
        assert.deepStrictEqual(checkTrail({}), [MSG.multiRegion, MSG.validation]);
    });

    it("everything wrong: four messages, in a stable order", () => {
        assert.deepStrictEqual(
            trail.check(TRAIL, { isMultiRegionTrail: false, includeGlobalServiceEvents: false, enableLogging: false, enableLogFileValidation: false }),
            [MSG.multiRegion, MSG.globalEvents, MSG.logging, MSG.validation],
        );
    });
});

describe("review regressions", () => {
    it("cloudtrail-bucket-not-public: a public bucket the trail only watches (event selectors) is not its log bucket", () => {
        const site: StackResource = { urn: "u:site", type: "aws:s3/bucket:Bucket", name: "site", props: { bucket: UNKNOWN, acl: "public-read" }, dependencies: [] };
        const logs: StackResource = { urn: "u:logs", type: "aws:s3/bucket:Bucket", name: "logs", props: { bucket: UNKNOWN }, dependencies: [] };
        const trail: StackResource = {
            urn: "u:trail", type: "aws:cloudtrail/trail:Trail", name: "trail", props: { s3BucketName: UNKNOWN },
            dependencies: [site.urn, logs.urn], propertyDependencies: { s3BucketName: [logs.urn], eventSelectors: [site.urn] },
        };
        assert.deepStrictEqual(trailBucket.check([site, logs, trail]), []);
    });
});

describe("policy cloudtrail-bucket-not-public (stack)", () => {
    const logs = stackBucket("logs");
    const trail = stackResource("aws:cloudtrail/trail:Trail", "trail", { s3BucketName: UNKNOWN }, [logs.urn]);
    const PUBLIC = (reason: string) => `the trail writes to bucket "logs", and ${reason} (foundation evidence): anyone could read the account's API history, ` +
        "and with write access erase it; the log bucket must be private";
    it("a private bucket passes", () => {
        const policy = stackResource("aws:s3/bucketPolicy:BucketPolicy", "p", { bucket: "logs", policy: JSON.stringify({ Statement: [
            { Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:PutObject", Resource: "*", Condition: { StringEquals: { "aws:SourceArn": "arn:aws:cloudtrail:us-east-1:111111111111:trail/t" } } },
        ] }) });
        assert.deepStrictEqual(trailBucket.check([logs, trail, policy]), []);
    });
    it("a public policy statement or ACL on the trail's bucket is reported on the trail", () => {
        const policy = stackResource("aws:s3/bucketPolicy:BucketPolicy", "p", { bucket: UNKNOWN, policy: JSON.stringify({ Statement: [{ Sid: "Read", Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" }] }) }, [logs.urn]);
        const acl = stackResource("aws:s3/bucketAcl:BucketAcl", "acl", { bucket: "logs", acl: "public-read" });
        assert.deepStrictEqual(trailBucket.check([logs, trail, policy, acl]), [
            { urn: trail.urn, message: PUBLIC('its bucket policy\'s Statement[0] (Sid "Read") allows everyone') },
            { urn: trail.urn, message: PUBLIC("its ACL is public") },
        ]);
    });
    it("finds the bucket by name when there is no dependency; a public bucket no trail writes to is not this policy's", () => {
        const byName = stackResource("aws:cloudtrail/trail:Trail", "trail", { s3BucketName: "logs" });
        const publicLogs = stackBucket("logs", { bucket: "logs", acl: "public-read" });
        assert.deepStrictEqual(trailBucket.check([publicLogs, byName]), [{ urn: byName.urn, message: PUBLIC("its inline ACL is public") }]);
        assert.deepStrictEqual(trailBucket.check([stackBucket("site", { bucket: "site", acl: "public-read" }), byName]), []);
    });
});
