import * as assert from "assert";
import { ORGANIZATIONS_DELEGATED_SERVICES, TRUSTED_SERVICE_PRINCIPALS } from "../../../components";
import { runArea } from "../area-harness";
import { exampleValues, type Run } from "../harness";

const T = {
    organization: "aws:organizations/organization:Organization",
    ou: "aws:organizations/organizationalUnit:OrganizationalUnit",
    account: "aws:organizations/account:Account",
};

const ACCOUNT_KEYS = ["log-archive", "audit", "shared-services", "prod", "staging", "sandbox"];

describe("Organization area on the example stack: the organization, its OUs, member accounts and delegated administrators", () => {
    let run: Run;
    before(async () => { run = await runArea("organization", exampleValues()); });

    it("creates an all-features organization with its policy types and the services the foundation uses", () => {
        const [org] = run.ofType(T.organization);
        assert.strictEqual(org.name, "foundation-organization");
        assert.strictEqual(run.providerName(org), "foundation-management");
        assert.deepStrictEqual(org.inputs, {
            featureSet: "ALL",
            awsServiceAccessPrincipals: [
                "access-analyzer.amazonaws.com", "account.amazonaws.com", "cloudtrail.amazonaws.com", "config.amazonaws.com",
                "config-multiaccountsetup.amazonaws.com", "guardduty.amazonaws.com", "iam.amazonaws.com",
                "malware-protection.guardduty.amazonaws.com", "securityhub.amazonaws.com", "sso.amazonaws.com",
            ],
            enabledPolicyTypes: ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "DECLARATIVE_POLICY_EC2"],
        });
        assert.strictEqual(org.options.protect, true);
        for (const service of ORGANIZATIONS_DELEGATED_SERVICES) {
            assert.ok(TRUSTED_SERVICE_PRINCIPALS.includes(service), `${service} is delegated but has no trusted access`);
        }
    });

    it("builds the OU tree under the root, named by OU path", () => {
        const ous = run.ofType(T.ou);
        const [org] = run.ofType(T.organization);
        const rootId = (org.state.roots as { id: string }[])[0].id;
        const parentOf = Object.fromEntries(ous.map(ou => [ou.name, ou.inputs.parentId]));
        const idOf = Object.fromEntries(ous.map(ou => [ou.name, ou.id]));
        assert.deepStrictEqual(Object.keys(parentOf).sort(), [
            "foundation-organization-ou-Infrastructure",
            "foundation-organization-ou-Sandbox",
            "foundation-organization-ou-Security",
            "foundation-organization-ou-Suspended",
            "foundation-organization-ou-Workloads",
            "foundation-organization-ou-Workloads/NonProd",
            "foundation-organization-ou-Workloads/Prod",
        ]);
        assert.strictEqual(parentOf["foundation-organization-ou-Workloads"], rootId);
        assert.strictEqual(parentOf["foundation-organization-ou-Workloads/Prod"], idOf["foundation-organization-ou-Workloads"]);
        assert.strictEqual(run.named("foundation-organization-ou-Workloads/Prod").inputs.name, "Prod");
        for (const ou of ous) {
            assert.strictEqual(ou.options.protect, true, `${ou.name} must be protected`);
            assert.strictEqual(run.providerName(ou), "foundation-management");
        }
    });

    it("creates each account with the management provider, in its OU, protected and never closed", () => {
        for (const key of ACCOUNT_KEYS) {
            const account = run.named(`foundation-${key}`);
            const expected = run.config.accounts.find(a => a.key === key)!;
            const ou = run.named(`foundation-organization-ou-${expected.ou}`);
            assert.strictEqual(account.type, T.account);
            assert.strictEqual(run.providerName(account), "foundation-management");
            assert.deepStrictEqual(account.inputs, {
                name: expected.name,
                email: expected.email,
                parentId: ou.id,
                closeOnDeletion: false,
                roleName: "OrganizationAccountAccessRole",
                iamUserAccessToBilling: "ALLOW",
            });
            assert.deepStrictEqual(account.options, {
                protect: true, retainOnDelete: false, ignoreChanges: ["roleName", "iamUserAccessToBilling"], dependsOn: [], import: null, aliases: [],
            });
        }
    });

    it("gives each member account one provider that assumes its access role, after the readiness wait", () => {
        for (const key of ACCOUNT_KEYS) {
            const account = run.named(`foundation-${key}`);
            const provider = run.named(`foundation-${key}-provider`);
            const ready = run.named(`foundation-${key}-ready`);
            assert.deepStrictEqual(ready.inputs, { createDuration: "120s" });
            assert.deepStrictEqual(ready.options.dependsOn, [account.urn]);
            assert.deepStrictEqual(provider.options.dependsOn, [ready.urn]);
            assert.deepStrictEqual(JSON.parse(provider.inputs.allowedAccountIds as string), [account.id]);
            assert.deepStrictEqual(JSON.parse(provider.inputs.assumeRoles as string), [{
                roleArn: `arn:aws:iam::${account.id}:role/OrganizationAccountAccessRole`,
                sessionName: "acme-foundation",
            }]);
            assert.strictEqual(provider.inputs.region, "us-east-1");
            assert.match(account.id, /^[1-9]\d{11}$/);
        }
    });
});

describe("Organization area config switches", () => {
    it("closes an account on deletion only when it opts in", async () => {
        const run = await runArea("organization", exampleValues(d => { d["foundation:accounts"][5].closeOnDeletion = true; }));
        assert.strictEqual(run.named("foundation-sandbox").inputs.closeOnDeletion, true);
        assert.strictEqual(run.named("foundation-prod").inputs.closeOnDeletion, false);
    });

    it("adopts an existing organization, OUs and accounts with import ids, without a readiness wait", async () => {
        const run = await runArea("organization", exampleValues(d => {
            d["foundation:organization"].importId = "o-exampleorg1";
            d["foundation:organization"].managementAccount.id = "111111111111";
            d["foundation:organizationalUnits"][0].importId = "ou-ab12-cd34ef56";
            d["foundation:accounts"][3].importId = "222222222222";
        }));
        assert.strictEqual(run.named("foundation-organization").options.import, "o-exampleorg1");
        assert.strictEqual(run.named("foundation-organization-ou-Security").options.import, "ou-ab12-cd34ef56");
        assert.strictEqual(run.named("foundation-prod").options.import, "222222222222");
        assert.strictEqual(run.named("foundation-staging").options.import, null);
        assert.ok(!run.resources.some(r => r.name === "foundation-prod-ready"), "an adopted account needs no readiness wait");
        assert.deepStrictEqual(run.named("foundation-prod-provider").options.dependsOn, []);
        assert.deepStrictEqual(JSON.parse(run.named("foundation-management").inputs.allowedAccountIds as string), ["111111111111"]);
        // The ids the engine reads on import, wherever they flow: the OU as the account's parent, the account in its provider.
        assert.strictEqual(run.named("foundation-organization-ou-Security").id, "ou-ab12-cd34ef56");
        assert.strictEqual(run.named("foundation-prod").id, "222222222222");
        assert.deepStrictEqual(JSON.parse(run.named("foundation-prod-provider").inputs.assumeRoles as string),
            [{ roleArn: "arn:aws:iam::222222222222:role/OrganizationAccountAccessRole", sessionName: "acme-foundation" }]);
    });

    it("uses the configured access role and organization name for member providers", async () => {
        const run = await runArea("organization", exampleValues(d => {
            d["foundation:organization"].accountAccessRoleName = "FoundationAccess";
            d["foundation:organization"].name = "globex";
        }));
        const roles = JSON.parse(run.named("foundation-audit-provider").inputs.assumeRoles as string);
        assert.deepStrictEqual(roles, [{ roleArn: `arn:aws:iam::${run.named("foundation-audit").id}:role/FoundationAccess`, sessionName: "globex-foundation" }]);
        assert.strictEqual(run.named("foundation-audit").inputs.roleName, "FoundationAccess");
    });
});
