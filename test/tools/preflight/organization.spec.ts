import * as assert from "assert";
import { DescribeOrganizationCommand } from "@aws-sdk/client-organizations";
import { CouldNotCheck, CredentialsError } from "../../../tools/preflight/aws-errors";
import { allFeatures, callerAndOrganization, readOrganization } from "../../../tools/preflight/organization";
import { accessDenied, awsError, CALLER, FakeAccount, fixtureConfig, NO_ORGANIZATION, ORGANIZATION } from "./fakes";

const TITLE = { id: "caller-and-organization", title: "Caller and organization", blocking: true };
const adopting = (importId: string) => fixtureConfig(doc => { doc["foundation:organization"].importId = importId; });

describe("Preflight: caller and organization (check 1)", () => {
    it("passes for the management account with no organization yet and no importId: the first run creates it", () => {
        assert.deepStrictEqual(callerAndOrganization(fixtureConfig(), CALLER, NO_ORGANIZATION), {
            ...TITLE, status: "PASS",
            detail: "account 123456789012 (arn:aws:sts::123456789012:assumed-role/Admin/alice) is the management account and in no organization yet: the first pulumi up creates it, with all features",
        });
    });

    it("fails when the credentials are another account's", () => {
        const r = callerAndOrganization(fixtureConfig(), { account: "999999999999", arn: "arn:aws:sts::999999999999:assumed-role/Dev/bob" }, NO_ORGANIZATION);
        assert.deepStrictEqual(r, {
            ...TITLE, status: "FAIL",
            detail: "the credentials act in account 999999999999 (arn:aws:sts::999999999999:assumed-role/Dev/bob), but foundation:organization.managementAccount.id is 123456789012",
            fix: "run with credentials of the management account 123456789012 (for example AWS_PROFILE=<a profile of that account>), or correct foundation:organization.managementAccount.id",
        });
    });

    it("fails when config adopts an organization but the account is in none", () => {
        const r = callerAndOrganization(adopting("o-a1b2c3d4e5"), CALLER, NO_ORGANIZATION);
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, "foundation:organization.importId is o-a1b2c3d4e5, but account 123456789012 is in no organization");
        assert.strictEqual(r.fix, "remove foundation:organization.importId (the first pulumi up then creates the organization), or run with credentials of the management account of o-a1b2c3d4e5");
    });

    it("fails in an organization the caller does not manage", () => {
        const r = callerAndOrganization(fixtureConfig(), CALLER, { kind: "exists", id: "o-a1b2c3d4e5", managementAccountId: "210987654321", featureSet: "ALL" });
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, "account 123456789012 is a member of organization o-a1b2c3d4e5, whose management account is 210987654321: the foundation runs from the management account");
        assert.strictEqual(r.fix, "run with credentials of account 210987654321 and set foundation:organization.managementAccount.id: \"210987654321\" " +
            "(a member account cannot create an organization of its own: CreateOrganization fails with AlreadyInOrganizationException)");
    });

    it("fails in an organization the caller manages when config has no importId: CreateOrganization would fail", () => {
        const r = callerAndOrganization(fixtureConfig(), CALLER, ORGANIZATION);
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, "account 123456789012 already manages organization o-a1b2c3d4e5, but foundation:organization.importId is not set: " +
            "the first pulumi up would call CreateOrganization, which fails with AlreadyInOrganizationException");
        assert.strictEqual(r.fix, "set foundation:organization.importId: o-a1b2c3d4e5 to adopt it (docs/first-run.md, \"Adopting an existing organization or accounts\")");
    });

    it("fails when importId names another organization than the live one", () => {
        const r = callerAndOrganization(adopting("o-zzzzzzzzzz"), CALLER, ORGANIZATION);
        assert.deepStrictEqual([r.status, r.detail, r.fix], [
            "FAIL", "foundation:organization.importId is o-zzzzzzzzzz, but account 123456789012 manages organization o-a1b2c3d4e5", "set foundation:organization.importId: o-a1b2c3d4e5",
        ]);
    });

    it("passes when importId is the organization the caller manages", () => {
        const r = callerAndOrganization(adopting("o-a1b2c3d4e5"), CALLER, ORGANIZATION);
        assert.deepStrictEqual([r.status, r.detail, r.fix], [
            "PASS", "account 123456789012 (arn:aws:sts::123456789012:assumed-role/Admin/alice) manages organization o-a1b2c3d4e5, the one foundation:organization.importId adopts", undefined,
        ]);
    });

    describe("reading the organization", () => {
        it("reads an organization, and no organization from AWSOrganizationsNotInUseException", async () => {
            const account = new FakeAccount();
            assert.deepStrictEqual(await readOrganization(account.clients.organizations), { kind: "none" });
            account.organizations.on(DescribeOrganizationCommand).resolves({
                Organization: { Id: "o-a1b2c3d4e5", MasterAccountId: "123456789012", FeatureSet: "CONSOLIDATED_BILLING" },
            });
            assert.deepStrictEqual(await readOrganization(account.clients.organizations),
                { kind: "exists", id: "o-a1b2c3d4e5", managementAccountId: "123456789012", featureSet: "CONSOLIDATED_BILLING" });
        });

        it("warns naming organizations:DescribeOrganization when it is denied", async () => {
            const account = new FakeAccount();
            account.organizations.on(DescribeOrganizationCommand).rejects(accessDenied("organizations:DescribeOrganization"));
            const r = callerAndOrganization(fixtureConfig(), CALLER, await readOrganization(account.clients.organizations));
            assert.deepStrictEqual(r, {
                ...TITLE, status: "WARN",
                detail: "could not check the organization of account 123456789012: organizations:DescribeOrganization was denied (AccessDeniedException: " +
                    "User: arn:aws:sts::123456789012:assumed-role/Auditor/alice is not authorized to perform: organizations:DescribeOrganization)",
                fix: "allow organizations:DescribeOrganization to the credentials the preflight runs with (docs/preflight.md lists every action it needs), then run it again",
            });
        });

        it("warns, and says to run again, when DescribeOrganization stays throttled or fails otherwise", async () => {
            const account = new FakeAccount();
            account.organizations.on(DescribeOrganizationCommand).rejectsOnce(awsError("TooManyRequestsException", "Rate exceeded"))
                .rejectsOnce(awsError("ServiceException", "AWS Organizations can't complete your request because of an internal service error.", 500));
            const throttled = callerAndOrganization(fixtureConfig(), CALLER, await readOrganization(account.clients.organizations));
            assert.strictEqual(throttled.status, "WARN");
            assert.strictEqual(throttled.detail,
                "could not check the organization of account 123456789012: organizations:DescribeOrganization failed: TooManyRequestsException: Rate exceeded (still throttled after the SDK's retries)");
            assert.strictEqual(throttled.fix, "run the preflight again; if it keeps failing, check the network and AWS's service health (AWS_ENDPOINT_URL, when set, sends every call there)");
            const failed = callerAndOrganization(fixtureConfig(), CALLER, await readOrganization(account.clients.organizations));
            assert.strictEqual(failed.detail, "could not check the organization of account 123456789012: organizations:DescribeOrganization failed: " +
                "ServiceException: AWS Organizations can't complete your request because of an internal service error.");
        });

        it("turns expired credentials into a CredentialsError, and lets a bug through unchanged", async () => {
            const account = new FakeAccount();
            account.organizations.on(DescribeOrganizationCommand).rejectsOnce(awsError("ExpiredTokenException", "The security token included in the request is expired"))
                .rejectsOnce(new TypeError("Cannot read properties of undefined (reading 'Id')"));
            await assert.rejects(readOrganization(account.clients.organizations), (e: Error) => e instanceof CredentialsError &&
                e.message.startsWith("no usable AWS credentials: ExpiredTokenException: The security token included in the request is expired\n"));
            await assert.rejects(readOrganization(account.clients.organizations), TypeError);
        });
    });
});

describe("Preflight: all features (check 2)", () => {
    it("passes with all features, fails with consolidated billing only", () => {
        assert.deepStrictEqual(allFeatures(ORGANIZATION),
            { id: "all-features", title: "All features", blocking: true, status: "PASS", detail: "organization o-a1b2c3d4e5 has all features enabled" });
        const r = allFeatures({ kind: "exists", id: "o-a1b2c3d4e5", managementAccountId: "123456789012", featureSet: "CONSOLIDATED_BILLING" });
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, "organization o-a1b2c3d4e5 has only consolidated billing (FeatureSet CONSOLIDATED_BILLING): " +
            "service control policies, delegated administrators and trusted access need all features");
        assert.strictEqual(r.fix, "Organizations console > Settings > Enable all features (or `aws organizations enable-all-features`); every account that joined by invitation must approve " +
            "before the change completes: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_org_support-all-features.html");
    });

    it("is skipped with no organization yet, and when the organization could not be read", () => {
        assert.deepStrictEqual([allFeatures(NO_ORGANIZATION).status, allFeatures(NO_ORGANIZATION).detail],
            ["SKIP", "no organization yet: the first pulumi up creates it with all features (CreateOrganization's default)"]);
        const unreadable = allFeatures({ kind: "unreadable", problem: new CouldNotCheck("organizations:DescribeOrganization", accessDenied("organizations:DescribeOrganization")) });
        assert.deepStrictEqual([unreadable.status, unreadable.detail], ["SKIP", "not checked: the organization could not be read (see Caller and organization)"]);
    });
});
