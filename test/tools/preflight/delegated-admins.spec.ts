import * as assert from "assert";
import { ListDelegatedAdministratorsCommand, ListDelegatedServicesForAccountCommand } from "@aws-sdk/client-organizations";
import { delegatedAdministrators } from "../../../tools/preflight/delegated-admins";
import { accessDenied, contextWith, FakeAccount, fixtureConfig, ORGANIZATION } from "./fakes";

const URN = "urn:pulumi:prod::aws-secure-foundation::foundation:index:Foundation";
const MANAGEMENT_PROVIDER = `--provider 'foundation-management=${URN}$pulumi:providers:aws::foundation-management'`;

/** Delegations as Organizations lists them: account -> service principals. */
function delegations(account: FakeAccount, byAccount: Record<string, { name: string; services: string[] }>): FakeAccount {
    account.organizations.on(ListDelegatedAdministratorsCommand).resolves({
        DelegatedAdministrators: Object.entries(byAccount).map(([Id, { name }]) => ({ Id, Name: name })),
    });
    for (const [AccountId, { services }] of Object.entries(byAccount)) {
        account.organizations.on(ListDelegatedServicesForAccountCommand, { AccountId }).resolves({ DelegatedServices: services.map(ServicePrincipal => ({ ServicePrincipal })) });
    }
    return account;
}

describe("Preflight: delegated administrators (check 7)", () => {
    it("passes when none of the audit account's services is delegated; others' delegations do not matter", async () => {
        const account = delegations(new FakeAccount(), { "444455556666": { name: "Backup", services: ["backup.amazonaws.com"] } });
        assert.deepStrictEqual(await delegatedAdministrators(contextWith({ caller: account, organization: ORGANIZATION })), {
            id: "delegated-administrators", title: "Delegated administrators", blocking: true, status: "PASS",
            detail: "none of access-analyzer.amazonaws.com, config.amazonaws.com, config-multiaccountsetup.amazonaws.com, guardduty.amazonaws.com, securityhub.amazonaws.com is delegated yet",
        });
    });

    it("fails for a service delegated to another account than the (new) audit account, with the deregister commands", async () => {
        const account = delegations(new FakeAccount(), { "444455556666": { name: "Security Tooling", services: ["guardduty.amazonaws.com", "config.amazonaws.com"] } });
        const r = await delegatedAdministrators(contextWith({ caller: account, organization: ORGANIZATION }));
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, [
            "config.amazonaws.com is delegated to account 444455556666 (Security Tooling), not to the audit account audit, which the first run creates",
            "guardduty.amazonaws.com is delegated to account 444455556666 (Security Tooling), not to the audit account audit, which the first run creates",
        ].join("\n"));
        assert.strictEqual(r.fix, [
            "deregister what is delegated elsewhere (that account stops administering the service: move what it manages first), import what is the audit account's:",
            "aws organizations deregister-delegated-administrator --account-id 444455556666 --service-principal config.amazonaws.com",
            "aws guardduty disable-organization-admin-account --admin-account-id 444455556666 --region us-east-1",
            "aws guardduty disable-organization-admin-account --admin-account-id 444455556666 --region eu-west-1",
        ].join("\n"));
    });

    it("fails for a registration the adopted audit account already has through Organizations, and warns for GuardDuty's, with imports", async () => {
        const account = delegations(new FakeAccount(), { "222222222222": { name: "Audit", services: ["access-analyzer.amazonaws.com", "guardduty.amazonaws.com"] } });
        const config = fixtureConfig(doc => { doc["foundation:accounts"][1].importId = "222222222222"; });
        const r = await delegatedAdministrators(contextWith({ caller: account, organization: ORGANIZATION, config }));
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, [
            "access-analyzer.amazonaws.com is already delegated to the audit account audit (222222222222): pulumi up's registration would fail with AccountAlreadyRegisteredException",
            "guardduty.amazonaws.com is already delegated to the audit account audit (222222222222): if pulumi up reports its registration exists, import it",
        ].join("\n"));
        assert.deepStrictEqual(r.fix!.split("\n").slice(1), [
            "pulumi import --stack prod 'aws:organizations/delegatedAdministrator:DelegatedAdministrator' 'foundation-delegated-admins-access-analyzer' " +
            `'222222222222/access-analyzer.amazonaws.com' --parent 'foundation-delegated-admins=${URN}$foundation:organization:OrganizationArea$foundation:organization:DelegatedAdministrators::foundation-delegated-admins' ${MANAGEMENT_PROVIDER}`,
            "pulumi import --stack prod 'aws:guardduty/organizationAdminAccount:OrganizationAdminAccount' 'foundation-guardduty-us-east-1-admin' '222222222222@us-east-1' " +
            `--parent 'foundation-guardduty=${URN}$foundation:detection:DetectionArea$foundation:detection:GuardDuty::foundation-guardduty' ${MANAGEMENT_PROVIDER}`,
            "pulumi import --stack prod 'aws:guardduty/organizationAdminAccount:OrganizationAdminAccount' 'foundation-guardduty-eu-west-1-admin' '222222222222@eu-west-1' " +
            `--parent 'foundation-guardduty=${URN}$foundation:detection:DetectionArea$foundation:detection:GuardDuty::foundation-guardduty' ${MANAGEMENT_PROVIDER}`,
            "(pulumi import needs the parent and provider in the stack: on a stack never deployed, run pulumi up once, which fails at this resource, then import, then run pulumi up again)",
        ]);
    });

    it("only warns when Security Hub is already the audit account's", async () => {
        const account = delegations(new FakeAccount(), { "222222222222": { name: "Audit", services: ["securityhub.amazonaws.com"] } });
        const config = fixtureConfig(doc => { doc["foundation:accounts"][1].importId = "222222222222"; });
        const r = await delegatedAdministrators(contextWith({ caller: account, organization: ORGANIZATION, config }));
        assert.deepStrictEqual([r.status, r.detail], ["WARN", "securityhub.amazonaws.com is already delegated to the audit account audit (222222222222): if pulumi up reports its registration exists, import it"]);
        assert.strictEqual(r.fix!.split("\n")[0], "pulumi import --stack prod 'aws:securityhub/organizationAdminAccount:OrganizationAdminAccount' 'foundation-delegated-admins-securityhub' " +
            `'222222222222@us-east-1' --parent 'foundation-delegated-admins=${URN}$foundation:organization:OrganizationArea$foundation:organization:DelegatedAdministrators::foundation-delegated-admins' ${MANAGEMENT_PROVIDER}`);
    });

    it("is skipped with no organization, and warns naming organizations:ListDelegatedAdministrators when it is denied", async () => {
        const skipped = await delegatedAdministrators(contextWith());
        assert.deepStrictEqual([skipped.status, skipped.detail], ["SKIP", "no organization yet: no service is delegated"]);
        const account = new FakeAccount();
        account.organizations.on(ListDelegatedAdministratorsCommand).rejects(accessDenied("organizations:ListDelegatedAdministrators"));
        const r = await delegatedAdministrators(contextWith({ caller: account, organization: ORGANIZATION }));
        assert.deepStrictEqual([r.status, r.detail], ["WARN", "could not check delegated administrators: organizations:ListDelegatedAdministrators was denied " +
            "(AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/Auditor/alice is not authorized to perform: organizations:ListDelegatedAdministrators)"]);
    });
});
