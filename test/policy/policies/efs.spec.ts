/** policy/policies/efs/: efs-access-point-enforced, efs-encrypted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as accessPoint } from "../../../policy/policies/efs/efs-access-point-enforced";
import { definition as encrypted, definition as efs } from "../../../policy/policies/efs/efs-encrypted";
import { Props, happy } from "../factories";

const AP = "aws:efs/accessPoint:AccessPoint";
const FS = "aws:efs/fileSystem:FileSystem";
const ROOT = (got: string) => `rootDirectory.path should name a directory other than "/" (FSBP EFS.3), got ${got}: clients of the access point see the whole file system instead of their own directory`;
const USER = "posixUser should be set (FSBP EFS.4): without it clients act with whatever user and group ids they claim, root included";
const UNENCRYPTED = (got: string) => `encrypted must be true (CIS 2.4.1, FSBP EFS.1), got ${got}: the files would be stored unencrypted, and a file system cannot be encrypted after it is created`;

describe("policy efs-access-point-enforced", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["its own directory and user", {}, []],
        ['the root "/"', { rootDirectory: { path: "/" } }, [ROOT('"/"')]],
        ["no root directory", { rootDirectory: undefined }, [ROOT('not set ("/")')]],
        ["no POSIX user", { posixUser: undefined }, [USER]],
        ["path unknown", { rootDirectory: { path: UNKNOWN } }, []],
        ["user unknown", { posixUser: UNKNOWN }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(accessPoint.check(AP, { ...happy[AP]!(), ...change }), expected));
    }
});

describe("checkov's EFS cases, as @pulumi/aws inputs", () => {
    it("CKV_AWS_329 root directory and CKV_AWS_330 user identity", () => {
        const fs = { fileSystemId: "fs-0123456789abcdef0" };
        assert.deepStrictEqual(accessPoint.check(AP, { ...fs, rootDirectory: { path: "/data" }, posixUser: { gid: 0, uid: 0 } }), []);
        assert.deepStrictEqual(accessPoint.check(AP, { ...fs, rootDirectory: { path: "/data" } }), [USER]);
        assert.deepStrictEqual(accessPoint.check(AP, { ...fs, rootDirectory: { path: "/" }, posixUser: { gid: 0, uid: 0 } }), [ROOT('"/"')]);
        assert.deepStrictEqual(accessPoint.check(AP, fs), [ROOT('not set ("/")'), USER]);
    });
    it("CKV_AWS_42 encryption: true passes; false and the default are blocked", () => {
        assert.deepStrictEqual(encrypted.check(FS, { creationToken: "my-product", encrypted: true }), []);
        assert.deepStrictEqual(encrypted.check(FS, { creationToken: "my-product", encrypted: false }), [UNENCRYPTED("false")]);
        assert.deepStrictEqual(encrypted.check(FS, { creationToken: "my-product" }), [UNENCRYPTED("not set (the API's default is unencrypted)")]);
    });
});

describe("policy efs-encrypted", () => {
    const message = (got: string) => `encrypted must be true (CIS 2.4.1, FSBP EFS.1), got ${got}: ` +
        "the files would be stored unencrypted, and a file system cannot be encrypted after it is created";
    it("encrypted", () => assert.deepStrictEqual(efs.check(FS, happy[FS]!()), []));
    it("not set", () => assert.deepStrictEqual(efs.check(FS, { ...happy[FS]!(), encrypted: undefined }), [message("not set (the API's default is unencrypted)")]));
    it("false", () => assert.deepStrictEqual(efs.check(FS, { ...happy[FS]!(), encrypted: false }), [message("false")]));
    it("unknown", () => assert.deepStrictEqual(efs.check(FS, { ...happy[FS]!(), encrypted: UNKNOWN }), []));
});
