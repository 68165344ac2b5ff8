import { ListAccountsCommand } from "@aws-sdk/client-organizations";
import { ListServiceQuotasCommand, type ServiceQuota, type ServiceQuotasClient } from "@aws-sdk/client-service-quotas";
import { call, CouldNotCheck, couldNotCheckResult, whatWentWrong } from "./aws-errors";
import type { PreflightContext } from "./context";
import { ORGANIZATION_UNREADABLE } from "./organization";
import { CHECKS, type CheckResult, result } from "./result";

/*
 * Organizations' account quota: 10 by default, and "Newly created accounts and organizations might
 * experience a quota below the default of 10 accounts"; it is global, read from us-east-1; and
 * "Service quota codes might change over time ... use the ListServiceQuotas operation, and look for
 * the QuotaCode": https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
 * So the quota is found by name, or by either code public code uses (L-29A0C5DF, L-E619E033), in
 * ListServiceQuotas' applied values, never by one hard-coded code; GetServiceQuota may not return it
 * at all ("If the applied quota value is not available for a quota, the quota is not retrieved":
 * https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_GetServiceQuota.html).
 */
const QUOTA_NAME = "Default maximum number of accounts";
const QUOTA_CODES = ["L-29A0C5DF", "L-E619E033"];
const LIMITS_PAGE = "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html";

/** The account quota as Service Quotas lists it; undefined when it is not in the list. */
export async function readAccountQuota(serviceQuotas: ServiceQuotasClient): Promise<ServiceQuota | undefined> {
    let nextToken: string | undefined;
    do {
        const page = await call("servicequotas:ListServiceQuotas", () => serviceQuotas.send(new ListServiceQuotasCommand({ ServiceCode: "organizations", NextToken: nextToken })));
        const found = (page.Quotas ?? []).find(q => q.QuotaName === QUOTA_NAME) ?? (page.Quotas ?? []).find(q => QUOTA_CODES.includes(q.QuotaCode ?? ""));
        if (found) return found;
        nextToken = page.NextToken;
    } while (nextToken);
    return undefined;
}

/** Accounts in the organization, every status (closed accounts count until they are removed). */
async function countAccounts(context: PreflightContext): Promise<number> {
    const { organizations } = await context.clientsFor();
    let count = 0;
    let nextToken: string | undefined;
    do {
        const page = await call("organizations:ListAccounts", () => organizations.send(new ListAccountsCommand({ NextToken: nextToken })));
        count += page.Accounts?.length ?? 0;
        nextToken = page.NextToken;
    } while (nextToken);
    return count;
}

const checkByHand = (needed: number) =>
    `Service Quotas console, region us-east-1 > AWS services > AWS Organizations > "${QUOTA_NAME}": it must be at least ${needed}; ` +
    `if it is not, Request increase there (only the management account can). New organizations may start below the default of 10: ${LIMITS_PAGE}`;

/**
 * Check 4: room for the accounts config creates. Needed: the accounts the organization has (with none
 * yet, the management account, which the first run's organization starts with) plus every configured
 * account without an importId.
 */
export async function accountQuota(context: PreflightContext): Promise<CheckResult> {
    const check = CHECKS.accountQuota;
    const toCreate = context.config.accounts.filter(a => a.importId === undefined).map(a => a.key);
    const organization = context.organization;
    if (organization.kind === "unreadable") return result(check, "SKIP", ORGANIZATION_UNREADABLE);

    let existing: string;
    let needed: number;
    if (organization.kind === "none") {
        existing = "the management account (the organization the first run creates starts with it)";
        needed = 1 + toCreate.length;
    } else {
        let count: number;
        try {
            count = await countAccounts(context);
        } catch (error) {
            if (error instanceof CouldNotCheck) return couldNotCheckResult(check, error, `the accounts of organization ${organization.id}`);
            throw error;
        }
        existing = `${count} account${count === 1 ? "" : "s"} in organization ${organization.id}`;
        needed = count + toCreate.length;
    }
    const need = `needs room for ${needed} accounts: ${existing} and ${toCreate.length} to create${toCreate.length > 0 ? ` (${toCreate.join(", ")})` : ""}`;

    let quota: ServiceQuota | undefined;
    try {
        quota = await readAccountQuota((await context.clientsFor()).serviceQuotas);
    } catch (error) {
        if (!(error instanceof CouldNotCheck)) throw error;
        return result(check, "WARN", `${need}; the account quota could not be read: ${whatWentWrong(error)}`, checkByHand(needed));
    }
    if (quota?.Value === undefined) {
        return result(check, "WARN", `${need}; Service Quotas lists no "${QUOTA_NAME}" quota for AWS Organizations`, checkByHand(needed));
    }
    const value = quota.Value;
    if (value < needed) {
        return result(check, "FAIL", `${need}, but the quota (${quota.QuotaName ?? QUOTA_NAME}, ${quota.QuotaCode}) is ${value}`,
            `Service Quotas console, region us-east-1 > AWS services > AWS Organizations > "${quota.QuotaName ?? QUOTA_NAME}" > Request increase at account level, to at least ${needed}; ` +
            `or: aws service-quotas request-service-quota-increase --region us-east-1 --service-code organizations --quota-code ${quota.QuotaCode} --desired-value ${needed} ` +
            `(only the management account can ask: ${LIMITS_PAGE})`);
    }
    const caveat = organization.kind === "none" ? ` (a new organization may start below the default of 10: ${LIMITS_PAGE})` : "";
    return result(check, "PASS", `${need}; the quota is ${value}${caveat}`);
}
