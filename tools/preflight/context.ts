import type { FoundationConfig } from "../../config";
import type { CouldNotCheck } from "./aws-errors";
import type { ClientsFor } from "./clients";

/** Who the credentials are (sts:GetCallerIdentity). */
export interface Caller {
    readonly account: string;
    readonly arn: string;
}

/** The organization the caller's account is in, as DescribeOrganization answers. */
export type LiveOrganization =
    { readonly kind: "none" } |
    { readonly kind: "exists"; readonly id: string; readonly managementAccountId: string; readonly featureSet: string } |
    { readonly kind: "unreadable"; readonly problem: CouldNotCheck };

/** Everything a check may read: the validated config, the stack's names, who calls, and clients per account. */
export interface PreflightContext {
    readonly config: FoundationConfig;
    readonly stack: string;
    /** The Pulumi project's name (Pulumi.yaml), part of every URN. */
    readonly project: string;
    readonly caller: Caller;
    readonly organization: LiveOrganization;
    readonly clientsFor: ClientsFor;
}

/** The adopted audit account's id (its importId); undefined when the program creates the audit account. */
export function auditAccountId(config: FoundationConfig): string | undefined {
    return config.accounts.find(a => a.key === config.organization.auditAccount)?.importId;
}
