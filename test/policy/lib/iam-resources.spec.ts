import * as assert from "assert";
import { UNKNOWN, permissionDocuments } from "../../../policy/lib";

describe("policy/lib permissionDocuments", () => {
    const doc = { Version: "2012-10-17", Statement: { Effect: "Allow", Action: "s3:GetObject", Resource: "*" } };
    const parsed = { statements: [{
        index: 0, sid: undefined, effect: "Allow", action: ["s3:GetObject"], notAction: undefined, resource: ["*"], notResource: undefined,
        principal: undefined, notPrincipal: undefined, condition: undefined,
    }] };

    it("reads the policy input of managed and inline policies, and a permission set's inlinePolicy", () => {
        for (const type of ["aws:iam/policy:Policy", "aws:iam/rolePolicy:RolePolicy", "aws:iam/userPolicy:UserPolicy", "aws:iam/groupPolicy:GroupPolicy"]) {
            assert.deepStrictEqual(permissionDocuments(type, { policy: JSON.stringify(doc) }), [{ path: "policy", document: parsed }], type);
        }
        assert.deepStrictEqual(permissionDocuments("aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy", { inlinePolicy: doc }),
            [{ path: "inlinePolicy", document: parsed }]);
        assert.deepStrictEqual(permissionDocuments("aws:iam/policy:Policy", { policy: UNKNOWN }), [{ path: "policy", document: UNKNOWN }]);
    });

    it("reads each of a role's inline policies, by position, skipping entries that are unknown or not objects", () => {
        assert.deepStrictEqual(permissionDocuments("aws:iam/role:Role", { inlinePolicies: [UNKNOWN, "text", null, { name: "s3", policy: doc }] }),
            [{ path: "inlinePolicies[3].policy", document: parsed }]);
        assert.deepStrictEqual(permissionDocuments("aws:iam/role:Role", { inlinePolicies: { name: "one", policy: doc } }),
            [{ path: "inlinePolicies[0].policy", document: parsed }]);
    });

    it("is empty for a role without inline policies or with unknown ones, and for other resource types", () => {
        for (const inlinePolicies of [undefined, null, UNKNOWN, []]) {
            assert.deepStrictEqual(permissionDocuments("aws:iam/role:Role", { inlinePolicies }), [], String(inlinePolicies));
        }
        assert.deepStrictEqual(permissionDocuments("aws:s3/bucketPolicy:BucketPolicy", { policy: doc }), []);
        assert.deepStrictEqual(permissionDocuments("aws:iam/role:Role", { assumeRolePolicy: doc }), [], "a trust policy is not a permission document");
    });
});
