import * as assert from "assert";
import { PolicyStatement, UNKNOWN, everyone, isAnyone, parsePolicyDocument, publicStatements, restricted } from "../../../policy/lib";

const statementOf = (statement: Record<string, unknown>): PolicyStatement => {
    const document = parsePolicyDocument({ Statement: [statement] });
    if (document === undefined || document === UNKNOWN || document.statements === UNKNOWN) throw new Error("not a document");
    return document.statements[0]!;
};
const publicRead = (more: Record<string, unknown> = {}) => ({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*", ...more });

describe("policy/lib public access", () => {
    it("isAnyone: *, or an ARN whose account is not fixed; not a string that only contains an ARN", () => {
        assert.strictEqual(isAnyone("*"), true);
        assert.strictEqual(isAnyone("arn:aws:iam::*:root"), true);
        assert.strictEqual(isAnyone("arn:aws:iam::111111111111:root"), false);
        assert.strictEqual(isAnyone("111111111111"), false);
        assert.strictEqual(isAnyone("xarn:aws:iam::*:root"), false);
    });

    it("everyone: NotPrincipal counts only when it is known", () => {
        assert.strictEqual(everyone(statementOf({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::111111111111:root" } })), true);
        assert.strictEqual(everyone({ ...statementOf({ Effect: "Allow" }), notPrincipal: UNKNOWN }), false);
        assert.strictEqual(everyone(statementOf({ Effect: "Allow", Principal: { Federated: "graph.facebook.com" } })), true);
        assert.strictEqual(everyone(statementOf({ Effect: "Allow", Principal: { Federated: "arn:aws:iam::111111111111:saml-provider/corp" } })), false);
    });

    describe("restricted", () => {
        const restrictedBy = (Condition: unknown) => restricted(statementOf(publicRead({ Condition })));

        it("a fixed value of a restricting key, blanks around it ignored", () => {
            assert.strictEqual(restrictedBy({ StringEquals: { "aws:SourceArn": " arn:aws:sns:us-east-1:111111111111:topic " } }), true);
            assert.strictEqual(restrictedBy({ ArnLike: { "aws:SourceArn": "arn:aws:sns:us-east-1:*:topic" } }), false);
            assert.strictEqual(restrictedBy({ StringEquals: { "aws:SourceAccount": ["111111111111", UNKNOWN] } }), true);
            assert.strictEqual(restrictedBy({ StringEquals: { "aws:SourceAccount": [] } }), false);
        });

        it("the EFS mount-target key only with Bool, ForAnyValue: included", () => {
            assert.strictEqual(restrictedBy({ Bool: { "elasticfilesystem:AccessedViaMountTarget": "true" } }), true);
            assert.strictEqual(restrictedBy({ "ForAnyValue:Bool": { "elasticfilesystem:AccessedViaMountTarget": "true" } }), true);
            assert.strictEqual(restrictedBy({ StringEquals: { "elasticfilesystem:AccessedViaMountTarget": "true" } }), false);
            assert.strictEqual(restrictedBy({ Bool: { "aws:SourceAccount": "111111111111" } }), false);
        });

        it("an operator whose value is not a key map restricts nothing; an unknown one does", () => {
            for (const tests of [null, "aws:SourceAccount", ["aws:SourceAccount"], 7]) {
                assert.strictEqual(restrictedBy({ StringEquals: tests }), false, JSON.stringify(tests));
            }
            assert.strictEqual(restrictedBy({ StringEquals: UNKNOWN }), true);
            assert.strictEqual(restrictedBy(UNKNOWN), true);
        });
    });

    it("publicStatements: nothing to report for an unknown or absent document, or unknown statements", () => {
        assert.deepStrictEqual(publicStatements(parsePolicyDocument({ Statement: UNKNOWN })), []);
        assert.deepStrictEqual(publicStatements(UNKNOWN), []);
        assert.deepStrictEqual(publicStatements(undefined), []);
        assert.deepStrictEqual(publicStatements(parsePolicyDocument({ Statement: [publicRead({ Sid: "Read" }), publicRead({ Condition: UNKNOWN })] })), ['Statement[0] (Sid "Read")']);
    });
});
