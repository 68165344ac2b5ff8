/**
 * KMS key policies (aws:kms/key `policy`, aws:kms/keyPolicy) with a public principal in every shape
 * IAM reads, through resource-policy-not-public (FSBP KMS.5); checkov CKV_AWS_33's cases converted.
 */
import * as assert from "assert";
import { definition } from "../../../policy/policies/cross-service/resource-policy-not-public";
import { happy } from "../factories";

const KEY = "aws:kms/key:Key";
const KEY_POLICY = "aws:kms/keyPolicy:KeyPolicy";
const SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const PUBLIC = (statement: string) =>
    `policy.${statement} allows everyone ("*") with no condition that limits it to your accounts, organization, sources or networks (FSBP KMS.5): ` +
    "any AWS account can use the key as the statement allows; name the principals, or add a condition such as aws:PrincipalOrgID or aws:SourceArn";
const account = { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" };
const statement = (Principal: unknown, extra: Record<string, unknown> = {}) => ({ Effect: "Allow", Principal, Action: "kms:*", Resource: "*", ...extra });
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });

describe("policy resource-policy-not-public: KMS key policies", () => {
    const cases: Array<[string, string, string[]]> = [
        // checkov CKV_AWS_33 (KMSKeyWildcardPrincipal) failing cases
        ['fail_0: { AWS: "*" } next to the account', doc(account, statement({ AWS: "*" })), [PUBLIC("Statement[1]")]],
        // fail_1 and fail_3 (Principal ["foo", "*"], a bare list) are not read: IAM accepts only a string or an object there, so KMS refuses the
        // document (MalformedPolicyDocument) and the key is never created with it.
        ['fail_1: Principal ["foo", "*"] (a bare list, which KMS refuses)', doc(statement(["foo", "*"])), []],
        ['fail_2: Principal "*"', doc(statement("*")), [PUBLIC("Statement[0]")]],
        ['fail_4: { AWS: [account, "*"] }', doc(account, statement({ AWS: ["arn:aws:iam::111122223333:root", "*"] })), [PUBLIC("Statement[1]")]],
        // other shapes IAM reads as everyone
        ['{ AWS: "arn:aws:iam::*:root" }', doc(statement({ AWS: "arn:aws:iam::*:root" })), [PUBLIC("Statement[0]")]],
        ['{ AWS: " * " } with spaces', doc(statement({ AWS: " * " })), [PUBLIC("Statement[0]")]],
        ["NotPrincipal: everyone but the account", doc({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:Decrypt", Resource: "*" }),
            [PUBLIC("Statement[0]")]],
        ['"*" limited by kms:CallerAccount "*"', doc(statement("*", { Condition: { StringLike: { "kms:CallerAccount": "*" } } })), [PUBLIC("Statement[0]")]],
        ['"*" limited by kms:CallerAccount with IfExists (absent for most requests)', doc(statement("*", { Condition: { StringEqualsIfExists: { "kms:CallerAccount": "111122223333" } } })),
            [PUBLIC("Statement[0]")]],
        // checkov passing cases
        ["pass_0: the account root", doc(account), []],
        ['pass_1: Deny { AWS: "*" }', doc({ ...statement({ AWS: "*" }), Effect: "Deny" }), []],
        ['pass_2: Principal "foo"', doc(statement("foo")), []],
        ['pass_3: Principal ["foo", "bar"]', doc(statement(["foo", "bar"])), []],
        ['pass_4: "*" limited to the account (kms:CallerAccount)', doc({ ...account, Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } },
            statement({ AWS: "*" }, { Condition: { StringEquals: { "kms:CallerAccount": "111122223333" } } })), []],
        // unknowns at preview
        ["the account id unknown", doc(statement({ AWS: "*" }, { Condition: { StringEquals: { "kms:CallerAccount": SENTINEL } } })), []],
        ["a principal unknown", doc(statement({ AWS: [SENTINEL] })), []],
    ];
    for (const [title, policy, expected] of cases) {
        it(`aws:kms/key ${title}`, () => assert.deepStrictEqual(definition.check(KEY, { ...happy[KEY]!(), policy }), expected));
        it(`aws:kms/keyPolicy ${title}`, () => assert.deepStrictEqual(definition.check(KEY_POLICY, { ...happy[KEY_POLICY]!(), policy }), expected));
    }

    it("reads the policy of replica and external keys too", () => {
        for (const type of ["aws:kms/replicaKey:ReplicaKey", "aws:kms/externalKey:ExternalKey", "aws:kms/replicaExternalKey:ReplicaExternalKey"]) {
            assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), policy: doc(account, statement({ AWS: "*" })) }), [PUBLIC("Statement[1]")], type);
            assert.deepStrictEqual(definition.check(type, happy[type]!()), [], type);
        }
    });

    it("reads a policy given as an object as well as JSON text", () => {
        assert.deepStrictEqual(definition.check(KEY_POLICY, { keyId: "k", policy: { Statement: statement("*") } }), [PUBLIC("Statement[0]")]);
    });
});
