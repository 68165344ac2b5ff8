/**
 * S3 bucket policies through resource-policy-not-public: aws:s3/bucketPolicy and the deprecated
 * `policy` input of aws:s3/bucket and aws:s3/bucketV2; conditions S3 counts as limiting (access point
 * delegation, fixed ARNs, CIDRs no broader than /8); checkov CKV_AWS_70 (S3AllowsAnyPrincipal) cases.
 */
import * as assert from "assert";
import { definition } from "../../../policy/policies/cross-service/resource-policy-not-public";
import { happy } from "../factories";

const BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const BUCKET = "aws:s3/bucket:Bucket";
const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
const SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const PUBLIC = (statement: string) =>
    `policy.${statement} allows everyone ("*") with no condition that limits it to your accounts, organization, sources or networks (FSBP S3.2, S3.3): ` +
    "anyone on the internet can use the bucket as the statement allows (a website is better served through CloudFront with origin access control; " +
    "a bucket that must stay public is exempted by name in this policy's config, with a justification); name the principals, or add a condition such as " +
    "aws:PrincipalOrgID or aws:SourceArn";
const read = (Principal: unknown, Condition?: unknown) => ({
    Sid: "Read", Effect: "Allow", Principal, Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket/*", ...(Condition !== undefined && { Condition }),
});
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const R = 'Statement[0] (Sid "Read")';

describe("policy resource-policy-not-public: S3 bucket policies", () => {
    const cases: Array<[string, string, string[]]> = [
        // delegation to access points, as the S3 user guide recommends
        ["delegated to the owner's access points (s3:DataAccessPointAccount)", doc(read({ AWS: "*" }, { StringEquals: { "s3:DataAccessPointAccount": "111122223333" } })), []],
        ["delegated to any access point of one account (s3:DataAccessPointArn with a wildcard name)",
            doc(read({ AWS: "*" }, { StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-west-2:123456789012:accesspoint/*" } })), []],
        ["s3:DataAccessPointArn in any account limits nothing",
            doc(read({ AWS: "*" }, { StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-west-2:*:accesspoint/*" } })), [PUBLIC(R)]],
        ["s3:DataAccessPointAccount with a wildcard limits nothing", doc(read("*", { StringLike: { "s3:DataAccessPointAccount": "1111*" } })), [PUBLIC(R)]],
        // CIDRs, as S3 decides it
        ["a /8 range is not public", doc(read("*", { IpAddress: { "aws:SourceIp": "11.0.0.0/8" } })), []],
        ["a /7 range is public", doc(read("*", { IpAddress: { "aws:SourceIp": "10.0.0.0/7" } })), [PUBLIC(R)]],
        ["the private 172.16.0.0/12", doc(read("*", { IpAddress: { "aws:SourceIp": "172.16.0.0/12" } })), []],
        ["a single address", doc(read("*", { IpAddress: { "aws:SourceIp": "203.0.113.7" } })), []],
        ["an IPv6 /32 is not public, a /16 is", doc(read("*", { IpAddress: { "aws:SourceIp": ["2001:db8::/32", "2001::/16"] } })), [PUBLIC(R)]],
        ["NotIpAddress limits nothing", doc(read("*", { NotIpAddress: { "aws:SourceIp": "192.0.2.0/24" } })), [PUBLIC(R)]],
        // wildcard conditions hiding a public principal
        ["ArnLike aws:PrincipalArn arn:aws:iam::* (checkov fail_w_condition)", doc(read({ AWS: "*" }, { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } })), [PUBLIC(R)]],
        ["ArnEquals aws:PrincipalArn of a role name in any account", doc(read("*", { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::*:role/admin" } })), [PUBLIC(R)]],
        ["StringLike aws:PrincipalAccount *", doc(read("*", { StringLike: { "aws:PrincipalAccount": "*" } })), [PUBLIC(R)]],
        ["ForAllValues:StringEquals (true when the key is absent)", doc(read("*", { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-abc" } })), [PUBLIC(R)]],
        ["ForAnyValue:StringEquals aws:PrincipalOrgPaths with a fixed organization", doc(read("*", { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-abc123/*" } })), []],
        ["a policy variable is not a fixed value", doc(read("*", { StringEquals: { "aws:SourceAccount": "${aws:PrincipalAccount}" } })), [PUBLIC(R)]],
        ["a public web identity provider is everyone (the S3 guide's first public example)", doc(read({ Federated: "graph.facebook.com" })), [PUBLIC(R)]],
        ["a SAML provider of the account is not", doc(read({ Federated: "arn:aws:iam::111122223333:saml-provider/corp" })), []],
        // checkov CKV_AWS_70 cases
        ['fail3: { AWS: "*" }', doc(read({ AWS: "*" })), [PUBLIC(R)]],
        ['fail2: { AWS: ["*"] }', doc(read({ AWS: ["*"] })), [PUBLIC(R)]],
        ['fail: "*"', doc(read("*")), [PUBLIC(R)]],
        ["pass: one account", doc(read({ AWS: "arn:aws:iam::123456789012:root" })), []],
        ['pass2: Deny "*"', doc({ ...read("*"), Effect: "Deny" }), []],
        ["pass_w_condition: aws:PrincipalArn of one user", doc(read({ AWS: "*" }, { StringEquals: { "aws:PrincipalArn": "arn:aws:iam::12345555555555:user/username" } })), []],
        ["pass_w_condition4: aws:sourceVpce (lower case)", doc(read("*", { StringEquals: { "aws:sourceVpce": "vpce-123abc456def7890g" } })), []],
        ["pass_w_condition5: CloudTrail trails of one account (aws:SourceArn)", doc(read("*", { ArnLike: { "aws:SourceArn": "arn:aws:cloudtrail:*:111122223333:trail/*" } })), []],
        ["pass_w_condition6: a fixed aws:userid", doc(read("*", { StringLike: { "aws:PrincipalOrgPath": "arn:aws:organizations::*:organization/123456789012*",
            "aws:userid": "AROAEXAMPLE1234567890123456789" } })), []],
        ["vpce_account_condition: aws:VpceAccount", doc(read("*", { StringEquals: { "aws:VpceAccount": "123456789012" } })), []],
        ["json: the principal unknown at preview", doc(read({ AWS: SENTINEL })), []],
    ];
    for (const [title, policy, expected] of cases) {
        it(title, () => assert.deepStrictEqual(definition.check(BUCKET_POLICY, { ...happy[BUCKET_POLICY]!(), policy }), expected));
    }

    it("judges the deprecated policy input of aws.s3.Bucket and BucketV2 like a BucketPolicy", () => {
        for (const type of [BUCKET, BUCKET_V2]) {
            assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), policy: doc(read("*")) }), [PUBLIC(R)], type);
            assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), policy: doc(read("*", { StringEquals: { "aws:SourceAccount": "111122223333" } })) }), [], type);
            assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), policy: SENTINEL }), [], type);
        }
    });

    it("a bucket that must be public (a static website) is exempted by name, with a justification", () => {
        const props = { ...happy[BUCKET_POLICY]!(), policy: doc(read("*")) };
        const exemptions = [{ match: "site-bucket-policy", justification: "public static website, no private objects, reviewed 2026-12" }];
        assert.deepStrictEqual(definition.check(BUCKET_POLICY, props, { exemptions }, "site-bucket-policy"), []);
        assert.deepStrictEqual(definition.check(BUCKET_POLICY, props, { exemptions }, "data-bucket-policy"), [PUBLIC(R)]);
    });
});
