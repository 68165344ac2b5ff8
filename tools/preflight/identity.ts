import { ListInstancesCommand } from "@aws-sdk/client-sso-admin";
import { expandAssignments, MANAGEMENT_ACCOUNT_KEY, type FoundationConfig } from "../../config";
import { call, guarded } from "./aws-errors";
import type { PreflightContext } from "./context";
import { ORGANIZATION_UNREADABLE } from "./organization";
import { CHECKS, type CheckResult, result } from "./result";

/**
 * How to enable the organization instance. No API does it: CreateInstance creates account instances
 * only and is refused in the management account
 * (https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreateInstance.html); the
 * management account's console does it
 * (https://docs.aws.amazon.com/singlesignon/latest/userguide/get-set-up-for-idc.html).
 */
const enableInConsole = (region: string) =>
    `in the management account, IAM Identity Center console (region ${region}) > Enable > enable with AWS Organizations (an organization instance), then run pulumi up again; ` +
    "no API can do this step: https://docs.aws.amazon.com/singlesignon/latest/userguide/get-set-up-for-idc.html";

/**
 * Check 3: an IAM Identity Center organization instance for foundation:identity. Never blocking:
 * until it exists the program leaves identity out. `sso:ListInstances` lists the organization's and
 * account instances visible to the caller
 * (https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListInstances.html).
 */
export async function identityCenter(context: PreflightContext): Promise<CheckResult> {
    const check = CHECKS.identityCenter;
    const identity = context.config.identity;
    if (!identity) return result(check, "SKIP", "foundation:identity is not set: the program leaves IAM Identity Center alone");
    const region = identity.region;
    switch (context.organization.kind) {
        case "none":
            return result(check, "WARN",
                "no organization yet: enable IAM Identity Center after the first pulumi up has created the organization; until then the program skips foundation:identity with a warning",
                `after the first pulumi up: ${enableInConsole(region)}`);
        case "unreadable":
            return result(check, "SKIP", ORGANIZATION_UNREADABLE);
        case "exists":
            break;
    }
    return guarded(check, `IAM Identity Center in ${region}`, async () => {
        const clients = await context.clientsFor();
        const { Instances: instances = [] } = await call("sso:ListInstances", () => clients.ssoAdmin(region).send(new ListInstancesCommand({})));
        const own = instances.filter(i => i.OwnerAccountId === undefined || i.OwnerAccountId === context.caller.account);
        if (own.length === 0) {
            return result(check, "WARN",
                `no IAM Identity Center instance of the management account in ${region}: the program skips foundation:identity with a warning until one is enabled`,
                enableInConsole(region));
        }
        const instance = own[0];
        if (instance.Status !== undefined && instance.Status !== "ACTIVE") {
            return result(check, "WARN", `IAM Identity Center instance ${instance.InstanceArn} in ${region} is ${instance.Status}, not ACTIVE`,
                "wait until it is ACTIVE (IAM Identity Center console > Settings), then run the preflight again");
        }
        return result(check, "PASS", `instance ${instance.InstanceArn} (identity store ${instance.IdentityStoreId}) in ${region}`);
    });
}

/** The AWS managed policy of the built-in Billing permission set (config/identity/permission-sets.ts). */
const BILLING_POLICY = "arn:aws:iam::aws:policy/job-function/Billing";

/**
 * Check 9: a billing permission set assigned in the management account needs the root user to have
 * activated IAM access to the Billing console there, once: "IAM roles within an Amazon account can't
 * access the Billing and Cost Management console pages by default", and "Activate IAM Access as the
 * AWS account root user" (https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/control-access-billing.html).
 * No API turns it on or reads it, so this is a manual step, never blocking.
 */
export function billingAccess(config: FoundationConfig): CheckResult {
    const check = CHECKS.billingAccess;
    const identity = config.identity;
    if (!identity) return result(check, "SKIP", "foundation:identity is not set: no permission set reaches the Billing console");
    const billingSets = new Set(identity.permissionSets
        .filter(set => set.name === "Billing" || set.managedPolicies.includes(BILLING_POLICY))
        .map(set => set.name));
    const grants = expandAssignments(identity.assignments, config.accounts)
        .filter(a => a.account === MANAGEMENT_ACCOUNT_KEY && billingSets.has(a.permissionSet));
    if (grants.length === 0) {
        return result(check, "SKIP", "no Identity Center assignment gives a billing permission set in the management account");
    }
    const who = grants.map(g => `group ${g.group} (${g.permissionSet})`).join(", ");
    return result(check, "MANUAL",
        `${who} in the management account: permission sets reach the Billing console only once the root user has activated IAM access to it, and no API can tell whether that was done`,
        "sign in to the management account as the root user once: Account (top right menu) > IAM user and role access to Billing information > Edit > " +
        "Activate IAM Access > Update: https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/control-access-billing.html");
}
