/** S3 data settings (issue 22): inline versioning of s3.Bucket, replication of critical buckets (stack); checkov's cases. */
import * as assert from "assert";
import { StackResource, UNKNOWN } from "../../../policy/lib";
import { definition as replication } from "../../../policy/policies/s3/s3-bucket-replication-critical";
import { definition as versioning } from "../../../policy/policies/s3/s3-bucket-versioning-enabled";
import { happy } from "../factories";

const BUCKET = "aws:s3/bucket:Bucket";

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
        it(title, () => assert.deepStrictEqual(versioning.check(BUCKET, { ...happy[BUCKET]!(), versioning: inline }), expected));
    }
    it("checkov S3Versioning-style inputs: a versioning resource with Suspended is flagged (advisory), Enabled is not", () => {
        assert.strictEqual(versioning.check("aws:s3/bucketVersioning:BucketVersioning", { bucket: "b", versioningConfiguration: { status: "Suspended" } }).length, 1);
        assert.deepStrictEqual(versioning.check("aws:s3/bucketVersioning:BucketVersioning", { bucket: "b", versioningConfiguration: { status: "Enabled" } }), []);
    });
});

describe("policy s3-bucket-replication-critical (stack)", () => {
    const res = (type: string, name: string, props: Record<string, unknown> = {}, dependencies: string[] = []): StackResource => ({
        urn: `urn:pulumi:prod::app::${type}::${name}`, type, name, props, dependencies,
    });
    const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
    const MISSING = "no s3.BucketReplicationConfig with an enabled rule replicates this critical bucket (foundation nothing-lost, Security Hub S3.7): its objects " +
        "live in one Region and one account, and versioning does not survive losing either; replicate it to another Region or a backup account";
    const critical = res(BUCKET, "ledger", { bucket: "acme-ledger", tags: { criticality: "Critical" } });
    const rule = (status: unknown) => ({ id: "all", status, destination: { bucket: "arn:aws:s3:::acme-ledger-replica" } });

    it("reports a critical bucket without replication, on the bucket; other buckets are not this policy's business", () => {
        assert.deepStrictEqual(replication.check([critical, res(BUCKET, "assets", { bucket: "acme-assets" })]), [{ urn: critical.urn, message: MISSING }]);
    });
    it("an enabled rule (companion by dependency or by name, or the inline form) replicates it; a disabled one does not", () => {
        assert.deepStrictEqual(replication.check([critical, res(REPLICATION, "r", { bucket: UNKNOWN, role: "arn:aws:iam::111111111111:role/r", rules: [rule("Enabled")] }, [critical.urn])]), []);
        assert.deepStrictEqual(replication.check([critical, res(REPLICATION, "r", { bucket: "acme-ledger", rules: [rule("Disabled"), rule("Enabled")] })]), []);
        assert.deepStrictEqual(replication.check([critical, res(REPLICATION, "r", { bucket: "acme-ledger", rules: [rule("Disabled")] })]), [{ urn: critical.urn, message: MISSING }]);
        assert.deepStrictEqual(replication.check([{ ...critical, props: { ...critical.props, replicationConfiguration: { role: "r", rules: [rule("Enabled")] } } }]), []);
        assert.deepStrictEqual(replication.check([critical, res(REPLICATION, "r", { bucket: "acme-ledger", rules: [rule(UNKNOWN)] })]), []);
        assert.deepStrictEqual(replication.check([critical, res(REPLICATION, "r", { bucket: "acme-ledger", rules: UNKNOWN })]), []);
    });
    it("which buckets are critical is configured: tag key and values, name patterns", () => {
        const config = { criticalTagKey: "backup", criticalTagValues: ["replicate"], criticalBuckets: ["acme-*-records", "invoices"] };
        const tagged = res(BUCKET, "a", { bucket: "a", tags: { backup: "replicate" } });
        const named = res(BUCKET, "b", { bucket: "acme-tax-records" });
        const byResourceName = res(BUCKET, "invoices", { bucket: UNKNOWN });
        const other = res(BUCKET, "c", { bucket: "acme.records" });
        assert.deepStrictEqual(replication.check([critical, tagged, named, byResourceName, other], config).map((v) => v.urn), [tagged.urn, named.urn, byResourceName.urn]);
    });
});
