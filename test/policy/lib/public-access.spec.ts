import * as assert from "assert";
import { PolicyStatement, UNKNOWN, everyone, fixedArn, fixedCidr, isAnyone, parsePolicyDocument, publicStatements, restricted } from "../../../policy/lib";

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

describe("public-access readers", () => {
    it("fixedArn: the account is fixed, or (S3) the name does not start with a wildcard", () => {
        const cases: Array<[string, boolean]> = [
            ["arn:aws:iam::111122223333:role/admin", true], ["arn:aws:iam::*:role/admin", false], ["arn:aws:iam::*", false], ["arn:aws:iam::111?:root", false],
            ["arn:aws:s3:::my-bucket", true], ["arn:aws:s3:::*", false], ["arn:aws:s3:::${aws:username}", false], ["arn:*:iam::111122223333:root", false],
            ["arn:aws:cloudtrail:*:111122223333:trail/*", true], ["arn:aws:sns:us-east-1:${aws:PrincipalAccount}:t", false], ["not-an-arn", false], ["arn:aws:iam", false],
            ["xarn:aws:iam::111122223333:role/a", false], ["arn:aws::us-east-1:111122223333:x", false], ["arn:aws:s3:::", false], ["arn:aws:s3:::my-bucket/*", true],
            ["arn:aws:s3:::my-bucket:x", true], ["arn:aws:s*:::bucket", false],
        ];
        for (const [arn, expected] of cases) assert.strictEqual(fixedArn(arn), expected, arn);
    });

    it("fixedCidr: no broader than /8 (IPv4) or /32 (IPv6), private ranges always", () => {
        const cases: Array<[string, boolean]> = [
            ["0.0.0.0/0", false], ["0.0.0.0/1", false], ["12.0.0.0/8", true], ["192.0.2.10", true], ["10.0.0.0/8", true], ["192.168.0.0/16", true],
            ["::/0", false], ["2001:db8::/32", true], ["2001:db8::/31", false], ["*", false], ["10.0.0.0/x", false], ["", false], ["/8", false], ["2001:db8::1", true],
            ["10.0.0.0/7", false], ["172.16.0.0/12", true],
        ];
        for (const [cidr, expected] of cases) assert.strictEqual(fixedCidr(cidr), expected, cidr);
    });

    it("publicStatements: each value of a restricting key must be fixed, unknown counts as fixed, and an unknown condition skips the statement", () => {
        const statements = (Condition: unknown) => publicStatements(parsePolicyDocument({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Condition }] }));
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": ["111122223333", "*"] } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": ["111122223333", UNKNOWN] } }), []);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": [] } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": "" } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:userid": "" } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": 111122223333 } }), []);
        assert.deepStrictEqual(statements({ StringEquals: UNKNOWN }), []);
        assert.deepStrictEqual(statements(UNKNOWN), []);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": null } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringNotEquals: { "aws:SourceAccount": "111122223333" } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringEquals: { "aws:SourceAccount": "111122223333" }, Bool: { "aws:SecureTransport": "true" } }), []);
        assert.deepStrictEqual(statements({ StringEqualsIgnoreCase: { "AWS:SOURCEACCOUNT": "111122223333" } }), []);
        assert.deepStrictEqual(statements({ StringEquals: { "s3:x-amz-server-side-encryption-aws-kms-key-id": "arn:aws:kms:us-east-1:111122223333:key/1" } }), []);
        // aws:userid: one role's sessions ("AROAEXAMPLE:*") are fixed, a wildcard role id is not
        assert.deepStrictEqual(statements({ StringLike: { "aws:userid": "AROAEXAMPLEID:*" } }), []);
        assert.deepStrictEqual(statements({ StringLike: { "aws:userid": "*:alice" } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ StringLike: { "aws:userid": "AROA*:alice" } }), ["Statement[0]"]);
        // organization paths: the organization id must be fixed
        assert.deepStrictEqual(statements({ "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-abc123/r-ab12/ou-ab12-11111111/*" } }), []);
        assert.deepStrictEqual(statements({ "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-*/*" } }), ["Statement[0]"]);
        // a key that is not a restricting one, whatever its value
        assert.deepStrictEqual(statements({ StringEquals: { "aws:RequestedRegion": "us-east-1" } }), ["Statement[0]"]);
        // Bool only for the boolean key, string operators only for the others
        assert.deepStrictEqual(statements({ Bool: { "aws:SourceAccount": "111122223333" } }), ["Statement[0]"]);
        assert.deepStrictEqual(statements({ Bool: { "elasticfilesystem:AccessedViaMountTarget": "TRUE" } }), []);
        // a condition block that is not an object of tests
        assert.deepStrictEqual(statements({ StringEquals: ["aws:SourceAccount"] }), ["Statement[0]"]);
    });
});
