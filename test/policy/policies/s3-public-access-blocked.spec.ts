import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import {
    ACCOUNT_PUBLIC_ACCESS_BLOCK,
    BUCKET,
    BUCKET_ACL,
    BUCKET_ACL_V2,
    BUCKET_PUBLIC_ACCESS_BLOCK,
    BUCKET_V2,
    checkBucketAcl,
    checkBucketInlineAcl,
    checkPublicAccessBlock,
    definition,
} from "../../../policy/policies/s3/s3-public-access-blocked";
import { Props, happy } from "../factories";

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
