import { DescribeOrganizationCommand, type OrganizationsClient } from "@aws-sdk/client-organizations";
import type { FoundationConfig } from "../../config";
import { call, CouldNotCheck, couldNotCheckResult, errorName } from "./aws-errors";
import type { Caller, LiveOrganization } from "./context";
import { CHECKS, type CheckResult, result } from "./result";

/**
 * DescribeOrganization works from any account of an organization; outside one it fails with
 * AWSOrganizationsNotInUseException ("Your account isn't a member of an organization"):
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeOrganization.html
 */
export async function readOrganization(organizations: OrganizationsClient): Promise<LiveOrganization> {
    try {
        const { Organization: o } = await call("organizations:DescribeOrganization", () => organizations.send(new DescribeOrganizationCommand({})));
        return { kind: "exists", id: o?.Id ?? "", managementAccountId: o?.MasterAccountId ?? "", featureSet: o?.FeatureSet ?? "" };
    } catch (error) {
        if (!(error instanceof CouldNotCheck)) throw error;
        if (errorName(error.cause) === "AWSOrganizationsNotInUseException") return { kind: "none" };
        return { kind: "unreadable", problem: error };
    }
}

/**
 * Check 1: the credentials are the management account's, and foundation:organization.importId agrees
 * with the organization it manages. With an organization and no importId the first `pulumi up` calls
 * CreateOrganization, which fails with AlreadyInOrganizationException ("This account is already a
 * member of an organization"):
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganization.html
 */
export function callerAndOrganization(config: FoundationConfig, caller: Caller, organization: LiveOrganization): CheckResult {
    const check = CHECKS.callerAndOrganization;
    const management = config.organization.managementAccount.id;
    const importId = config.organization.importId;
    if (caller.account !== management) {
        return result(check, "FAIL",
            `the credentials act in account ${caller.account} (${caller.arn}), but foundation:organization.managementAccount.id is ${management}`,
            `run with credentials of the management account ${management} (for example AWS_PROFILE=<a profile of that account>), or correct foundation:organization.managementAccount.id`);
    }
    switch (organization.kind) {
        case "unreadable":
            return couldNotCheckResult(check, organization.problem, `the organization of account ${caller.account}`);
        case "none":
            return importId === undefined
                ? result(check, "PASS", `account ${caller.account} (${caller.arn}) is the management account and in no organization yet: the first pulumi up creates it, with all features`)
                : result(check, "FAIL", `foundation:organization.importId is ${importId}, but account ${caller.account} is in no organization`,
                    `remove foundation:organization.importId (the first pulumi up then creates the organization), or run with credentials of the management account of ${importId}`);
        case "exists":
            break;
    }
    const live = organization.id;
    if (organization.managementAccountId !== caller.account) {
        return result(check, "FAIL",
            `account ${caller.account} is a member of organization ${live}, whose management account is ${organization.managementAccountId}: the foundation runs from the management account`,
            `run with credentials of account ${organization.managementAccountId} and set foundation:organization.managementAccount.id: "${organization.managementAccountId}" ` +
            "(a member account cannot create an organization of its own: CreateOrganization fails with AlreadyInOrganizationException)");
    }
    if (importId === undefined) {
        return result(check, "FAIL",
            `account ${caller.account} already manages organization ${live}, but foundation:organization.importId is not set: the first pulumi up would call CreateOrganization, which fails with AlreadyInOrganizationException`,
            `set foundation:organization.importId: ${live} to adopt it (docs/first-run.md, "Adopting an existing organization or accounts")`);
    }
    if (importId !== live) {
        return result(check, "FAIL", `foundation:organization.importId is ${importId}, but account ${caller.account} manages organization ${live}`,
            `set foundation:organization.importId: ${live}`);
    }
    return result(check, "PASS", `account ${caller.account} (${caller.arn}) manages organization ${live}, the one foundation:organization.importId adopts`);
}

/**
 * Why the other checks cannot run, if they cannot: they read the management account and its
 * organization, which these credentials are not.
 */
export function notTheManagementAccount(config: FoundationConfig, caller: Caller, organization: LiveOrganization): string | undefined {
    if (caller.account !== config.organization.managementAccount.id) {
        return `not checked: the credentials are not the management account's (see ${CHECKS.callerAndOrganization.title})`;
    }
    if (organization.kind === "exists" && organization.managementAccountId !== caller.account) {
        return `not checked: account ${caller.account} is a member account of organization ${organization.id} (see ${CHECKS.callerAndOrganization.title})`;
    }
    return undefined;
}

/** What the checks that need the organization say when it could not be read. */
export const ORGANIZATION_UNREADABLE = `not checked: the organization could not be read (see ${CHECKS.callerAndOrganization.title})`;

/**
 * Check 2: all features. Service control policies, delegated administrators and trusted access need
 * them; an organization created with only consolidated billing must enable them, and every account
 * that joined by invitation must approve:
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_org_support-all-features.html
 */
export function allFeatures(organization: LiveOrganization): CheckResult {
    const check = CHECKS.allFeatures;
    switch (organization.kind) {
        case "none":
            return result(check, "SKIP", "no organization yet: the first pulumi up creates it with all features (CreateOrganization's default)");
        case "unreadable":
            return result(check, "SKIP", ORGANIZATION_UNREADABLE);
        case "exists":
            return organization.featureSet === "ALL"
                ? result(check, "PASS", `organization ${organization.id} has all features enabled`)
                : result(check, "FAIL",
                    `organization ${organization.id} has only consolidated billing (FeatureSet ${organization.featureSet}): service control policies, delegated administrators and trusted access need all features`,
                    "Organizations console > Settings > Enable all features (or `aws organizations enable-all-features`); every account that joined by invitation must approve " +
                    "before the change completes: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_org_support-all-features.html");
    }
}
