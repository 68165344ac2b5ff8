/** iam-no-wildcard-admin-policy (policy/policies/iam/iam-no-wildcard-admin-policy.ts). */
import * as assert from "assert";
import { UNKNOWN } from "../../../../policy/lib";
import { GROUP_POLICY, PERMISSION_SET_INLINE_POLICY, POLICY, ROLE, ROLE_POLICY, USER_POLICY, checkDocuments, definition, definition as wildcardAdmin } from "../../../../policy/policies/iam/iam-no-wildcard-admin-policy";
import { Props, adminStatement, happy, readOnlyDocument } from "../../factories";
import { SENTINEL, allow, policyJson, withPolicy } from "../../samples";
import { checkEach } from "../../tables";

const admin = (where: string, action = "*", resource = "*") =>
    `${where} allows Action ${JSON.stringify(action)} on Resource ${JSON.stringify(resource)} (CIS 1.16): ` +
    "that is full administrator access; allow only the actions and resources the principal needs";
const notAction = (where: string) =>
    `${where} allows NotAction on Resource "*" (CIS 1.16): ` +
    "allowing every action except a few is effectively full administrator access; list the allowed actions in Action instead";
const doc = (...statements: unknown[]) => ({ Version: "2012-10-17", Statement: statements });

describe("policy iam-no-wildcard-admin-policy", () => {
    describe("policy documents (aws:iam/policy:Policy `policy`)", () => {
        const cases: Array<[string, unknown, string[]]> = [
            ["read-only document (JSON string)", JSON.stringify(readOnlyDocument()), []],
            ["read-only document (object)", readOnlyDocument(), []],
            ["Allow * on * (JSON string)", JSON.stringify(doc(adminStatement())), [admin("policy.Statement[0]")]],
            ["Allow * on * (object)", doc(adminStatement()), [admin("policy.Statement[0]")]],
            ["single statement, not a list", { Version: "2012-10-17", Statement: adminStatement({ Sid: "Admin" }) }, [admin('policy.Statement[0] (Sid "Admin")')]],
            ["named by Sid and index", doc({ Sid: "Ok", Effect: "Allow", Action: "s3:GetObject", Resource: "*" }, adminStatement({ Sid: "Admin" })), [admin('policy.Statement[1] (Sid "Admin")')]],
            ['Action "*:*"', doc(adminStatement({ Action: "*:*" })), [admin("policy.Statement[0]", "*:*")]],
            ['"*" inside an Action list', doc(adminStatement({ Action: ["s3:GetObject", "*"] })), [admin("policy.Statement[0]")]],
            ['"*" inside a Resource list', doc(adminStatement({ Resource: ["arn:aws:s3:::a", "*"] })), [admin("policy.Statement[0]")]],
            ['Effect "allow" (lower case)', doc(adminStatement({ Effect: "allow" })), [admin("policy.Statement[0]")]],
            ["with a Condition: still admin", doc(adminStatement({ Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } })), [admin("policy.Statement[0]")]],
            ["two admin statements: two messages", doc(adminStatement(), adminStatement({ Sid: "Again" })), [admin("policy.Statement[0]"), admin('policy.Statement[1] (Sid "Again")')]],
            ["Deny * on *", doc(adminStatement({ Effect: "Deny" })), []],
            ["Allow * on one bucket (iam-no-wildcard-actions' advisory)", doc(adminStatement({ Resource: "arn:aws:s3:::acme-assets/*" })), []],
            ['Allow * on "arn:*", which every ARN matches', doc(adminStatement({ Resource: "arn:*" })), [admin("policy.Statement[0]", "*", "arn:*")]],
            ['Allow * on "arn:aws:*:*:*:*"', doc(adminStatement({ Resource: ["arn:aws:s3:::x", "arn:aws:*:*:*:*"] })), [admin("policy.Statement[0]", "*", "arn:aws:*:*:*:*")]],
            ["Allow * on every IAM role only: not every resource", doc(adminStatement({ Resource: "arn:aws:iam::*:role/*" })), []],
            ['Allow "s3:*" on *', doc(adminStatement({ Action: "s3:*" })), []],
            ["Allow * with NotResource (not flagged)", doc({ Effect: "Allow", Action: "*", NotResource: "arn:aws:s3:::x" }), []],
            ["Allow NotAction on *", doc({ Sid: "AllButIam", Effect: "Allow", NotAction: ["iam:*", "organizations:*"], Resource: "*" }), [notAction('policy.Statement[0] (Sid "AllButIam")')]],
            ["Allow NotAction (single string) on *", doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }), [notAction("policy.Statement[0]")]],
            ['Allow NotAction "*" (allows nothing)', doc({ Effect: "Allow", NotAction: "*", Resource: "*" }), []],
            ["Allow NotAction on one resource", doc({ Effect: "Allow", NotAction: "iam:*", Resource: "arn:aws:s3:::x" }), []],
            ["Deny NotAction on * (a guardrail)", doc({ Effect: "Deny", NotAction: "iam:*", Resource: "*" }), []],
            // unknowns: skip exactly what they hide
            ["document unknown", UNKNOWN, []],
            ["Statement unknown", { Version: "2012-10-17", Statement: UNKNOWN }, []],
            ["Effect unknown", doc(adminStatement({ Effect: UNKNOWN })), []],
            ["Resource unknown", doc(adminStatement({ Resource: UNKNOWN })), []],
            ['Action list with an unknown and "*": still admin', doc(adminStatement({ Action: [UNKNOWN, "*"] })), [admin("policy.Statement[0]")]],
            ["Action list with only an unknown", doc(adminStatement({ Action: [UNKNOWN] })), []],
            ["NotAction with an unknown element", doc({ Effect: "Allow", NotAction: ["iam:*", UNKNOWN], Resource: "*" }), []],
            ["unknown sentinel inside a JSON string", JSON.stringify(doc(adminStatement({ Resource: SENTINEL }))), []],
            ["one unknown statement, one admin statement", doc(adminStatement({ Effect: UNKNOWN }), adminStatement()), [admin("policy.Statement[1]")]],
            // odd input: never throws
            ["not JSON", "{ Statement: [", []],
            ["empty string", "", []],
            ["JSON array", "[]", []],
            ["JSON null", "null", []],
            ["a number", 42, []],
            ["no Statement", { Version: "2012-10-17" }, []],
            ["null and string statements are skipped, indexes kept", doc(null, "oops", adminStatement()), [admin("policy.Statement[2]")]],
            ["Action a number", doc(adminStatement({ Action: 42 })), []],
            ["Sid empty or not a string: index only", doc(adminStatement({ Sid: "" }), adminStatement({ Sid: 7 })), [admin("policy.Statement[0]"), admin("policy.Statement[1]")]],
        ];
        for (const [title, policy, expected] of cases) {
            it(title, () => {
                assert.deepStrictEqual(checkDocuments(POLICY)({ ...happy[POLICY](), policy }), expected);
            });
        }
    });

    describe("aws:iam/role:Role `inlinePolicies[].policy`", () => {
        const cases: Array<[string, Props, string[]]> = [
            ["read-only inline policy", {}, []],
            [
                "admin in the second inline policy",
                { inlinePolicies: [{ name: "ok", policy: JSON.stringify(readOnlyDocument()) }, { name: "admin", policy: JSON.stringify(doc(adminStatement())) }] },
                [admin("inlinePolicies[1].policy.Statement[0]")],
            ],
            ["a single inline policy object, not a list", { inlinePolicies: { name: "admin", policy: doc(adminStatement()) } }, [admin("inlinePolicies[0].policy.Statement[0]")]],
            ["inlinePolicies unknown", { inlinePolicies: UNKNOWN }, []],
            ["one inline policy unknown", { inlinePolicies: [UNKNOWN, { name: "admin", policy: doc(adminStatement()) }] }, [admin("inlinePolicies[1].policy.Statement[0]")]],
            ["inline policy document unknown", { inlinePolicies: [{ name: "x", policy: UNKNOWN }] }, []],
            ["empty inline policy entry (v7 uses it to remove inline policies)", { inlinePolicies: [{}] }, []],
            ["no inlinePolicies", { inlinePolicies: undefined }, []],
            [
                "the trust policy is not a permissions policy: not checked",
                { assumeRolePolicy: JSON.stringify(doc(adminStatement())), inlinePolicies: [] },
                [],
            ],
        ];
        for (const [title, change, expected] of cases) {
            it(title, () => {
                assert.deepStrictEqual(checkDocuments(ROLE)({ ...happy[ROLE](), ...change }), expected);
            });
        }
    });

    describe("aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy `inlinePolicy`", () => {
        it("read-only", () => {
            assert.deepStrictEqual(checkDocuments(PERMISSION_SET_INLINE_POLICY)(happy[PERMISSION_SET_INLINE_POLICY]()), []);
        });
        it("admin", () => {
            assert.deepStrictEqual(
                checkDocuments(PERMISSION_SET_INLINE_POLICY)({ ...happy[PERMISSION_SET_INLINE_POLICY](), inlinePolicy: JSON.stringify(doc(adminStatement({ Sid: "All" }))) }),
                [admin('inlinePolicy.Statement[0] (Sid "All")')],
            );
        });
        it("unknown", () => {
            assert.deepStrictEqual(checkDocuments(PERMISSION_SET_INLINE_POLICY)({ ...happy[PERMISSION_SET_INLINE_POLICY](), inlinePolicy: UNKNOWN }), []);
        });
    });

    it("checks every IAM policy resource type", () => {
        const adminDoc = JSON.stringify(doc(adminStatement()));
        const cases: Array<[string, Props, string]> = [
            [POLICY, { policy: adminDoc }, "policy"],
            [ROLE_POLICY, { policy: adminDoc }, "policy"],
            [USER_POLICY, { policy: adminDoc }, "policy"],
            [GROUP_POLICY, { policy: adminDoc }, "policy"],
            [ROLE, { inlinePolicies: [{ name: "a", policy: adminDoc }] }, "inlinePolicies[0].policy"],
            [PERMISSION_SET_INLINE_POLICY, { inlinePolicy: adminDoc }, "inlinePolicy"],
        ];
        assert.deepStrictEqual([...definition.metadata.resourceTypes].sort(), cases.map(([t]) => t).sort());
        for (const [type, change, path] of cases) {
            assert.deepStrictEqual(definition.check(type, { ...happy[type](), ...change }), [admin(`${path}.Statement[0]`)], type);
            assert.deepStrictEqual(definition.check(type, happy[type]()), [], type);
        }
    });
});

const POLICY_TYPE = "aws:iam/policy:Policy";
const ROLE_TYPE = "aws:iam/role:Role";

describe("policy iam-no-wildcard-admin-policy: resource patterns that cover everything, and the break-glass exemption", () => {
    const ADMIN = (where: string, resource: string) => `${where} allows Action "*" on Resource ${JSON.stringify(resource)} (CIS 1.16): ` +
        "that is full administrator access; allow only the actions and resources the principal needs";
    checkEach(wildcardAdmin, POLICY_TYPE, [
        ['Resource "arn:*:*:*:*:*"', withPolicy(POLICY_TYPE, policyJson(allow("*", "arn:*:*:*:*:*"))), [ADMIN("policy.Statement[0]", "arn:*:*:*:*:*")]],
        ["checkov CKV_AWS_62 fail1: * in lists", withPolicy(POLICY_TYPE, policyJson(allow(["*"], ["*"]))), [ADMIN("policy.Statement[0]", "*")]],
        ["checkov pass2: Deny * on *", withPolicy(POLICY_TYPE, policyJson({ Effect: "Deny", Action: "*", Resource: "*" })), []],
    ]);
    it("a break-glass role is exempted by name, with a justification", () => {
        const props = { ...happy[ROLE_TYPE]!(), inlinePolicies: [{ name: "all", policy: policyJson(allow("*")) }] };
        const exemptions = [{ match: "break-glass-*", justification: "sealed credentials, alarms on every use (docs/runbooks/break-glass.md)" }];
        assert.deepStrictEqual(wildcardAdmin.check(ROLE_TYPE, props, { exemptions }, "break-glass-admin"), []);
        assert.deepStrictEqual(wildcardAdmin.check(ROLE_TYPE, props, { exemptions }, "app"), [ADMIN("inlinePolicies[0].policy.Statement[0]", "*")]);
    });
});
