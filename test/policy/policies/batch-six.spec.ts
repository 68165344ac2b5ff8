/** cloudfront-default-root-object, ec2-transit-gateway-no-auto-accept, secretsmanager-secret-recoverable, cognito-user-pool-mfa, kms-key-enabled. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as rootObject } from "../../../policy/policies/cloudfront/cloudfront-default-root-object";
import { definition as mfa } from "../../../policy/policies/cognito/cognito-user-pool-mfa";
import { definition as transit } from "../../../policy/policies/ec2transitgateway/ec2-transit-gateway-no-auto-accept";
import { definition as keyEnabled } from "../../../policy/policies/kms/kms-key-enabled";
import { definition as recoverable } from "../../../policy/policies/secretsmanager/secretsmanager-secret-recoverable";
import { happy } from "../factories";

describe("policy cloudfront-default-root-object", () => {
    const T = "aws:cloudfront/distribution:Distribution";
    const MISSING = 'defaultRootObject must name the object served for "/", e.g. "index.html" (Security Hub CloudFront.1): without it a request for the root ' +
        "is passed to the bucket, which may list or expose more than intended";
    it("an S3 origin with a root object passes; without one it is reported", () => {
        assert.deepStrictEqual(rootObject.check(T, happy[T]!()), []);
        assert.deepStrictEqual(rootObject.check(T, { ...happy[T]!(), defaultRootObject: undefined }), [MISSING]);
        assert.deepStrictEqual(rootObject.check(T, { ...happy[T]!(), defaultRootObject: "" }), [MISSING]);
    });
    it("custom origins only, or unknown values, are not checked", () => {
        assert.deepStrictEqual(rootObject.check(T, { origins: [{ originId: "api", domainName: "api.example.com" }] }), []);
        assert.deepStrictEqual(rootObject.check(T, { ...happy[T]!(), defaultRootObject: UNKNOWN }), []);
        assert.deepStrictEqual(rootObject.check(T, { origins: UNKNOWN }), []);
    });
});

describe("policies ec2-transit-gateway-no-auto-accept, secretsmanager-secret-recoverable, cognito-user-pool-mfa, kms-key-enabled", () => {
    it("transit gateway auto-accept", () => {
        const T = "aws:ec2transitgateway/transitGateway:TransitGateway";
        assert.deepStrictEqual(transit.check(T, happy[T]!()), []);
        assert.deepStrictEqual(transit.check(T, { autoAcceptSharedAttachments: "enable" }),
            ['autoAcceptSharedAttachments must be "disable" (FSBP EC2.23): any account the gateway is shared with can attach its VPC to your network without review']);
    });
    it("secret recovery window", () => {
        const T = "aws:secretsmanager/secret:Secret";
        assert.deepStrictEqual(recoverable.check(T, happy[T]!()), []);
        assert.deepStrictEqual(recoverable.check(T, { ...happy[T]!(), recoveryWindowInDays: 0 }), ["recoveryWindowInDays must not be 0 (foundation nothing-lost): deleting " +
            "the resource deletes the secret at once, with no way to restore it; keep the default 30 days (7 at least)"]);
        assert.deepStrictEqual(recoverable.remediate(T, { name: "s", recoveryWindowInDays: 0 }), { name: "s", recoveryWindowInDays: 30 });
    });
    it("user pool MFA", () => {
        const T = "aws:cognito/userPool:UserPool";
        assert.deepStrictEqual(mfa.check(T, happy[T]!()), []);
        assert.deepStrictEqual(mfa.check(T, { name: "p" }), ['mfaConfiguration must be "ON" or "OPTIONAL" (foundation mfa), got not set (OFF): ' +
            "a stolen or guessed password is all it takes to sign in as a user"]);
        assert.deepStrictEqual(mfa.check(T, { name: "p", mfaConfiguration: UNKNOWN }), []);
    });
    it("disabled key", () => {
        assert.deepStrictEqual(keyEnabled.check("aws:kms/key:Key", { ...happy["aws:kms/key:Key"]!(), isEnabled: false }),
            ["isEnabled must not be false (foundation nothing-lost): every object, log and backup the key encrypts becomes unreadable until it is enabled again"]);
    });
});
