import * as assert from "assert";
import { UNKNOWN, anyMatches, conditionValues, describeStatement, isAllow, parsePolicyDocument } from "../../../policy/lib";

describe("policy/lib IAM policy documents", () => {
    const statement = { Sid: "S", Effect: "Allow", Action: "s3:GetObject", Resource: ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"] };
    const normalized = {
        index: 0,
        sid: "S",
        effect: "Allow",
        action: ["s3:GetObject"],
        notAction: undefined,
        resource: ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"],
        notResource: undefined,
        principal: undefined,
        notPrincipal: undefined,
        condition: undefined,
    };

    it("reads a JSON string and an object the same way", () => {
        const doc = { Version: "2012-10-17", Statement: [statement] };
        assert.deepStrictEqual(parsePolicyDocument(JSON.stringify(doc)), { statements: [normalized] });
        assert.deepStrictEqual(parsePolicyDocument(doc), { statements: [normalized] });
    });

    it("normalizes a single statement and single values to lists", () => {
        assert.deepStrictEqual(parsePolicyDocument({ Statement: statement }), { statements: [normalized] });
    });

    it("trims values and drops non-string list elements", () => {
        const parsed = parsePolicyDocument({ Statement: { Effect: "Allow", Action: [" * ", 7, null], Resource: "*" } });
        assert.notStrictEqual(parsed, UNKNOWN);
        assert.deepStrictEqual(parsed && parsed !== UNKNOWN && parsed.statements !== UNKNOWN ? parsed.statements[0]?.action : "?", ["*"]);
    });

    it("keeps unknowns: whole document, Statement, elements", () => {
        assert.strictEqual(parsePolicyDocument(UNKNOWN), UNKNOWN);
        assert.deepStrictEqual(parsePolicyDocument({ Statement: UNKNOWN }), { statements: UNKNOWN });
        const parsed = parsePolicyDocument({ Statement: [{ Effect: UNKNOWN, Action: [UNKNOWN, "s3:*"], Resource: UNKNOWN }] });
        assert.deepStrictEqual(parsed, {
            statements: [{
                index: 0, sid: undefined, effect: UNKNOWN, action: [UNKNOWN, "s3:*"], notAction: undefined, resource: UNKNOWN, notResource: undefined,
                principal: undefined, notPrincipal: undefined, condition: undefined,
            }],
        });
    });

    it("returns undefined for anything that is not a document, never throws", () => {
        for (const odd of [undefined, null, "", "  ", "{", "[]", "42", "null", 42, true, [], [statement]]) {
            assert.strictEqual(parsePolicyDocument(odd), undefined, JSON.stringify(odd));
        }
        assert.deepStrictEqual(parsePolicyDocument({}), { statements: [] });
    });

    it("anyMatches is three-valued", () => {
        const star = (v: string) => v === "*";
        assert.strictEqual(anyMatches(["a", "*"], star), true);
        assert.strictEqual(anyMatches([UNKNOWN, "*"], star), true);
        assert.strictEqual(anyMatches(["a", UNKNOWN], star), UNKNOWN);
        assert.strictEqual(anyMatches(UNKNOWN, star), UNKNOWN);
        assert.strictEqual(anyMatches(["a"], star), false);
        assert.strictEqual(anyMatches(undefined, star), false);
    });

    it("isAllow and describeStatement", () => {
        const base = {
            index: 3, sid: undefined, action: undefined, notAction: undefined, resource: undefined, notResource: undefined,
            principal: undefined, notPrincipal: undefined, condition: undefined,
        };
        assert.strictEqual(isAllow({ ...base, effect: "ALLOW" }), true);
        assert.strictEqual(isAllow({ ...base, effect: "Deny" }), false);
        assert.strictEqual(isAllow({ ...base, effect: undefined }), false);
        assert.strictEqual(isAllow({ ...base, effect: UNKNOWN }), UNKNOWN);
        assert.strictEqual(describeStatement({ ...base, effect: "Allow" }), "Statement[3]");
        assert.strictEqual(describeStatement({ ...base, effect: "Allow", sid: 'Quote"d' }), 'Statement[3] (Sid "Quote\\"d")');
    });

    it("reads principals: \"*\" as AWS \"*\", each type's values as a list, unknowns kept", () => {
        const principalOf = (Principal: unknown) => {
            const parsed = parsePolicyDocument({ Statement: { Effect: "Allow", Action: "sts:AssumeRole", Principal } });
            return parsed && parsed !== UNKNOWN && parsed.statements !== UNKNOWN ? parsed.statements[0]!.principal : "?";
        };
        assert.deepStrictEqual(principalOf("*"), { AWS: ["*"] });
        assert.deepStrictEqual(principalOf({ AWS: "*" }), { AWS: ["*"] });
        assert.deepStrictEqual(principalOf({ Service: ["ec2.amazonaws.com", "lambda.amazonaws.com"], AWS: UNKNOWN }),
            { Service: ["ec2.amazonaws.com", "lambda.amazonaws.com"], AWS: UNKNOWN });
        assert.deepStrictEqual(principalOf(UNKNOWN), UNKNOWN);
        assert.deepStrictEqual(principalOf(["*"]), undefined);
    });

    it("conditionValues collects a key's values over the matching operators, case-insensitively", () => {
        const parsed = parsePolicyDocument({ Statement: { Effect: "Allow", Action: "sts:AssumeRoleWithWebIdentity", Condition: {
            StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
            StringLike: { "Token.Actions.GitHubUserContent.com:sub": ["repo:acme/infra:ref:refs/heads/main", "repo:acme/infra:environment:prod"] },
            "ForAnyValue:StringEquals": { "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main" },
            StringNotEquals: { "token.actions.githubusercontent.com:sub": "repo:acme/evil:*" },
        } } });
        const st = parsed && parsed !== UNKNOWN && parsed.statements !== UNKNOWN ? parsed.statements[0]! : undefined;
        assert.ok(st);
        assert.deepStrictEqual(conditionValues(st, /^String(Equals|Like)$/, "token.actions.githubusercontent.com:sub"),
            ["repo:acme/infra:ref:refs/heads/main", "repo:acme/infra:environment:prod", "repo:acme/app:ref:refs/heads/main"]);
        assert.deepStrictEqual(conditionValues(st, /^StringEquals$/, "token.actions.githubusercontent.com:aud"), ["sts.amazonaws.com"]);
        assert.deepStrictEqual(conditionValues(st, /^StringEquals$/, "other:key"), []);
        assert.deepStrictEqual(conditionValues({ ...st, condition: UNKNOWN }, /^StringEquals$/, "x"), UNKNOWN);
        assert.deepStrictEqual(conditionValues({ ...st, condition: { StringEquals: { x: UNKNOWN } } }, /^StringEquals$/, "x"), UNKNOWN);
    });
});
