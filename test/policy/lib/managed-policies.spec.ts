import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { freshModule } from "./fresh-module";

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
