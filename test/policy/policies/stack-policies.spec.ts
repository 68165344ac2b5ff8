/** Stack policies: cloudtrail-bucket-not-public, s3-bucket-safeguards-attached, secretsmanager-secret-rotated, and defineStackPolicy. */
import * as assert from "assert";
import { StackResource, UNKNOWN, companionsOf } from "../../../policy/lib";
import { definition as trailBucket } from "../../../policy/policies/cloudtrail/cloudtrail-bucket-not-public";
import { definition as safeguards } from "../../../policy/policies/s3/s3-bucket-safeguards-attached";
import { definition as regions } from "../../../policy/policies/cross-service/aws-allowed-regions";
import { definition as rotation } from "../../../policy/policies/secretsmanager/secretsmanager-secret-rotated";

const res = (type: string, name: string, props: Record<string, unknown> = {}, dependencies: string[] = []): StackResource => ({
    urn: `urn:pulumi:prod::app::${type}::${name}`, type, name, props, dependencies,
});
const bucket = (name: string, props: Record<string, unknown> = { bucket: name }) => res("aws:s3/bucket:Bucket", name, props);
const NO_BLOCK = "no s3.BucketPublicAccessBlock is attached to this bucket (CIS 2.1.4, FSBP S3.8): it relies on the account-level block alone; add one with all four settings true";
const NO_VERSIONING = 'no s3.BucketVersioning is attached to this bucket (foundation nothing-lost): an overwritten or deleted object cannot be recovered; add one with status "Enabled"';

describe("stack policies", () => {
    describe("companionsOf", () => {
        it("finds resources that depend on the target or name it; unknown names match through dependencies only", () => {
            const logs = bucket("logs");
            const byDependency = res("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "a", { bucket: UNKNOWN }, [logs.urn]);
            const byName = res("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "b", { bucket: "logs" });
            const other = res("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "c", { bucket: "assets" });
            assert.deepStrictEqual(companionsOf(logs, [byDependency, byName, other], "bucket").map((r) => r.name), ["a", "b"]);
            assert.deepStrictEqual(companionsOf(bucket("x", { bucket: UNKNOWN }), [other], "bucket"), []);
        });
        it("with property dependencies, only the named input counts: a logging resource for another bucket that targets this one is not this one's", () => {
            const access = bucket("access", { bucket: UNKNOWN });
            const data = bucket("data", { bucket: UNKNOWN });
            const logging = { ...res("aws:s3/bucketLogging:BucketLogging", "data-logging", { bucket: UNKNOWN, targetBucket: UNKNOWN }, [data.urn, access.urn]),
                propertyDependencies: { bucket: [data.urn], targetBucket: [access.urn] } };
            assert.deepStrictEqual(companionsOf(data, [logging], "bucket").map((r) => r.name), ["data-logging"]);
            assert.deepStrictEqual(companionsOf(access, [logging], "bucket"), []);
        });
    });

    describe("s3-bucket-safeguards-attached", () => {
        const logs = bucket("logs");
        it("a bucket with both companions passes; each missing one is named, on the bucket", () => {
            const block = res("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "logs-block", { bucket: UNKNOWN }, [logs.urn]);
            const versioning = res("aws:s3/bucketVersioning:BucketVersioning", "logs-versioning", { bucket: "logs" });
            assert.deepStrictEqual(safeguards.check([logs, block, versioning]), []);
            assert.deepStrictEqual(safeguards.check([logs, versioning]), [{ urn: logs.urn, message: NO_BLOCK }]);
            assert.deepStrictEqual(safeguards.check([logs, block, bucket("assets")]), [
                { urn: logs.urn, message: NO_VERSIONING },
                { urn: bucket("assets").urn, message: NO_BLOCK }, { urn: bucket("assets").urn, message: NO_VERSIONING },
            ]);
        });
        it("exemptions apply to the bucket the finding is about", () => {
            const config = { exemptions: [{ match: "assets", justification: "public website, reviewed in SEC-42" }] };
            assert.deepStrictEqual(safeguards.check([bucket("assets"), bucket("logs")], config).map((v) => v.urn), [bucket("logs").urn, bucket("logs").urn]);
        });
    });

    describe("cloudtrail-bucket-not-public", () => {
        const logs = bucket("logs");
        const trail = res("aws:cloudtrail/trail:Trail", "trail", { s3BucketName: UNKNOWN }, [logs.urn]);
        const PUBLIC = (reason: string) => `the trail writes to bucket "logs", and ${reason} (foundation evidence): anyone could read the account's API history, ` +
            "and with write access erase it; the log bucket must be private";
        it("a private bucket passes", () => {
            const policy = res("aws:s3/bucketPolicy:BucketPolicy", "p", { bucket: "logs", policy: JSON.stringify({ Statement: [
                { Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:PutObject", Resource: "*", Condition: { StringEquals: { "aws:SourceArn": "arn:aws:cloudtrail:us-east-1:111111111111:trail/t" } } },
            ] }) });
            assert.deepStrictEqual(trailBucket.check([logs, trail, policy]), []);
        });
        it("a public policy statement or ACL on the trail's bucket is reported on the trail", () => {
            const policy = res("aws:s3/bucketPolicy:BucketPolicy", "p", { bucket: UNKNOWN, policy: JSON.stringify({ Statement: [{ Sid: "Read", Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" }] }) }, [logs.urn]);
            const acl = res("aws:s3/bucketAcl:BucketAcl", "acl", { bucket: "logs", acl: "public-read" });
            assert.deepStrictEqual(trailBucket.check([logs, trail, policy, acl]), [
                { urn: trail.urn, message: PUBLIC('its bucket policy\'s Statement[0] (Sid "Read") allows everyone') },
                { urn: trail.urn, message: PUBLIC("its ACL is public") },
            ]);
        });
        it("finds the bucket by name when there is no dependency; a public bucket no trail writes to is not this policy's", () => {
            const byName = res("aws:cloudtrail/trail:Trail", "trail", { s3BucketName: "logs" });
            const publicLogs = bucket("logs", { bucket: "logs", acl: "public-read" });
            assert.deepStrictEqual(trailBucket.check([publicLogs, byName]), [{ urn: byName.urn, message: PUBLIC("its inline ACL is public") }]);
            assert.deepStrictEqual(trailBucket.check([bucket("site", { bucket: "site", acl: "public-read" }), byName]), []);
        });
    });

    describe("secretsmanager-secret-rotated", () => {
        const secret = res("aws:secretsmanager/secret:Secret", "db", { name: "db" });
        it("a rotated secret passes, an unrotated one is reported", () => {
            assert.deepStrictEqual(rotation.check([secret, res("aws:secretsmanager/secretRotation:SecretRotation", "r", { secretId: UNKNOWN }, [secret.urn])]), []);
            assert.deepStrictEqual(rotation.check([secret]), [{ urn: secret.urn, message:
                "no secretsmanager.SecretRotation rotates this secret (FSBP SecretsManager.1): a leaked value stays valid until someone changes it by hand; " +
                "add a rotation (managed rotation for RDS, Redshift and DocumentDB secrets), or exempt a secret that cannot rotate with a justification" }]);
        });
    });

    describe("aws-allowed-regions", () => {
        const provider = (name: string, region: unknown) => res("pulumi:providers:aws", name, { region });
        const config = { allowedRegions: ["us-east-1", "eu-west-1"] };
        const OUTSIDE = (region: string) => `region "${region}" is not one of the allowed regions us-east-1, eu-west-1 (foundation guardrails): the organization's ` +
            "region guardrail denies it, so the deployment would fail half-way; use an allowed region, or add it to foundation:organization.allowedRegions and to this policy's allowedRegions";
        it("reports providers and per-resource region overrides outside the list", () => {
            const tokyo = provider("tokyo", "ap-northeast-1");
            const bucket = res("aws:s3/bucket:Bucket", "b", { bucket: "b", region: "sa-east-1" });
            assert.deepStrictEqual(regions.check([provider("main", "us-east-1"), tokyo, bucket, res("aws:s3/bucket:Bucket", "c", { region: "eu-west-1" })], config), [
                { urn: tokyo.urn, message: OUTSIDE("ap-northeast-1") },
                { urn: bucket.urn, message: OUTSIDE("sa-east-1") },
            ]);
        });
        it("checks nothing by default, and skips unknown or absent regions", () => {
            assert.deepStrictEqual(regions.check([provider("tokyo", "ap-northeast-1")]), []);
            assert.deepStrictEqual(regions.check([provider("x", UNKNOWN), res("aws:s3/bucket:Bucket", "b", {})], config), []);
        });
    });
});
