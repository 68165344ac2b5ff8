import * as assert from "assert";
import { runArea } from "../area-harness";
import { exampleValues, MANAGEMENT_ACCOUNT_ID, type Run } from "../harness";

const IDENTITY = "foundation:identity";

describe("Identity Center on the example stack", () => {
    let run: Run;
    let instanceArn: string;
    let identityStoreId: string;
    const accountId = (key: string) => (key === "management" ? MANAGEMENT_ACCOUNT_ID : run.named(`foundation-${key}`).id);
    before(async () => {
        run = await runArea("identity", exampleValues());
        instanceArn = run.named("foundation-identity-AdministratorAccess").inputs.instanceArn as string;
        identityStoreId = run.named("foundation-identity-group-admins").inputs.identityStoreId as string;
    });

    it("looks the instance up through the management provider and administers everything there, in the instance's region", () => {
        assert.match(instanceArn, /^arn:aws:sso:::instance\/ssoins-[0-9a-f]{16}$/);
        assert.match(identityStoreId, /^d-[0-9a-f]{10}$/);
        const identity = run.resources.find(r => r.type === "foundation:identity:IdentityCenter")!;
        const below = run.customBelow(identity.urn);
        assert.strictEqual(below.length, 4 + 2 + 3 + 5 + 5 + 1 + 19);
        for (const r of below) {
            assert.strictEqual(run.providerName(r), "foundation-management", r.name);
            assert.strictEqual(r.inputs.region, "us-east-1", r.name);
        }
    });

    it("creates the groups and the users with their memberships; no password anywhere", () => {
        assert.deepStrictEqual(run.named("foundation-identity-group-security").inputs, {
            identityStoreId, region: "us-east-1", displayName: "security", description: "Audit every account, administer the security accounts",
        });
        const alice = run.named("foundation-identity-user-alice@example.com");
        assert.deepStrictEqual(alice.inputs, {
            identityStoreId, region: "us-east-1", userName: "alice@example.com", displayName: "Alice Example",
            name: { givenName: "Alice", familyName: "Example" },
            emails: { value: "alice@example.com", primary: true, type: "work" },
        });
        const memberships = run.ofType("aws:identitystore/groupMembership:GroupMembership").map(r => r.name).sort();
        assert.deepStrictEqual(memberships, [
            "foundation-identity-member-admins/alice@example.com",
            "foundation-identity-member-developers/bob@example.com",
            "foundation-identity-member-security/alice@example.com",
        ]);
        const membership = run.named("foundation-identity-member-security/alice@example.com");
        assert.strictEqual(membership.inputs.groupId, run.named("foundation-identity-group-security").state.groupId);
        assert.strictEqual(membership.inputs.memberId, alice.state.userId);
    });

    it("builds each permission set from its policies, with 1-hour sessions", () => {
        const admin = run.named("foundation-identity-AdministratorAccess");
        assert.deepStrictEqual(admin.inputs, {
            instanceArn, region: "us-east-1", name: "AdministratorAccess", sessionDuration: "PT1H",
            description: "Full access to the account: for administrators, through short sessions",
        });
        const attachments = run.ofType("aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment").map(r => [r.name, r.inputs.managedPolicyArn]);
        assert.deepStrictEqual(attachments, [
            ["foundation-identity-AdministratorAccess-AdministratorAccess", "arn:aws:iam::aws:policy/AdministratorAccess"],
            ["foundation-identity-PowerUserAccess-PowerUserAccess", "arn:aws:iam::aws:policy/PowerUserAccess"],
            ["foundation-identity-ReadOnlyAccess-ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess"],
            ["foundation-identity-Billing-job-function/Billing", "arn:aws:iam::aws:policy/job-function/Billing"],
            ["foundation-identity-SecurityAudit-SecurityAudit", "arn:aws:iam::aws:policy/SecurityAudit"],
        ]);
        const readOnly = run.named("foundation-identity-ReadOnlyAccess");
        const inline = run.named("foundation-identity-ReadOnlyAccess-inline");
        assert.strictEqual(inline.inputs.permissionSetArn, readOnly.state.arn);
        assert.deepStrictEqual(run.document(inline, "inlinePolicy").Statement[0].Effect, "Deny");
        assert.ok(run.document(inline, "inlinePolicy").Statement[0].Action.includes("s3:GetObject"));
    });

    it("assigns each group its permission set in every account its targets cover, after the set's policies", () => {
        const assignments = run.ofType("aws:ssoadmin/accountAssignment:AccountAssignment");
        const admins = assignments.filter(r => r.name.startsWith("foundation-identity-admins/")).map(r => r.name.split("/").pop());
        assert.deepStrictEqual(admins, ["log-archive", "audit", "shared-services", "prod", "staging", "sandbox"]);
        const billing = run.named("foundation-identity-finance/Billing/management");
        assert.deepStrictEqual(billing.inputs, {
            instanceArn, region: "us-east-1",
            permissionSetArn: run.named("foundation-identity-Billing").state.arn,
            principalType: "GROUP",
            principalId: run.named("foundation-identity-group-finance").state.groupId,
            targetType: "AWS_ACCOUNT",
            targetId: MANAGEMENT_ACCOUNT_ID,
        });
        const prodReadOnly = run.named("foundation-identity-developers/ReadOnlyAccess/prod");
        assert.strictEqual(prodReadOnly.inputs.targetId, accountId("prod"));
        const readOnlySet = run.resources.find(r => r.type === "foundation:identity:PermissionSet" && r.name === "foundation-identity-ReadOnlyAccess")!;
        // The set itself through its ARN; its managed and inline policies through dependsOn.
        const setAndPolicies = run.customBelow(readOnlySet.urn).map(r => r.urn);
        assert.strictEqual(setAndPolicies.length, 3);
        for (const urn of setAndPolicies) assert.ok(prodReadOnly.dependencies.includes(urn), urn);
        assert.deepStrictEqual(prodReadOnly.options.dependsOn.map(urn => urn.split("::").pop()).sort(), [
            "foundation-identity-ReadOnlyAccess-ReadOnlyAccess", "foundation-identity-ReadOnlyAccess-inline",
        ]);
        // The management account only where named: SecurityAudit and Billing.
        assert.deepStrictEqual(assignments.filter(r => r.inputs.targetId === MANAGEMENT_ACCOUNT_ID).map(r => r.name).sort(), [
            "foundation-identity-finance/Billing/management",
            "foundation-identity-security/SecurityAudit/management",
        ]);
    });
});

describe("Identity Center config switches", () => {
    it("creates groups only when users come from an identity provider, custom permission sets with every kind of policy", async () => {
        const run = await runArea("identity", exampleValues(d => {
            d[IDENTITY].manageUsers = false;
            d[IDENTITY].users = [];
            d[IDENTITY].permissionSets = [{
                name: "DataReader",
                sessionDuration: "PT4H",
                managedPolicies: ["arn:aws:iam::aws:policy/AmazonAthenaFullAccess"],
                customerManagedPolicies: [{ name: "data-lake-read", path: "/data/" }, { name: "athena-results" }],
                inlinePolicy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::acme-data/*" }] },
            }];
        }));
        assert.strictEqual(run.ofType("aws:identitystore/user:User").length, 0);
        assert.strictEqual(run.ofType("aws:identitystore/groupMembership:GroupMembership").length, 0);
        assert.strictEqual(run.ofType("aws:identitystore/group:Group").length, 4);
        const set = run.named("foundation-identity-DataReader");
        assert.strictEqual(set.inputs.sessionDuration, "PT4H");
        const customer = run.named("foundation-identity-DataReader-data-lake-read");
        assert.deepStrictEqual(customer.inputs.customerManagedPolicyReference, { name: "data-lake-read", path: "/data/" });
        assert.deepStrictEqual(run.named("foundation-identity-DataReader-athena-results").inputs.customerManagedPolicyReference, { name: "athena-results", path: "/" });
        assert.strictEqual(customer.inputs.permissionSetArn, set.state.arn);
        assert.deepStrictEqual(run.document(run.named("foundation-identity-DataReader-inline"), "inlinePolicy"), {
            Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::acme-data/*" }],
        });
    });

    it("creates nothing of Identity Center without foundation:identity", async () => {
        const run = await runArea("identity", exampleValues(d => { delete d[IDENTITY]; }));
        assert.deepStrictEqual(run.resources.filter(r => /ssoadmin|identitystore|foundation:identity/.test(r.type)), []);
    });

    it("looks the instance up in foundation:identity.region, which may differ from the home region", async () => {
        const inEurope = await runArea("identity", exampleValues(d => { d["foundation:identity"].region = "eu-west-1"; }), { identityCenterRegion: "eu-west-1" });
        const group = inEurope.named("foundation-identity-group-admins");
        assert.strictEqual(group.inputs.region, "eu-west-1");
        assert.deepStrictEqual(inEurope.invokes().filter(i => i.token === "aws:ssoadmin/getInstances:getInstances"),
            [{ token: "aws:ssoadmin/getInstances:getInstances", provider: "foundation-management", inputs: { region: "eu-west-1" } }]);
        assert.match(group.inputs.identityStoreId as string, /^d-[0-9a-f]{10}$/);
    });
});
