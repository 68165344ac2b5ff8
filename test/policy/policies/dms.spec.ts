/** policy/policies/dms/: dms-hardened, dms-replication-instance-not-public. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as hardened } from "../../../policy/policies/dms/dms-hardened";
import { definition as notPublic } from "../../../policy/policies/dms/dms-replication-instance-not-public";
import { Props, happy } from "../factories";

const INSTANCE = "aws:dms/replicationInstance:ReplicationInstance";
const ENDPOINT = "aws:dms/endpoint:Endpoint";
const PUBLIC = "publiclyAccessible must not be true (FSBP DMS.1): the instance that holds credentials for both databases gets a public address";
const UPGRADE = (got: string) => `autoMinorVersionUpgrade should be true (FSBP DMS.6), got ${got}: minor engine versions carry the security fixes`;
const SSL = (got: string) => `sslMode should be "verify-full" or "require" (FSBP DMS.9), got ${got}: the data being migrated and the database credentials would cross the network unencrypted`;

describe("policy dms-replication-instance-not-public", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["private", {}, []],
        ["public", { publiclyAccessible: true }, [PUBLIC]],
        ["left out: @pulumi/aws sends false", { publiclyAccessible: undefined }, []],
        ["unknown", { publiclyAccessible: UNKNOWN }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(notPublic.check(INSTANCE, { ...happy[INSTANCE]!(), ...change }), expected));
    }
    it("checkov CKV_AWS_89: the public instance is blocked; the private one and the one that leaves it out are not", () => {
        const base = { engineVersion: "3.1.4", multiAz: false, replicationInstanceClass: "dms.t2.micro", replicationInstanceId: "test-dms-replication-instance-tf" };
        assert.deepStrictEqual(notPublic.check(INSTANCE, { ...base, publiclyAccessible: true }), [PUBLIC]);
        assert.deepStrictEqual(notPublic.check(INSTANCE, { ...base, publiclyAccessible: false }), []);
        assert.deepStrictEqual(notPublic.check(INSTANCE, base), []);
    });
});

describe("policy dms-hardened", () => {
    const cases: Array<[string, string, Props, string[]]> = [
        ["upgrades on", INSTANCE, {}, []],
        ["upgrades off", INSTANCE, { autoMinorVersionUpgrade: false }, [UPGRADE("false")]],
        ["upgrades left out (@pulumi/aws sends false)", INSTANCE, { autoMinorVersionUpgrade: undefined }, [UPGRADE("not set (false)")]],
        ["upgrades unknown", INSTANCE, { autoMinorVersionUpgrade: UNKNOWN }, []],
        ["a PostgreSQL endpoint with verify-full", ENDPOINT, {}, []],
        ["a PostgreSQL endpoint with require", ENDPOINT, { sslMode: "require" }, []],
        ["a PostgreSQL endpoint without SSL", ENDPOINT, { sslMode: "none" }, [SSL('"none"')]],
        ["a MySQL endpoint leaving SSL out", ENDPOINT, { engineName: "mysql", sslMode: undefined }, [SSL('not set ("none")')]],
        ["an S3 target has no SSL mode", ENDPOINT, { engineName: "s3", sslMode: undefined }, []],
        ["SSL mode unknown", ENDPOINT, { sslMode: UNKNOWN }, []],
        ["engine unknown", ENDPOINT, { engineName: UNKNOWN, sslMode: "none" }, []],
    ];
    for (const [title, type, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(hardened.check(type, { ...happy[type]!(), ...change }), expected));
    }
    it("checkov CKV_AWS_222 (minor upgrades): true passes, false and left out are flagged", () => {
        const base = { replicationInstanceClass: "dms.t2.micro", replicationInstanceId: "test" };
        assert.deepStrictEqual(hardened.check(INSTANCE, { ...base, autoMinorVersionUpgrade: true }), []);
        assert.deepStrictEqual(hardened.check(INSTANCE, { ...base, autoMinorVersionUpgrade: false }), [UPGRADE("false")]);
        assert.deepStrictEqual(hardened.check(INSTANCE, base), [UPGRADE("not set (false)")]);
    });
});

describe("policy dms-replication-instance-not-public", () => {
    it("a public replication instance is reported; unset is private (@pulumi/aws sends false)", () => {
        const T = "aws:dms/replicationInstance:ReplicationInstance";
        assert.deepStrictEqual(notPublic.check(T, happy[T]!()), []);
        assert.deepStrictEqual(notPublic.check(T, { ...happy[T]!(), publiclyAccessible: undefined }), []);
        assert.deepStrictEqual(notPublic.check(T, { ...happy[T]!(), publiclyAccessible: "true" }), ["publiclyAccessible must not be true (FSBP DMS.1): " +
            "the instance that holds credentials for both databases gets a public address"]);
        assert.deepStrictEqual(notPublic.check(T, { ...happy[T]!(), publiclyAccessible: UNKNOWN }), []);
    });
});
