/** policy/policies/cognito/: cognito-identity-pool-no-guest-access, cognito-user-pool-mfa. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as guest } from "../../../policy/policies/cognito/cognito-identity-pool-no-guest-access";
import { definition as mfa } from "../../../policy/policies/cognito/cognito-user-pool-mfa";
import { happy } from "../factories";

const T = "aws:cognito/identityPool:IdentityPool";
const GUEST = "allowUnauthenticatedIdentities should not be true (FSBP Cognito.2): anyone on the internet gets AWS credentials for the pool's unauthenticated role; " +
    "keep that role's permissions minimal, or exempt the pool if guest access is its purpose";

describe("policy cognito-identity-pool-no-guest-access", () => {
    it("authenticated identities only pass", () => assert.deepStrictEqual(guest.check(T, happy[T]!()), []));
    it("guest access is reported", () => assert.deepStrictEqual(guest.check(T, { ...happy[T]!(), allowUnauthenticatedIdentities: "true" }), [GUEST]));
    it("left out (false) or unknown passes", () => {
        assert.deepStrictEqual(guest.check(T, { identityPoolName: "p" }), []);
        assert.deepStrictEqual(guest.check(T, { identityPoolName: "p", allowUnauthenticatedIdentities: UNKNOWN }), []);
    });
    it("a pool that must allow guests is exempted by name", () => {
        assert.deepStrictEqual(guest.check(T, { identityPoolName: "kiosk", allowUnauthenticatedIdentities: true },
            { exemptions: [{ match: "kiosk", justification: "the kiosk app reads public content before sign-in" }] }, "kiosk"), []);
    });
    it("checkov CKV_AWS_366: true is flagged, false is not", () => {
        assert.deepStrictEqual(guest.check(T, { identityPoolName: "pass", allowUnauthenticatedIdentities: false }), []);
        assert.deepStrictEqual(guest.check(T, { identityPoolName: "fail", allowUnauthenticatedIdentities: true }), [GUEST]);
    });
});

describe("policy cognito-user-pool-mfa", () => {
    it("user pool MFA", () => {
        const T = "aws:cognito/userPool:UserPool";
        assert.deepStrictEqual(mfa.check(T, happy[T]!()), []);
        assert.deepStrictEqual(mfa.check(T, { name: "p" }), ['mfaConfiguration must be "ON" or "OPTIONAL" (foundation mfa), got not set (OFF): ' +
            "a stolen or guessed password is all it takes to sign in as a user"]);
        assert.deepStrictEqual(mfa.check(T, { name: "p", mfaConfiguration: UNKNOWN }), []);
    });
});
