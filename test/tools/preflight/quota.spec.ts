import * as assert from "assert";
import { ListAccountsCommand } from "@aws-sdk/client-organizations";
import { ListServiceQuotasCommand } from "@aws-sdk/client-service-quotas";
import { accountQuota } from "../../../tools/preflight/quota";
import { CouldNotCheck } from "../../../tools/preflight/aws-errors";
import { accessDenied, awsError, contextWith, FakeAccount, fixtureConfig, ORGANIZATION } from "./fakes";

const BY_HAND = (needed: number) => `Service Quotas console, region us-east-1 > AWS services > AWS Organizations > "Default maximum number of accounts": it must be at least ${needed}; ` +
    "if it is not, Request increase there (only the management account can). New organizations may start below the default of 10: " +
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html";

/** An organization with `n` accounts, the management account first. */
function withAccounts(account: FakeAccount, n: number): FakeAccount {
    const accounts = Array.from({ length: n }, (_, i) => ({ Id: String(123456789012 + i), Status: i === n - 1 ? "SUSPENDED" as const : "ACTIVE" as const }));
    account.organizations.on(ListAccountsCommand)
        .resolvesOnce({ Accounts: accounts.slice(0, 2), NextToken: "page-2" })
        .resolves({ Accounts: accounts.slice(2) });
    return account;
}

describe("Preflight: account quota (check 4)", () => {
    it("passes when the quota has room for the management account and every account to create", async () => {
        assert.deepStrictEqual(await accountQuota(contextWith()), {
            id: "account-quota", title: "Account quota", blocking: true, status: "PASS",
            detail: "needs room for 4 accounts: the management account (the organization the first run creates starts with it) and 3 to create (log-archive, audit, prod); " +
                "the quota is 10 (a new organization may start below the default of 10: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html)",
        });
    });

    it("fails when the organization's accounts (closed ones count) and the new ones exceed the quota, with the increase request", async () => {
        const account = withAccounts(new FakeAccount(), 8);
        const r = await accountQuota(contextWith({ caller: account, organization: ORGANIZATION }));
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, "needs room for 11 accounts: 8 accounts in organization o-a1b2c3d4e5 and 3 to create (log-archive, audit, prod), " +
            "but the quota (Default maximum number of accounts, L-29A0C5DF) is 10");
        assert.strictEqual(r.fix, "Service Quotas console, region us-east-1 > AWS services > AWS Organizations > \"Default maximum number of accounts\" > Request increase at account level, to at least 11; " +
            "or: aws service-quotas request-service-quota-increase --region us-east-1 --service-code organizations --quota-code L-29A0C5DF --desired-value 11 " +
            "(only the management account can ask: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html)");
        assert.deepStrictEqual(account.organizations.commandCalls(ListAccountsCommand).map(c => c.args[0].input.NextToken), [undefined, "page-2"]);
    });

    it("counts adopted accounts as existing, and finds the quota by its other code on a later page", async () => {
        const account = withAccounts(new FakeAccount(), 3);
        account.serviceQuotas.on(ListServiceQuotasCommand)
            .resolvesOnce({ Quotas: [{ QuotaName: "Maximum policies per organization", QuotaCode: "L-1234ABCD", Value: 1000 }], NextToken: "next" })
            .resolves({ Quotas: [{ QuotaName: "Maximum number of accounts", QuotaCode: "L-E619E033", Value: 4 }] });
        const config = fixtureConfig(doc => { doc["foundation:accounts"][0].importId = "123456789013"; doc["foundation:accounts"][1].importId = "123456789014"; });
        const r = await accountQuota(contextWith({ caller: account, organization: ORGANIZATION, config }));
        assert.deepStrictEqual([r.status, r.detail], ["PASS", "needs room for 4 accounts: 3 accounts in organization o-a1b2c3d4e5 and 1 to create (prod); the quota is 4"]);
        assert.deepStrictEqual(account.serviceQuotas.commandCalls(ListServiceQuotasCommand).map(c => c.args[0].input), [
            { ServiceCode: "organizations", NextToken: undefined }, { ServiceCode: "organizations", NextToken: "next" },
        ]);
    });

    it("warns with the number needed and the manual check when the quota is denied, throttled, unavailable or not listed", async () => {
        const cases: [string, Error | undefined, string][] = [
            ["denied", accessDenied("servicequotas:ListServiceQuotas"), "the account quota could not be read: servicequotas:ListServiceQuotas was denied " +
                "(AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/Auditor/alice is not authorized to perform: servicequotas:ListServiceQuotas)"],
            ["throttled", awsError("TooManyRequestsException", "Rate exceeded"), "the account quota could not be read: servicequotas:ListServiceQuotas failed: " +
                "TooManyRequestsException: Rate exceeded (still throttled after the SDK's retries)"],
            ["not retrievable", awsError("NoSuchResourceException", "The request failed because the specified service does not exist.", 400),
                "the account quota could not be read: servicequotas:ListServiceQuotas failed: NoSuchResourceException: The request failed because the specified service does not exist."],
            ["an emulator's HTML page", Object.assign(new SyntaxError("Unexpected token '<', \"<!doctype \"... is not valid JSON\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response"),
                { $metadata: { httpStatusCode: 500 } }), "the account quota could not be read: servicequotas:ListServiceQuotas failed: " +
                "the endpoint answered HTTP 500 with something that is not an AWS response (is the call implemented there?)"],
            ["not listed", undefined, "Service Quotas lists no \"Default maximum number of accounts\" quota for AWS Organizations"],
        ];
        for (const [what, error, reason] of cases) {
            const account = new FakeAccount();
            if (error) account.serviceQuotas.on(ListServiceQuotasCommand).rejects(error);
            else account.serviceQuotas.on(ListServiceQuotasCommand).resolves({ Quotas: [] });
            const r = await accountQuota(contextWith({ caller: account }));
            assert.deepStrictEqual([r.status, r.detail, r.fix], ["WARN",
                `needs room for 4 accounts: the management account (the organization the first run creates starts with it) and 3 to create (log-archive, audit, prod); ${reason}`,
                BY_HAND(4)], what);
        }
    });

    it("warns naming organizations:ListAccounts when it is denied, and is skipped when the organization could not be read", async () => {
        const account = new FakeAccount();
        account.organizations.on(ListAccountsCommand).rejects(accessDenied("organizations:ListAccounts"));
        const r = await accountQuota(contextWith({ caller: account, organization: ORGANIZATION }));
        assert.deepStrictEqual([r.status, r.detail], ["WARN", "could not check the accounts of organization o-a1b2c3d4e5: organizations:ListAccounts was denied " +
            "(AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/Auditor/alice is not authorized to perform: organizations:ListAccounts)"]);
        const skipped = await accountQuota(contextWith({ organization: { kind: "unreadable", problem: new CouldNotCheck("organizations:DescribeOrganization", accessDenied("x")) } }));
        assert.deepStrictEqual([skipped.status, skipped.detail], ["SKIP", "not checked: the organization could not be read (see Caller and organization)"]);
    });

    it("lets a bug in reading the quota through (the CLI exits 3)", async () => {
        const account = new FakeAccount();
        account.serviceQuotas.on(ListServiceQuotasCommand).rejects(new RangeError("Maximum call stack size exceeded"));
        await assert.rejects(accountQuota(contextWith({ caller: account })), RangeError);
    });
});
