import * as assert from "assert";
import { ListInstancesCommand } from "@aws-sdk/client-sso-admin";
import { billingAccess, identityCenter } from "../../../tools/preflight/identity";
import { accessDenied, contextWith, FakeAccount, fixtureConfig, ORGANIZATION } from "./fakes";

const ENABLE = "in the management account, IAM Identity Center console (region us-east-1) > Enable > enable with AWS Organizations (an organization instance), " +
    "then run pulumi up again; no API can do this step: https://docs.aws.amazon.com/singlesignon/latest/userguide/get-set-up-for-idc.html";

describe("Preflight: IAM Identity Center (check 3)", () => {
    it("passes naming the organization instance", async () => {
        const account = new FakeAccount();
        account.ssoAdmin("us-east-1").on(ListInstancesCommand).resolves({
            Instances: [{ InstanceArn: "arn:aws:sso:::instance/ssoins-7223a1b2c3d4e5f6", IdentityStoreId: "d-9067a1b2c3", OwnerAccountId: "123456789012", Status: "ACTIVE" }],
        });
        assert.deepStrictEqual(await identityCenter(contextWith({ caller: account, organization: ORGANIZATION })), {
            id: "identity-center", title: "IAM Identity Center", blocking: false, status: "PASS",
            detail: "instance arn:aws:sso:::instance/ssoins-7223a1b2c3d4e5f6 (identity store d-9067a1b2c3) in us-east-1",
        });
    });

    it("warns when the organization has no instance in identity.region (an account instance of a member does not count)", async () => {
        const account = new FakeAccount();
        account.ssoAdmin("eu-west-1").on(ListInstancesCommand).resolves({
            Instances: [{ InstanceArn: "arn:aws:sso:::instance/ssoins-1111a1b2c3d4e5f6", IdentityStoreId: "d-1111a1b2c3", OwnerAccountId: "444455556666", Status: "ACTIVE" }],
        });
        const config = fixtureConfig(doc => { doc["foundation:identity"].region = "eu-west-1"; });
        const r = await identityCenter(contextWith({ caller: account, organization: ORGANIZATION, config }));
        assert.strictEqual(r.status, "WARN");
        assert.strictEqual(r.detail, "no IAM Identity Center instance of the management account in eu-west-1: the program skips foundation:identity with a warning until one is enabled");
        assert.strictEqual(r.fix, ENABLE.replace("us-east-1", "eu-west-1"));
    });

    it("warns, without a call, that it comes after the first run when there is no organization yet", async () => {
        const account = new FakeAccount();
        const r = await identityCenter(contextWith({ caller: account }));
        assert.strictEqual(r.status, "WARN");
        assert.strictEqual(r.detail, "no organization yet: enable IAM Identity Center after the first pulumi up has created the organization; until then the program skips foundation:identity with a warning");
        assert.strictEqual(r.fix, `after the first pulumi up: ${ENABLE}`);
        assert.strictEqual(account.ssoAdmin("us-east-1").calls().length, 0);
    });

    it("is skipped without foundation:identity, and warns naming sso:ListInstances when it is denied", async () => {
        const skipped = await identityCenter(contextWith({ config: fixtureConfig(doc => { delete doc["foundation:identity"]; }), organization: ORGANIZATION }));
        assert.deepStrictEqual([skipped.status, skipped.detail], ["SKIP", "foundation:identity is not set: the program leaves IAM Identity Center alone"]);
        const account = new FakeAccount();
        account.ssoAdmin("us-east-1").on(ListInstancesCommand).rejects(accessDenied("sso:ListInstances"));
        const denied = await identityCenter(contextWith({ caller: account, organization: ORGANIZATION }));
        assert.strictEqual(denied.status, "WARN");
        assert.strictEqual(denied.detail, "could not check IAM Identity Center in us-east-1: sso:ListInstances was denied " +
            "(AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/Auditor/alice is not authorized to perform: sso:ListInstances)");
    });
});

describe("Preflight: billing console access (check 9)", () => {
    it("asks for the manual step when a billing permission set is assigned in the management account", () => {
        assert.deepStrictEqual(billingAccess(fixtureConfig()), {
            id: "billing-access", title: "Billing console access for IAM roles", blocking: false, status: "MANUAL",
            detail: "group finance (Billing) in the management account: permission sets reach the Billing console only once the root user has activated IAM access to it, " +
                "and no API can tell whether that was done",
            fix: "sign in to the management account as the root user once: Account (top right menu) > IAM user and role access to Billing information > Edit > " +
                "Activate IAM Access > Update: https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/control-access-billing.html",
        });
    });

    it("recognises a permission set of config's own with the Billing job-function policy", () => {
        const config = fixtureConfig(doc => {
            doc["foundation:identity"].permissionSets = [{ name: "CostReview", managedPolicies: ["arn:aws:iam::aws:policy/job-function/Billing"] }];
            doc["foundation:identity"].assignments[0].permissionSet = "CostReview";
        });
        assert.strictEqual(billingAccess(config).detail.split(":")[0], "group finance (CostReview) in the management account");
    });

    it("is skipped when billing is assigned only in member accounts, or no identity is configured", () => {
        const members = billingAccess(fixtureConfig(doc => { doc["foundation:identity"].assignments[0].targets = ["prod", "Security"]; }));
        assert.deepStrictEqual([members.status, members.detail], ["SKIP", "no Identity Center assignment gives a billing permission set in the management account"]);
        const none = billingAccess(fixtureConfig(doc => { delete doc["foundation:identity"]; }));
        assert.deepStrictEqual([none.status, none.detail], ["SKIP", "foundation:identity is not set: no permission set reaches the Billing console"]);
    });
});
