/** policy/policies/s3/: s3-access-point-public-blocked, s3-bucket-acls-disabled, s3-bucket-logging-enabled, s3-bucket-replication-critical,
 *  s3-bucket-safeguards-attached, s3-bucket-ssl-only, s3-bucket-versioning-enabled, s3-public-access-blocked. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as accessPoint } from "../../../policy/policies/s3/s3-access-point-public-blocked";
import { definition as acls } from "../../../policy/policies/s3/s3-bucket-acls-disabled";
import { definition as logging } from "../../../policy/policies/s3/s3-bucket-logging-enabled";
import { definition as replication } from "../../../policy/policies/s3/s3-bucket-replication-critical";
import { definition as safeguards } from "../../../policy/policies/s3/s3-bucket-safeguards-attached";
import { definition as sslOnly } from "../../../policy/policies/s3/s3-bucket-ssl-only";
import { definition as versioning } from "../../../policy/policies/s3/s3-bucket-versioning-enabled";
import { ACCOUNT_PUBLIC_ACCESS_BLOCK, BUCKET, BUCKET_ACL, BUCKET_ACL_V2, BUCKET_PUBLIC_ACCESS_BLOCK, BUCKET_V2, checkBucketAcl, checkBucketInlineAcl, checkPublicAccessBlock, definition } from "../../../policy/policies/s3/s3-public-access-blocked";
import { Props, happy } from "../factories";
import { stackBucket, stackResource } from "../samples";
import { policyTable } from "../tables";

const dataBucket = stackResource("aws:s3/bucket:Bucket", "data", { bucket: "acme-data" });

describe("policy s3-bucket-logging-enabled", () => {
    it("exempts the foundation's access-log bucket by default", () => {
        assert.deepStrictEqual(logging.check([stackResource("aws:s3/bucket:Bucket", "foundation-logs-access-log-bucket", { bucket: "acme-access-logs" })]), []);
    });
    it("a bucket with access logging passes, one without is reported", () => {
        assert.deepStrictEqual(logging.check([dataBucket, stackResource("aws:s3/bucketLogging:BucketLogging", "l", { bucket: "acme-data", targetBucket: "acme-logs" })]), []);
        assert.deepStrictEqual(logging.check([dataBucket]), [{ urn: dataBucket.urn, message: "no s3.BucketLogging writes this bucket's server access logs (FSBP S3.9): requests " +
            "to it leave no record beyond CloudTrail's data events; add one targeting a log bucket (a log bucket itself can be exempted with a justification)" }]);
    });
});

describe("policy s3-bucket-ssl-only", () => {
    const NO_TLS = 'no bucket policy denies requests without TLS (CIS 2.1.1, FSBP S3.5): add a Deny statement for "s3:*" with the condition ' +
        '{ "Bool": { "aws:SecureTransport": "false" } }, so no client can read or write the bucket over plain HTTP';
    const policy = (Statement: unknown[]) => stackResource("aws:s3/bucketPolicy:BucketPolicy", "p", { bucket: UNKNOWN, policy: JSON.stringify({ Statement }) }, [dataBucket.urn]);
    it("a deny on aws:SecureTransport false, or on a TLS version floor, passes", () => {
        assert.deepStrictEqual(sslOnly.check([dataBucket, policy([{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }])]), []);
        assert.deepStrictEqual(sslOnly.check([dataBucket, policy([{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*", Condition: { NumericLessThan: { "s3:TlsVersion": "1.2" } } }])]), []);
    });
    it("no policy, or a policy without that deny, is reported; an unknown document is not", () => {
        assert.deepStrictEqual(sslOnly.check([dataBucket]), [{ urn: dataBucket.urn, message: NO_TLS }]);
        assert.deepStrictEqual(sslOnly.check([dataBucket, policy([{ Effect: "Allow", Principal: { Service: "logging.s3.amazonaws.com" }, Action: "s3:PutObject", Resource: "*" }])]),
            [{ urn: dataBucket.urn, message: NO_TLS }]);
        assert.deepStrictEqual(sslOnly.check([dataBucket, stackResource("aws:s3/bucketPolicy:BucketPolicy", "p", { bucket: "acme-data", policy: UNKNOWN })]), []);
    });
});

describe("policy s3-access-point-public-blocked", () => {
    const T = "aws:s3/accessPoint:AccessPoint";
    it("all on, or unset, passes; each setting turned off is named", () => {
        assert.deepStrictEqual(accessPoint.check(T, happy[T]!()), []);
        assert.deepStrictEqual(accessPoint.check(T, { bucket: "b", name: "n" }), []);
        assert.deepStrictEqual(accessPoint.check(T, { bucket: "b", publicAccessBlockConfiguration: { blockPublicPolicy: false, restrictPublicBuckets: "false", ignorePublicAcls: UNKNOWN } }), [
            "publicAccessBlockConfiguration.blockPublicPolicy must not be false (foundation least-privilege): the access point could make the bucket's data public",
            "publicAccessBlockConfiguration.restrictPublicBuckets must not be false (foundation least-privilege): the access point could make the bucket's data public",
        ]);
    });
});

const VERSIONING = (got: string) => `versioningConfiguration.status must be "Enabled" (Security Hub S3.14), got ${got}: an overwritten or deleted object cannot be recovered`;
policyTable(versioning, "aws:s3/bucketVersioning:BucketVersioning", [
    ["suspended", { versioningConfiguration: { status: "Suspended" } }, [VERSIONING('"Suspended"')]],
    ["disabled", { versioningConfiguration: { status: "Disabled" } }, [VERSIONING('"Disabled"')]],
    ["no status", { versioningConfiguration: {} }, [VERSIONING("not set")]],
    ["unknown", { versioningConfiguration: UNKNOWN }, []],
]);

const ACLS = (got: string) => `rule.objectOwnership must be "BucketOwnerEnforced" (FSBP S3.12), got ${got}: ACLs stay in force and can grant access past the bucket policy; ` +
    "grant access with the bucket policy and IAM only";
policyTable(acls, "aws:s3/bucketOwnershipControls:BucketOwnershipControls", [
    ["ObjectWriter", { rule: { objectOwnership: "ObjectWriter" } }, [ACLS('"ObjectWriter"')]],
    ["BucketOwnerPreferred", { rule: { objectOwnership: "BucketOwnerPreferred" } }, [ACLS('"BucketOwnerPreferred"')]],
    ["unknown", { rule: { objectOwnership: UNKNOWN } }, []],
]);

describe("review regressions", () => {
    it("s3-bucket-versioning-enabled: the V2 resource too", () => {
        assert.strictEqual(versioning.check("aws:s3/bucketVersioningV2:BucketVersioningV2", { bucket: "b", versioningConfiguration: { status: "Suspended" } }).length, 1);
    });
});

const BUCKET_TYPE = "aws:s3/bucket:Bucket";

describe("policy s3-bucket-versioning-enabled on a bucket's inline versioning", () => {
    const OFF = "versioning.enabled must not be false (Security Hub S3.14): an overwritten or deleted object cannot be recovered; set it to true, or use an s3.BucketVersioning";
    const cases: Array<[string, unknown, string[]]> = [
        ["no inline versioning (an s3.BucketVersioning is the way)", undefined, []],
        ["enabled", { enabled: true }, []],
        ["disabled", { enabled: false }, [OFF]],
        ['disabled as "false"', { enabled: "false" }, [OFF]],
        ["mfaDelete only", { mfaDelete: true }, []],
        ["unknown", UNKNOWN, []],
        ["enabled unknown", { enabled: UNKNOWN }, []],
    ];
    for (const [title, inline, expected] of cases) {
        it(title, () => assert.deepStrictEqual(versioning.check(BUCKET_TYPE, { ...happy[BUCKET_TYPE]!(), versioning: inline }), expected));
    }
    it("checkov S3Versioning-style inputs: a versioning resource with Suspended is flagged (advisory), Enabled is not", () => {
        assert.strictEqual(versioning.check("aws:s3/bucketVersioning:BucketVersioning", { bucket: "b", versioningConfiguration: { status: "Suspended" } }).length, 1);
        assert.deepStrictEqual(versioning.check("aws:s3/bucketVersioning:BucketVersioning", { bucket: "b", versioningConfiguration: { status: "Enabled" } }), []);
    });
});

describe("policy s3-bucket-replication-critical (stack)", () => {
    const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
    const MISSING = "no s3.BucketReplicationConfig with an enabled rule replicates this critical bucket (foundation nothing-lost, Security Hub S3.7): its objects " +
        "live in one Region and one account, and versioning does not survive losing either; replicate it to another Region or a backup account";
    const critical = stackResource(BUCKET_TYPE, "ledger", { bucket: "acme-ledger", tags: { criticality: "Critical" } });
    const rule = (status: unknown) => ({ id: "all", status, destination: { bucket: "arn:aws:s3:::acme-ledger-replica" } });

    it("reports a critical bucket without replication, on the bucket; other buckets are not this policy's business", () => {
        assert.deepStrictEqual(replication.check([critical, stackResource(BUCKET_TYPE, "assets", { bucket: "acme-assets" })]), [{ urn: critical.urn, message: MISSING }]);
    });
    it("an enabled rule (companion by dependency or by name, or the inline form) replicates it; a disabled one does not", () => {
        assert.deepStrictEqual(replication.check([critical, stackResource(REPLICATION, "r", { bucket: UNKNOWN, role: "arn:aws:iam::111111111111:role/r", rules: [rule("Enabled")] }, [critical.urn])]), []);
        assert.deepStrictEqual(replication.check([critical, stackResource(REPLICATION, "r", { bucket: "acme-ledger", rules: [rule("Disabled"), rule("Enabled")] })]), []);
        assert.deepStrictEqual(replication.check([critical, stackResource(REPLICATION, "r", { bucket: "acme-ledger", rules: [rule("Disabled")] })]), [{ urn: critical.urn, message: MISSING }]);
        assert.deepStrictEqual(replication.check([{ ...critical, props: { ...critical.props, replicationConfiguration: { role: "r", rules: [rule("Enabled")] } } }]), []);
        assert.deepStrictEqual(replication.check([critical, stackResource(REPLICATION, "r", { bucket: "acme-ledger", rules: [rule(UNKNOWN)] })]), []);
        assert.deepStrictEqual(replication.check([critical, stackResource(REPLICATION, "r", { bucket: "acme-ledger", rules: UNKNOWN })]), []);
    });
    it("which buckets are critical is configured: tag key and values, name patterns", () => {
        const config = { criticalTagKey: "backup", criticalTagValues: ["replicate"], criticalBuckets: ["acme-*-records", "invoices"] };
        const tagged = stackResource(BUCKET_TYPE, "a", { bucket: "a", tags: { backup: "replicate" } });
        const named = stackResource(BUCKET_TYPE, "b", { bucket: "acme-tax-records" });
        const byResourceName = stackResource(BUCKET_TYPE, "invoices", { bucket: UNKNOWN });
        const other = stackResource(BUCKET_TYPE, "c", { bucket: "acme.records" });
        assert.deepStrictEqual(replication.check([critical, tagged, named, byResourceName, other], config).map((v) => v.urn), [tagged.urn, named.urn, byResourceName.urn]);
    });
});

const MSG = {
    blockPublicAcls: "blockPublicAcls must be true (CIS 2.1.4): without it, new public ACLs can still be put on buckets and objects",
    blockPublicPolicy: "blockPublicPolicy must be true (CIS 2.1.4): without it, a bucket policy that grants public access can still be attached",
    ignorePublicAcls: "ignorePublicAcls must be true (CIS 2.1.4): without it, existing public ACLs still grant access",
    restrictPublicBuckets:
        "restrictPublicBuckets must be true (CIS 2.1.4): without it, buckets with a public policy stay reachable from outside the account",
};
const FIX = 'use "private" and grant access through IAM or a bucket policy';

describe("policy s3-public-access-blocked", () => {
    for (const type of [ACCOUNT_PUBLIC_ACCESS_BLOCK, BUCKET_PUBLIC_ACCESS_BLOCK]) {
        describe(type, () => {
            const cases: Array<[string, Props, string[]]> = [
                ["all four true", {}, []],
                ["blockPublicAcls false", { blockPublicAcls: false }, [MSG.blockPublicAcls]],
                ["blockPublicPolicy false", { blockPublicPolicy: false }, [MSG.blockPublicPolicy]],
                ["ignorePublicAcls false", { ignorePublicAcls: false }, [MSG.ignorePublicAcls]],
                ["restrictPublicBuckets false", { restrictPublicBuckets: false }, [MSG.restrictPublicBuckets]],
                ["restrictPublicBuckets missing (AWS default false)", { restrictPublicBuckets: undefined }, [MSG.restrictPublicBuckets]],
                ['blockPublicAcls "true" (string)', { blockPublicAcls: "true" }, []],
                ['blockPublicAcls "yes" (not a boolean)', { blockPublicAcls: "yes" }, [MSG.blockPublicAcls]],
                ["blockPublicPolicy unknown: skipped, the rest still checked", { blockPublicPolicy: UNKNOWN, ignorePublicAcls: false }, [MSG.ignorePublicAcls]],
            ];
            for (const [title, change, expected] of cases) {
                it(title, () => {
                    assert.deepStrictEqual(checkPublicAccessBlock({ ...happy[type](), ...change }), expected);
                });
            }

            it("all four missing: four messages in a stable order", () => {
                assert.deepStrictEqual(checkPublicAccessBlock({}), [
                    MSG.blockPublicAcls,
                    MSG.blockPublicPolicy,
                    MSG.ignorePublicAcls,
                    MSG.restrictPublicBuckets,
                ]);
            });
        });
    }

    describe(`${BUCKET_ACL} / ${BUCKET_ACL_V2}`, () => {
        const cases: Array<[string, Props, string[]]> = [
            ["private", { acl: "private" }, []],
            ["log-delivery-write", { acl: "log-delivery-write" }, []],
            ["no acl", { acl: undefined }, []],
            ["acl unknown", { acl: UNKNOWN }, []],
            [
                "public-read",
                { acl: "public-read" },
                [`acl must not be "public-read" (FSBP S3.2): anyone on the internet can list and read the bucket; ${FIX}`],
            ],
            [
                "public-read-write",
                { acl: "public-read-write" },
                [`acl must not be "public-read-write" (FSBP S3.2, S3.3): anyone on the internet can list, read and write the bucket; ${FIX}`],
            ],
            [
                "authenticated-read",
                { acl: "authenticated-read" },
                [`acl must not be "authenticated-read" (FSBP S3.2): any AWS account can list and read the bucket; ${FIX}`],
            ],
            [
                "Public-Read (matched case-insensitively)",
                { acl: "Public-Read" },
                [`acl must not be "Public-Read" (FSBP S3.2): anyone on the internet can list and read the bucket; ${FIX}`],
            ],
            [
                "a READ grant to AllUsers",
                {
                    accessControlPolicy: {
                        owner: { id: "o" },
                        grants: [
                            { grantee: { type: "CanonicalUser", id: "o" }, permission: "FULL_CONTROL" },
                            { grantee: { type: "Group", uri: "http://acs.amazonaws.com/groups/global/AllUsers" }, permission: "READ" },
                        ],
                    },
                },
                [`accessControlPolicy.grants[1] must not grant READ to the AllUsers group (FSBP S3.2, S3.3): anyone on the internet gets that access to the bucket; ${FIX}`],
            ],
            [
                "a single grant object (not a list) to AuthenticatedUsers, permission unknown",
                {
                    accessControlPolicy: {
                        grants: { grantee: { type: "Group", uri: "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" }, permission: UNKNOWN },
                    },
                },
                [`accessControlPolicy.grants[0] must not grant access to the AuthenticatedUsers group (FSBP S3.2, S3.3): any AWS account gets that access to the bucket; ${FIX}`],
            ],
            ["grants unknown", { accessControlPolicy: { grants: UNKNOWN } }, []],
            ["accessControlPolicy unknown", { accessControlPolicy: UNKNOWN }, []],
            ["grantee uri unknown", { accessControlPolicy: { grants: [{ grantee: { type: "Group", uri: UNKNOWN }, permission: "READ" }] } }, []],
        ];
        for (const type of [BUCKET_ACL, BUCKET_ACL_V2]) {
            for (const [title, change, expected] of cases) {
                it(`${type.split(":").pop()}: ${title}`, () => {
                    assert.deepStrictEqual(checkBucketAcl({ ...happy[type](), ...change }), expected);
                });
            }
        }
    });

    describe(`${BUCKET} / ${BUCKET_V2} (deprecated inline acl and grants)`, () => {
        const cases: Array<[string, Props, string[]]> = [
            ["private", {}, []],
            [
                "acl public-read-write",
                { acl: "public-read-write" },
                [`acl must not be "public-read-write" (FSBP S3.2, S3.3): anyone on the internet can list, read and write the bucket; ${FIX}`],
            ],
            [
                "grants READ and WRITE to AllUsers",
                { grants: [{ type: "Group", uri: "http://acs.amazonaws.com/groups/global/AllUsers", permissions: ["READ", "WRITE"] }] },
                [`grants[0] must not grant READ, WRITE to the AllUsers group (FSBP S3.2, S3.3): anyone on the internet gets that access to the bucket; ${FIX}`],
            ],
            ["grants unknown", { grants: UNKNOWN }, []],
        ];
        for (const type of [BUCKET, BUCKET_V2]) {
            for (const [title, change, expected] of cases) {
                it(`${type.split(":").pop()}: ${title}`, () => {
                    assert.deepStrictEqual(checkBucketInlineAcl({ ...happy[type](), ...change }), expected);
                });
            }
        }
    });

    it("routes each resource type to its check and ignores other types", () => {
        assert.deepStrictEqual(definition.check(ACCOUNT_PUBLIC_ACCESS_BLOCK, { blockPublicAcls: true }), [
            MSG.blockPublicPolicy,
            MSG.ignorePublicAcls,
            MSG.restrictPublicBuckets,
        ]);
        assert.deepStrictEqual(definition.check(BUCKET, { acl: "authenticated-read" }).length, 1);
        assert.deepStrictEqual(definition.check("aws:s3/bucketPolicy:BucketPolicy", { policy: "{}" }), []);
    });

    describe("remediation (level remediate)", () => {
        it("turns every setting of a public access block on", () => {
            for (const type of ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock"]) {
                assert.deepStrictEqual(definition.remediate(type, { bucket: "b", blockPublicAcls: true, restrictPublicBuckets: false }), {
                    bucket: "b", blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true,
                }, type);
            }
        });
        it("offers no fix for a public ACL (no safe automatic choice) or a compliant block", () => {
            assert.strictEqual(definition.remediate("aws:s3/bucketAcl:BucketAcl", { bucket: "b", acl: "public-read" }), undefined);
            assert.strictEqual(definition.remediate("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }), undefined);
        });
    });
});
const NO_BLOCK = "no s3.BucketPublicAccessBlock is attached to this bucket (CIS 2.1.4, FSBP S3.8): it relies on the account-level block alone; add one with all four settings true";
const NO_VERSIONING = 'no s3.BucketVersioning is attached to this bucket (foundation nothing-lost): an overwritten or deleted object cannot be recovered; add one with status "Enabled"';

describe("policy s3-bucket-safeguards-attached (stack)", () => {
    const logs = stackBucket("logs");
    it("a bucket with both companions passes; each missing one is named, on the bucket", () => {
        const block = stackResource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "logs-block", { bucket: UNKNOWN }, [logs.urn]);
        const versioning = stackResource("aws:s3/bucketVersioning:BucketVersioning", "logs-versioning", { bucket: "logs" });
        assert.deepStrictEqual(safeguards.check([logs, block, versioning]), []);
        assert.deepStrictEqual(safeguards.check([logs, versioning]), [{ urn: logs.urn, message: NO_BLOCK }]);
        assert.deepStrictEqual(safeguards.check([logs, block, stackBucket("assets")]), [
            { urn: logs.urn, message: NO_VERSIONING },
            { urn: stackBucket("assets").urn, message: NO_BLOCK }, { urn: stackBucket("assets").urn, message: NO_VERSIONING },
        ]);
    });
    it("exemptions apply to the bucket the finding is about", () => {
        const config = { exemptions: [{ match: "assets", justification: "public website, reviewed in SEC-42" }] };
        assert.deepStrictEqual(safeguards.check([stackBucket("assets"), stackBucket("logs")], config).map((v) => v.urn), [stackBucket("logs").urn, stackBucket("logs").urn]);
    });
});
