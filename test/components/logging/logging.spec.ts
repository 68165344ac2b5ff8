import * as assert from "assert";
import { runArea } from "../area-harness";
import { exampleValues, MANAGEMENT_ACCOUNT_ID, type Run } from "../harness";

const M = MANAGEMENT_ACCOUNT_ID;
const TRAIL_ARN = `arn:aws:cloudtrail:us-east-1:${M}:trail/acme-organization-trail`;

/** Ids the mocks gave the example organization, read from the run (never from the code under test). */
function idsOf(run: Run) {
    const accounts = ["log-archive", "audit", "shared-services", "prod", "staging", "sandbox"].map(k => run.named(`foundation-${k}`).id);
    return {
        org: run.named("foundation-organization").id,
        logArchive: accounts[0],
        audit: accounts[1],
        allAccounts: [M, ...accounts],
        key: run.named("foundation-logs-key").state.arn as string,
    };
}

describe("Log archive and organization trail on the example stack", () => {
    let run: Run;
    let ids: ReturnType<typeof idsOf>;
    before(async () => {
        run = await runArea("logging", exampleValues());
        ids = idsOf(run);
    });

    it("keeps every resource of the log archive and the trail's logs in the log-archive and management accounts, protected", () => {
        const component = run.resources.find(r => r.type === "foundation:logging:LogArchive")!;
        assert.strictEqual(component.name, "foundation-logs");
        const archive = run.customBelow(component.urn);
        assert.strictEqual(archive.length, 26); // key, alias, 3 buckets x 7 (bucket and its settings), 2 access-logging links, 1 object lock
        for (const r of archive) {
            assert.strictEqual(run.providerName(r), "foundation-log-archive-provider", r.name);
            assert.strictEqual(r.options.protect, true, `${r.name} must be protected`);
        }
        for (const name of ["foundation-organization-trail", "foundation-organization-trail-logs"]) {
            assert.strictEqual(run.named(name).options.protect, true, `${name} must be protected`);
            assert.strictEqual(run.providerName(run.named(name)), "foundation-management");
        }
        // CloudTrail's delivery role lives with the trail, in the management account, below the trail's component.
        const trailComponent = run.named("foundation-organization-trail").parent;
        for (const name of ["foundation-organization-trail-logs-role", "foundation-organization-trail-logs-role-policy"]) {
            assert.strictEqual(run.providerName(run.named(name)), "foundation-management", name);
            assert.strictEqual(run.named(name).parent, trailComponent, name);
        }
        assert.strictEqual(run.named("foundation-organization-trail-logs-role").inputs.description, "Lets CloudTrail deliver the acme-organization-trail trail to CloudWatch Logs");
        assert.strictEqual(run.named("foundation-organization-trail-logs-key").inputs.description, "Encrypts the CloudWatch Logs copy of the acme-organization-trail trail");
        assert.strictEqual(run.named("foundation-organization-trail-logs-key-alias").inputs.name, "alias/acme/organization-trail-logs");
        // Switching the log group's customer key off must stay possible, and must not delete the key old events need.
        for (const name of ["foundation-organization-trail-logs-key", "foundation-organization-trail-logs-key-alias"]) {
            assert.deepStrictEqual([run.named(name).options.protect, run.named(name).options.retainOnDelete], [false, true], name);
            assert.strictEqual(run.providerName(run.named(name)), "foundation-management");
        }
    });

    it("encrypts with a rotating log-archive key that only this organization's services and the audit account may use", () => {
        const key = run.named("foundation-logs-key");
        assert.deepStrictEqual({ ...key.inputs, policy: undefined }, {
            description: "Encrypts the acme organization's CloudTrail logs, AWS Config history and GuardDuty findings",
            region: "us-east-1",
            enableKeyRotation: true,
            deletionWindowInDays: 30,
            policy: undefined,
        });
        assert.deepStrictEqual(run.document(key), {
            Version: "2012-10-17",
            Statement: [
                { Sid: "KeyAdministrationByTheAccount", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ids.logArchive}:root` }, Action: "kms:*", Resource: "*" },
                {
                    Sid: "CloudTrailEncryptsOrganizationTrailLogs", Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" },
                    Action: "kms:GenerateDataKey*", Resource: "*",
                    Condition: {
                        StringEquals: { "aws:SourceArn": TRAIL_ARN },
                        StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": `arn:aws:cloudtrail:*:${M}:trail/*` },
                    },
                },
                {
                    Sid: "CloudTrailDescribesKey", Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" },
                    Action: "kms:DescribeKey", Resource: "*", Condition: { StringEquals: { "aws:SourceArn": TRAIL_ARN } },
                },
                {
                    Sid: "ConfigEncryptsForOrganizationAccounts", Effect: "Allow", Principal: { Service: "config.amazonaws.com" },
                    Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: "*",
                    Condition: { StringEquals: { "aws:SourceAccount": ids.allAccounts } },
                },
                {
                    Sid: "GuardDutyEncryptsExportedFindings", Effect: "Allow", Principal: { Service: "guardduty.amazonaws.com" },
                    Action: "kms:GenerateDataKey", Resource: "*",
                    Condition: {
                        StringEquals: { "aws:SourceAccount": ids.audit },
                        ArnLike: { "aws:SourceArn": `arn:aws:guardduty:*:${ids.audit}:detector/*` },
                    },
                },
                { Sid: "AuditAccountDecrypts", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ids.audit}:root` }, Action: ["kms:Decrypt", "kms:DescribeKey"], Resource: "*" },
            ],
        });
        assert.deepStrictEqual(run.named("foundation-logs-key-alias").inputs, {
            name: "alias/acme/log-archive", targetKeyId: key.state.keyId, region: "us-east-1",
        });
    });

    it("creates three private, versioned buckets named after the organization and the log-archive account", () => {
        const expected: Record<string, { bucket: string; sse: unknown; lockable: boolean }> = {
            "foundation-logs-trail-bucket": { bucket: `acme-logs-${ids.logArchive}`, lockable: true, sse: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: ids.key }, bucketKeyEnabled: true } },
            "foundation-logs-config-bucket": { bucket: `acme-config-${ids.logArchive}`, lockable: false, sse: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: ids.key }, bucketKeyEnabled: true } },
            // S3 server access logging accepts only SSE-S3 on its target bucket.
            "foundation-logs-access-log-bucket": { bucket: `acme-access-logs-${ids.logArchive}`, lockable: false, sse: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },
        };
        for (const [name, { bucket, sse, lockable }] of Object.entries(expected)) {
            const ref = { bucket, region: "us-east-1" };
            assert.deepStrictEqual(run.named(name).inputs, { ...ref, forceDestroy: false, ...(lockable && { objectLockEnabled: true }) });
            assert.deepStrictEqual(run.named(`${name}-versioning`).inputs, { ...ref, versioningConfiguration: { status: "Enabled" } });
            assert.deepStrictEqual(run.named(`${name}-encryption`).inputs, { ...ref, rules: [sse] });
            assert.deepStrictEqual(run.named(`${name}-public-access`).inputs, { ...ref, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
            assert.deepStrictEqual(run.named(`${name}-ownership`).inputs, { ...ref, rule: { objectOwnership: "BucketOwnerEnforced" } });
            assert.deepStrictEqual(run.named(`${name}-lifecycle`).inputs, {
                ...ref,
                rules: [{
                    id: "log-retention", status: "Enabled", filter: {},
                    transitions: [{ days: 90, storageClass: "GLACIER_IR" }],
                    expiration: { days: 730 },
                    noncurrentVersionExpiration: { noncurrentDays: 365 },
                    abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
                }],
            });
            assert.deepStrictEqual(run.named(`${name}-lifecycle`).options.dependsOn, [run.named(`${name}-versioning`).urn]);
        }
    });

    it("locks every new version in the trail bucket (GOVERNANCE, 365 days) and no other bucket", () => {
        const locks = run.ofType("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration");
        assert.deepStrictEqual(locks.map(l => l.name), ["foundation-logs-trail-bucket-object-lock"]);
        assert.deepStrictEqual(locks[0].inputs, {
            bucket: `acme-logs-${ids.logArchive}`, region: "us-east-1", objectLockEnabled: "Enabled",
            rule: { defaultRetention: { mode: "GOVERNANCE", days: 365 } },
        });
        assert.deepStrictEqual(locks[0].options.dependsOn, [run.named("foundation-logs-trail-bucket-versioning").urn]);
    });

    it("logs access to the trail and Config buckets into the access-log bucket once its policy allows it", () => {
        const accessPolicy = run.named("foundation-logs-access-log-bucket-policy");
        for (const source of ["trail", "config"]) {
            const logging = run.named(`foundation-logs-${source}-bucket-access-logging`);
            assert.deepStrictEqual(logging.inputs, {
                bucket: `acme-${source === "trail" ? "logs" : source}-${ids.logArchive}`, region: "us-east-1",
                targetBucket: `acme-access-logs-${ids.logArchive}`, targetPrefix: "s3-access-logs/",
            });
            assert.deepStrictEqual(logging.options.dependsOn, [accessPolicy.urn]);
        }
        assert.ok(!run.resources.some(r => r.name === "foundation-logs-access-log-bucket-access-logging"), "a log target must not log itself");
    });

    const baseline = (bucket: string, audit: string) => [
        { Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [bucket, `${bucket}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } },
        { Sid: "DenyDeletingLogVersions", Effect: "Deny", Principal: "*", Action: ["s3:DeleteObjectVersion", "s3:BypassGovernanceRetention"], Resource: `${bucket}/*` },
        { Sid: "AuditAccountReads", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${audit}:root` }, Action: ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation"], Resource: [bucket, `${bucket}/*`] },
    ];

    it("lets only the organization trail and the audit account's GuardDuty write to the trail bucket", () => {
        const bucket = `arn:aws:s3:::acme-logs-${ids.logArchive}`;
        const fromTrail = { "aws:SourceArn": TRAIL_ARN };
        const fromGuardDuty = { StringEquals: { "aws:SourceAccount": ids.audit }, ArnLike: { "aws:SourceArn": `arn:aws:guardduty:*:${ids.audit}:detector/*` } };
        const policy = run.named("foundation-logs-trail-bucket-policy");
        assert.strictEqual(policy.inputs.bucket, `acme-logs-${ids.logArchive}`);
        assert.deepStrictEqual(run.document(policy), {
            Version: "2012-10-17",
            Statement: [
                ...baseline(bucket, ids.audit),
                { Sid: "CloudTrailChecksBucketAcl", Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:GetBucketAcl", Resource: bucket, Condition: { StringEquals: fromTrail } },
                {
                    Sid: "CloudTrailWritesManagementAccountLogs", Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:PutObject",
                    Resource: `${bucket}/cloudtrail/AWSLogs/${M}/*`, Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", ...fromTrail } },
                },
                {
                    Sid: "CloudTrailWritesOrganizationLogs", Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:PutObject",
                    Resource: `${bucket}/cloudtrail/AWSLogs/${ids.org}/*`, Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", ...fromTrail } },
                },
                { Sid: "GuardDutyGetsBucketLocation", Effect: "Allow", Principal: { Service: "guardduty.amazonaws.com" }, Action: "s3:GetBucketLocation", Resource: bucket, Condition: fromGuardDuty },
                { Sid: "GuardDutyWritesFindings", Effect: "Allow", Principal: { Service: "guardduty.amazonaws.com" }, Action: "s3:PutObject", Resource: `${bucket}/guardduty/*`, Condition: fromGuardDuty },
            ],
        });
    });

    it("lets AWS Config of every account, the management account included, deliver to the Config bucket", () => {
        const bucket = `arn:aws:s3:::acme-config-${ids.logArchive}`;
        const fromAccounts = { "aws:SourceAccount": ids.allAccounts };
        assert.deepStrictEqual(run.document(run.named("foundation-logs-config-bucket-policy")), {
            Version: "2012-10-17",
            Statement: [
                ...baseline(bucket, ids.audit),
                { Sid: "ConfigChecksBucketAcl", Effect: "Allow", Principal: { Service: "config.amazonaws.com" }, Action: "s3:GetBucketAcl", Resource: bucket, Condition: { StringEquals: fromAccounts } },
                { Sid: "ConfigChecksBucketExists", Effect: "Allow", Principal: { Service: "config.amazonaws.com" }, Action: "s3:ListBucket", Resource: bucket, Condition: { StringEquals: fromAccounts } },
                {
                    Sid: "ConfigDelivers", Effect: "Allow", Principal: { Service: "config.amazonaws.com" }, Action: "s3:PutObject",
                    Resource: ids.allAccounts.map(account => `${bucket}/AWSLogs/${account}/Config/*`),
                    Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", ...fromAccounts } },
                },
            ],
        });
    });

    it("lets only S3 server access logging of the two archive buckets write to the access-log bucket", () => {
        const bucket = `arn:aws:s3:::acme-access-logs-${ids.logArchive}`;
        assert.deepStrictEqual(run.document(run.named("foundation-logs-access-log-bucket-policy")), {
            Version: "2012-10-17",
            Statement: [
                ...baseline(bucket, ids.audit),
                {
                    Sid: "S3ServerAccessLogsDelivery", Effect: "Allow", Principal: { Service: "logging.s3.amazonaws.com" }, Action: "s3:PutObject",
                    Resource: `${bucket}/s3-access-logs/*`,
                    Condition: {
                        ArnLike: { "aws:SourceArn": [`arn:aws:s3:::acme-logs-${ids.logArchive}`, `arn:aws:s3:::acme-config-${ids.logArchive}`] },
                        StringEquals: { "aws:SourceAccount": ids.logArchive },
                    },
                },
            ],
        });
    });

    it("creates one multi-region, validated organization trail in the management account, after its bucket policy", () => {
        const trail = run.named("foundation-organization-trail");
        const logGroup = run.named("foundation-organization-trail-logs");
        const role = run.named("foundation-organization-trail-logs-role");
        assert.strictEqual(trail.type, "aws:cloudtrail/trail:Trail");
        assert.deepStrictEqual(trail.inputs, {
            name: "acme-organization-trail",
            region: "us-east-1",
            isOrganizationTrail: true,
            isMultiRegionTrail: true,
            includeGlobalServiceEvents: true,
            enableLogFileValidation: true,
            enableLogging: true,
            s3BucketName: `acme-logs-${ids.logArchive}`,
            s3KeyPrefix: "cloudtrail",
            kmsKeyId: ids.key,
            cloudWatchLogsGroupArn: `arn:aws:logs:us-east-1:${M}:log-group:cloudtrail/acme-organization-trail:*`,
            cloudWatchLogsRoleArn: role.state.arn,
        });
        assert.strictEqual(trail.state.arn, TRAIL_ARN, "the ARN the bucket and key policies name");
        const [organization] = run.ofType("aws:organizations/organization:Organization");
        for (const before of [run.named("foundation-logs-trail-bucket-policy"), run.named("foundation-organization-trail-logs-role-policy"), organization, logGroup]) {
            assert.ok(trail.dependencies.includes(before.urn), `the trail does not wait for ${before.name}`);
        }
    });

    it("sends the trail to a protected, KMS-encrypted CloudWatch Logs group through a least-privilege role", () => {
        const key = run.named("foundation-organization-trail-logs-key");
        const logGroupArn = `arn:aws:logs:us-east-1:${M}:log-group:cloudtrail/acme-organization-trail`;
        assert.deepStrictEqual(run.named("foundation-organization-trail-logs").inputs, {
            name: "cloudtrail/acme-organization-trail", region: "us-east-1", retentionInDays: 365, kmsKeyId: key.state.arn, deletionProtectionEnabled: true,
        });
        assert.strictEqual(key.inputs.enableKeyRotation, true);
        assert.deepStrictEqual(run.document(key), {
            Version: "2012-10-17",
            Statement: [
                { Sid: "KeyAdministrationByTheAccount", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${M}:root` }, Action: "kms:*", Resource: "*" },
                {
                    Sid: "CloudWatchLogsEncryptsTheTrailLogGroup", Effect: "Allow", Principal: { Service: "logs.us-east-1.amazonaws.com" },
                    Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], Resource: "*",
                    Condition: { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": logGroupArn } },
                },
            ],
        });
        assert.deepStrictEqual(run.document(run.named("foundation-organization-trail-logs-role"), "assumeRolePolicy"), {
            Version: "2012-10-17",
            Statement: [{ Sid: "AssumedByService", Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "sts:AssumeRole" }],
        });
        const streams = [`${logGroupArn}:log-stream:${M}_CloudTrail_us-east-1*`, `${logGroupArn}:log-stream:${ids.org}_*`];
        assert.deepStrictEqual(run.document(run.named("foundation-organization-trail-logs-role-policy")), {
            Version: "2012-10-17",
            Statement: [
                { Sid: "CreateTrailLogStreams", Effect: "Allow", Action: "logs:CreateLogStream", Resource: streams },
                { Sid: "PutTrailLogEvents", Effect: "Allow", Action: "logs:PutLogEvents", Resource: streams },
            ],
        });
    });
});

describe("Logging config switches", () => {
    it("adds S3 and Lambda data events, leaving out the trail bucket's own objects", async () => {
        const run = await runArea("logging", exampleValues(d => { d["foundation:logging"].trail.dataEvents = { s3: true, lambda: true }; }));
        const logArchive = run.named("foundation-log-archive").id;
        assert.deepStrictEqual(run.named("foundation-organization-trail").inputs.advancedEventSelectors, [
            { name: "Management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
            {
                name: "S3 object data events, except the log bucket's",
                fieldSelectors: [
                    { field: "eventCategory", equals: ["Data"] },
                    { field: "resources.type", equals: ["AWS::S3::Object"] },
                    { field: "resources.ARN", notStartsWiths: [`arn:aws:s3:::acme-logs-${logArchive}/`] },
                ],
            },
            {
                name: "Lambda invoke data events",
                fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::Lambda::Function"] }],
            },
        ]);
    });

    it("adds only the data events switched on, and no selectors at all without them", async () => {
        const s3Only = await runArea("logging", exampleValues(d => { d["foundation:logging"].trail.dataEvents = { s3: true }; }));
        assert.deepStrictEqual((s3Only.named("foundation-organization-trail").inputs.advancedEventSelectors as { name: string }[]).map(s => s.name),
            ["Management events", "S3 object data events, except the log bucket's"]);
        const lambdaOnly = await runArea("logging", exampleValues(d => { d["foundation:logging"].trail.dataEvents = { lambda: true }; }));
        assert.deepStrictEqual((lambdaOnly.named("foundation-organization-trail").inputs.advancedEventSelectors as { name: string }[]).map(s => s.name),
            ["Management events", "Lambda invoke data events"]);
        const none = await runArea("logging", exampleValues(d => { d["foundation:logging"].trail.dataEvents = { s3: false, lambda: false }; }));
        assert.strictEqual(none.named("foundation-organization-trail").inputs.advancedEventSelectors, undefined);
    });

    it("applies the configured retention, lock mode and lifecycle, and can switch them off explicitly", async () => {
        const run = await runArea("logging", exampleValues(d => {
            d["foundation:logging"].trail = { name: "acme-audit-trail", cloudWatchLogs: { retentionDays: 0, kmsEncrypted: false } };
            d["foundation:logging"].archive = { objectLock: { enabled: false }, lifecycle: { transitions: [], expirationDays: "never", noncurrentVersionExpirationDays: 90 } };
            d["foundation:logging"].accessLogs = { lifecycle: { transitions: [{ days: 30, storageClass: "STANDARD_IA" }], expirationDays: 400 } };
        }));
        const logArchive = run.named("foundation-log-archive").id;
        assert.ok(!run.resources.some(r => r.name.startsWith("foundation-organization-trail-logs-key")), "no customer key for the log group");
        assert.deepStrictEqual(run.named("foundation-organization-trail-logs").inputs, {
            name: "cloudtrail/acme-audit-trail", region: "us-east-1", retentionInDays: 0, deletionProtectionEnabled: true,
        });
        assert.strictEqual(run.named("foundation-organization-trail").inputs.name, "acme-audit-trail");
        const keyPolicy = run.document(run.named("foundation-logs-key"));
        assert.deepStrictEqual(keyPolicy.Statement[1].Condition.StringEquals, { "aws:SourceArn": `arn:aws:cloudtrail:us-east-1:${MANAGEMENT_ACCOUNT_ID}:trail/acme-audit-trail` });
        // The bucket stays lockable: Object Lock cannot be switched off once on, and can be used again later.
        assert.strictEqual(run.named("foundation-logs-trail-bucket").inputs.objectLockEnabled, true);
        // Still declared, without a default retention: turning it off (or on again) is an update, which `protect` allows.
        assert.deepStrictEqual(run.ofType("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration").map(l => l.inputs), [
            { bucket: `acme-logs-${logArchive}`, region: "us-east-1", objectLockEnabled: "Enabled" },
        ]);
        assert.deepStrictEqual(run.named("foundation-logs-trail-bucket-lifecycle").inputs.rules, [{
            id: "log-retention", status: "Enabled", filter: {}, transitions: [],
            noncurrentVersionExpiration: { noncurrentDays: 90 }, abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
        }]);
        assert.deepStrictEqual(run.named("foundation-logs-access-log-bucket-lifecycle").inputs, {
            bucket: `acme-access-logs-${logArchive}`, region: "us-east-1",
            rules: [{
                id: "log-retention", status: "Enabled", filter: {}, transitions: [{ days: 30, storageClass: "STANDARD_IA" }],
                expiration: { days: 400 }, noncurrentVersionExpiration: { noncurrentDays: 365 }, abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
            }],
        });
    });

    it("locks in COMPLIANCE mode for the configured days", async () => {
        const run = await runArea("logging", exampleValues(d => { d["foundation:logging"].archive.objectLock = { mode: "COMPLIANCE", days: 2555 }; d["foundation:logging"].archive.lifecycle.expirationDays = 2555; }));
        assert.deepStrictEqual(run.named("foundation-logs-trail-bucket-object-lock").inputs.rule, { defaultRetention: { mode: "COMPLIANCE", days: 2555 } });
    });
});
