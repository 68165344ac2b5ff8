import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import type { FoundationConfig } from "../../config";
import { call, CouldNotCheck, CredentialsError, describeError } from "./aws-errors";
import type { ClientsFor } from "./clients";
import type { Caller, PreflightContext } from "./context";
import { auditEventBus } from "./event-bus";
import { delegatedAdministrators } from "./delegated-admins";
import { detectorsAndRecorders, serviceLinkedRoles } from "./existing-resources";
import { billingAccess, identityCenter } from "./identity";
import { allFeatures, callerAndOrganization, notTheManagementAccount, readOrganization } from "./organization";
import { accountQuota } from "./quota";
import { optInRegions } from "./regions";
import { CHECKS, type CheckResult, result } from "./result";

export interface PreflightInput {
    readonly config: FoundationConfig;
    readonly stack: string;
    readonly project: string;
    readonly clientsFor: ClientsFor;
}

export interface PreflightReport {
    readonly caller: Caller;
    readonly checks: readonly CheckResult[];
}

/**
 * Who the credentials are. GetCallerIdentity needs no permission
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html), so any failure
 * here is the environment's (credentials, network): a CredentialsError.
 */
async function whoIsCalling(clientsFor: ClientsFor): Promise<Caller> {
    const { sts } = await clientsFor();
    try {
        const { Account: account, Arn: arn } = await call("sts:GetCallerIdentity", () => sts.send(new GetCallerIdentityCommand({})));
        return { account: account ?? "", arn: arn ?? "" };
    } catch (error) {
        if (!(error instanceof CouldNotCheck)) throw error;
        throw new CredentialsError(`sts:GetCallerIdentity failed: ${describeError(error.cause)}\nCheck the credentials, the network and the endpoint (AWS_ENDPOINT_URL, when set, sends every call there).`);
    }
}

/** The checks after the first, in the order they print. */
const LATER_CHECKS: readonly ((context: PreflightContext) => CheckResult | Promise<CheckResult>)[] = [
    context => allFeatures(context.organization),
    identityCenter,
    accountQuota,
    optInRegions,
    detectorsAndRecorders,
    serviceLinkedRoles,
    delegatedAdministrators,
    auditEventBus,
    context => billingAccess(context.config),
];

/**
 * Every check, read-only. The first decides whether the rest can run: they all read the management
 * account and its organization, so with anyone else's credentials they are skipped.
 */
export async function runPreflight(input: PreflightInput): Promise<PreflightReport> {
    const caller = await whoIsCalling(input.clientsFor);
    const organization = caller.account === input.config.organization.managementAccount.id
        ? await readOrganization((await input.clientsFor()).organizations)
        : { kind: "none" as const };
    const context: PreflightContext = { ...input, caller, organization };
    const first = callerAndOrganization(input.config, caller, organization);
    const stop = notTheManagementAccount(input.config, caller, organization);
    const later = stop
        ? Object.values(CHECKS).slice(1).map(check => result(check, "SKIP", stop))
        : await Promise.all(LATER_CHECKS.map(check => check(context)));
    return { caller, checks: [first, ...later] };
}
