/** policy/policies/ssm/: ssm-document-not-public, ssm-parameter-secrets-encrypted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as document } from "../../../policy/policies/ssm/ssm-document-not-public";
import { definition as parameter } from "../../../policy/policies/ssm/ssm-parameter-secrets-encrypted";
import { Props, happy } from "../factories";

const T = "aws:ssm/document:Document";
const PUBLIC = (key: string) => `permissions.${key} must not be "All" (FSBP SSM.4): the document becomes public, and anyone can read and run it, with whatever names, ` +
    "scripts and parameters it contains; list the account ids to share it with";

describe("policy ssm-document-not-public", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["shared with one account", {}, []],
        ["not shared", { permissions: undefined }, []],
        ["shared with All", { permissions: { type: "Share", account_ids: "All" } }, [PUBLIC("account_ids")]],
        ["all, among accounts, in lower case", { permissions: { type: "Share", account_ids: "222222222222, all" } }, [PUBLIC("account_ids")]],
        ["the camel-case key", { permissions: { type: "Share", accountIds: "All" } }, [PUBLIC("accountIds")]],
        ["accounts unknown", { permissions: { type: "Share", account_ids: UNKNOWN } }, []],
        ["permissions unknown", { permissions: UNKNOWN }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(document.check(T, { ...happy[T]!(), ...change }), expected));
    }
    it("checkov CKV_AWS_303: private and shared-with-an-account pass; shared with All is blocked", () => {
        const base = { name: "test_document", documentType: "Command", content: JSON.stringify({ schemaVersion: "1.2", description: "Check ip configuration of a Linux instance." }) };
        assert.deepStrictEqual(document.check(T, base), []);
        assert.deepStrictEqual(document.check(T, { ...base, permissions: { type: "Share", account_ids: "680235478471" } }), []);
        assert.deepStrictEqual(document.check(T, { ...base, permissions: { type: "Share", account_ids: "All" } }), [PUBLIC("account_ids")]);
    });
});

describe("policy ssm-parameter-secrets-encrypted: secrets by name", () => {
    const P = "aws:ssm/parameter:Parameter";
    const BY_NAME = (name: string, type: string) => `type must be "SecureString" for parameter "${name}", a secret by its name, got "${type}" (foundation no-keys): ` +
        "a String parameter is stored and shown unencrypted to anyone who can read parameters";
    const cases: Array<[string, Props, string[]]> = [
        ["a password written out in a String parameter", { name: "/app/db-password", type: "String", value: "hunter2-but-longer" }, [BY_NAME("/app/db-password", "String")]],
        ["an API key in a StringList", { name: "/myapp/production/stripe-api-key", type: "StringList", value: "abc123def456,ghi789" },
            [BY_NAME("/myapp/production/stripe-api-key", "StringList")]],
        ["the same as a SecureString", { name: "/app/db-password", type: "SecureString", value: "hunter2-but-longer" }, []],
        ["a name that points at the secret (an ARN)", { name: "/app/db-password-arn", type: "String", value: "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf" }, []],
        ["a secret name holding a placeholder", { name: "/app/db-password", type: "String", value: "TODO" }, []],
        ["an ordinary name", { name: "/app/region", type: "String", value: "us-east-1" }, []],
        ["the name not known yet", { name: UNKNOWN, type: "String", value: "hunter2-but-longer" }, []],
    ];
    for (const [title, props, expected] of cases) it(title, () => assert.deepStrictEqual(parameter.check(P, props), expected));
    it("remediation makes it a SecureString", () => {
        assert.deepStrictEqual(parameter.remediate(P, { name: "/app/db-password", type: "String", value: "hunter2-but-longer" }),
            { name: "/app/db-password", type: "SecureString", value: "hunter2-but-longer" });
    });
});

describe("policy ssm-parameter-secrets-encrypted", () => {
    const T = "aws:ssm/parameter:Parameter";
    it("SecureString and harmless String parameters pass", () => {
        assert.deepStrictEqual(parameter.check(T, happy[T]!()), []);
        assert.deepStrictEqual(parameter.check(T, { name: "/app/region", type: "String", value: "us-east-1" }), []);
    });
    it("a String holding a key is reported and remediated to SecureString", () => {
        const props = { name: "/app/key", type: "String", value: "ghp_" + "a1".repeat(18) };
        assert.deepStrictEqual(parameter.check(T, props), ['type must be "SecureString" for a value that holds a GitHub token, got "String" (foundation no-keys): ' +
            "a String parameter is stored and shown unencrypted to anyone who can read parameters"]);
        assert.deepStrictEqual(parameter.remediate(T, props), { ...props, type: "SecureString" });
    });
});
