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

    it("reads a JSON string that is only the unknown sentinel as unknown", () => {
        assert.strictEqual(parsePolicyDocument(JSON.stringify("04da6b54-80e4-46f7-96ec-b56ff0331ba9")), UNKNOWN);
        assert.strictEqual(parsePolicyDocument(JSON.stringify("text")), undefined);
    });

    const first = (Statement: Record<string, unknown>) => {
        const parsed = parsePolicyDocument({ Statement });
        return parsed && parsed !== UNKNOWN && parsed.statements !== UNKNOWN ? parsed.statements[0] : undefined;
    };

    it("trims a principal given as one string; a null or list Principal reads as none", () => {
        assert.deepStrictEqual(first({ Effect: "Allow", Principal: " * " })?.principal, { AWS: ["*"] });
        assert.deepStrictEqual(first({ Effect: "Allow", NotPrincipal: " arn:aws:iam::111111111111:root " })?.notPrincipal, { AWS: ["arn:aws:iam::111111111111:root"] });
        assert.strictEqual(first({ Effect: "Allow", Principal: null })?.principal, undefined);
        assert.strictEqual(first({ Effect: "Allow", NotPrincipal: 7 })?.notPrincipal, undefined);
    });

    it("keeps a Condition only when it is an operator map", () => {
        for (const Condition of ["StringEquals", null, [], ["StringEquals"], 7, true]) {
            assert.strictEqual(first({ Effect: "Allow", Condition })?.condition, undefined, JSON.stringify(Condition));
        }
        assert.deepStrictEqual(first({ Effect: "Allow", Condition: { Bool: { "aws:SecureTransport": "true" } } })?.condition, { Bool: { "aws:SecureTransport": "true" } });
    });

    it("isAllow ignores blanks around the Effect", () => {
        assert.strictEqual(isAllow(first({ Effect: " Allow\n" })!), true);
        assert.strictEqual(isAllow(first({ Effect: " Deny " })!), false);
    });

    describe("conditionValues on odd conditions", () => {
        const statement = (condition: Record<string, unknown>) => ({ ...first({ Effect: "Allow" })!, condition });

        it("is unknown when an operator's key map is unknown", () => {
            assert.strictEqual(conditionValues(statement({ StringEquals: UNKNOWN }), /^StringEquals$/, "aws:SourceAccount"), UNKNOWN);
            assert.deepStrictEqual(conditionValues(statement({ StringLike: UNKNOWN }), /^StringEquals$/, "aws:SourceAccount"), [], "another operator's");
        });

        it("skips an operator whose value is not a key map, and a key without values", () => {
            for (const tests of [null, "0", "ab", ["ab"], 7]) {
                assert.deepStrictEqual(conditionValues(statement({ StringEquals: tests, StringLike: { "0": "kept" } }), /^String(Equals|Like)$/, "0"), ["kept"], JSON.stringify(tests));
            }
            assert.deepStrictEqual(conditionValues(statement({ StringEquals: { "aws:SourceAccount": null, "aws:sourceaccount": "111111111111" } }), /^StringEquals$/, "aws:SourceAccount"),
                ["111111111111"]);
        });
    });
});
