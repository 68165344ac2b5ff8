import { UNKNOWN, asBool, asString, defineResourcePolicy, stringList } from "../../lib";

export const ACCOUNT = "aws:organizations/account:Account";

export interface AccountCloseConfig {
    /** Account names (the Account's `name`) that may be closed when their resource is deleted. */
    readonly allowedAccountNames: readonly string[];
}

export function parseConfig(raw: Record<string, unknown>): AccountCloseConfig {
    return { allowedAccountNames: stringList(raw["allowedAccountNames"]) };
}

/**
 * Deleting an Account resource must not close the AWS account, unless the account is explicitly
 * allowed by name in the policy config.
 */
export function checkAccount(props: Record<string, unknown>, config: AccountCloseConfig): string[] {
    if (asBool(props["closeOnDeletion"]) !== true) {
        return [];
    }
    const name = asString(props["name"]);
    if (name === UNKNOWN && config.allowedAccountNames.length > 0) {
        return []; // the name decides, and it is not known yet
    }
    if (typeof name === "string" && config.allowedAccountNames.includes(name)) {
        return [];
    }
    const account = typeof name === "string" ? `AWS account ${JSON.stringify(name)}` : "the AWS account";
    const allow = typeof name === "string" ? JSON.stringify(name) : "the account name";
    return [
        `closeOnDeletion must be false: deleting this resource would close ${account}, and a closed account ` +
            `is suspended at once and permanently closed, with everything in it, after 90 days; to allow it, list ${allow} in the policy config allowedAccountNames`,
    ];
}

export const definition = defineResourcePolicy<AccountCloseConfig>({
    name: "organizations-account-no-close-on-deletion",
    description:
        "Organization member accounts are not closed when their Account resource is deleted (closeOnDeletion is false), unless the account is listed in allowedAccountNames.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { foundation: ["nothing-lost"] },
    configSchema: {
        properties: {
            allowedAccountNames: {
                type: "array",
                items: { type: "string" },
                default: [],
                description: "Names of accounts that may be closed when their Account resource is deleted.",
            },
        },
    },
    parseConfig,
    checks: { [ACCOUNT]: checkAccount },
});
