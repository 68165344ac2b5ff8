import { DescribeConfigurationRecordersCommand, DescribeDeliveryChannelsCommand } from "@aws-sdk/client-config-service";
import { ListDetectorsCommand } from "@aws-sdk/client-guardduty";
import { GetRoleCommand, type IAMClient } from "@aws-sdk/client-iam";
import { MANAGEMENT_ACCOUNT_KEY } from "../../config";
import { call, CouldNotCheck, errorName } from "./aws-errors";
import { accountLabel, type CheckedAccount, clientsOf, existingAccounts, orUnchecked, type Unchecked, uncheckedFix, uncheckedLine } from "./accounts";
import type { AccountClients } from "./clients";
import type { PreflightContext } from "./context";
import {
    accessAnalyzerRoleTarget, configRoleTarget, deliveryChannelTarget, detectorTarget, IMPORT_ORDER, type ImportTarget, importCommand, recorderTarget, type StackNames,
} from "./pulumi-names";
import { type CheckInfo, CHECKS, type CheckResult, result } from "./result";

/** Something the program would create that already exists: what it is, and how to adopt or remove it. */
interface Collision {
    readonly found: string;
    readonly target: ImportTarget;
    /** How to remove it instead, when that is an option. */
    readonly remove?: string;
}

function collisionResult(check: CheckInfo, names: StackNames, collisions: readonly Collision[], unchecked: readonly Unchecked[], accessRoleName: string): CheckResult {
    const detail = [...collisions.map(c => `${c.found}: pulumi up would fail creating ${c.target.name}`), ...unchecked.map(uncheckedLine)];
    const fix = [
        `import each into the stack under the program's name${collisions.some(c => c.remove) ? ", or remove it" : ""}:`,
        ...collisions.flatMap(c => [importCommand(names, c.target), ...(c.remove ? [`  or remove it: ${c.remove}`] : [])]),
        IMPORT_ORDER,
        ...(unchecked.length > 0 ? [uncheckedFix(unchecked, accessRoleName)] : []),
    ];
    return result(check, "FAIL", detail.join("\n"), fix.join("\n"));
}

/**
 * Check 6: GuardDuty detectors and AWS Config recorders that already exist where the program creates
 * its own. One detector per account and region: a second CreateDetector is rejected
 * (https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html); one customer
 * managed recorder per account and region, and a recorder of another name fails with
 * MaxNumberOfConfigurationRecordersExceededException
 * (https://docs.aws.amazon.com/config/latest/APIReference/API_PutConfigurationRecorder.html).
 * The program creates detectors in the management and audit accounts only (other accounts join through
 * automatic enablement, so their detectors are no conflict), and a recorder and delivery channel in
 * every account and allowed region. Adopted accounts are reached through the account access role.
 */
export async function detectorsAndRecorders(context: PreflightContext): Promise<CheckResult> {
    const check = CHECKS.detectorsAndRecorders;
    const { config } = context;
    const regions = config.organization.allowedRegions;
    const found: Findings = { collisions: [], members: [], unchecked: [] };
    const accounts = existingAccounts(context);
    for (const account of accounts) {
        const clients = await orUnchecked(found.unchecked, accountLabel(account), () => clientsOf(context, account));
        if (!clients) continue;
        const createsDetector = account.key === MANAGEMENT_ACCOUNT_KEY || account.key === config.organization.auditAccount;
        for (const region of regions) {
            await detectorsIn(context, account, clients, region, createsDetector, found);
            await recordersIn(context, account, clients, region, found);
        }
    }
    const accessRoleName = config.organization.accountAccessRoleName;
    if (found.collisions.length > 0) return collisionResult(check, context, found.collisions, found.unchecked, accessRoleName);
    const where = `${accounts.map(accountLabel).join(", ")} (regions ${regions.join(", ")})`;
    if (found.unchecked.length > 0) {
        return result(check, "WARN", [...found.unchecked.map(uncheckedLine), `none found in what could be checked (${where})`, ...found.members].join("\n"),
            uncheckedFix(found.unchecked, accessRoleName));
    }
    return result(check, "PASS", [`none in ${where}`, ...found.members].join("\n"));
}

/** What check 6 found so far. */
interface Findings {
    readonly collisions: Collision[];
    /** Detectors of accounts the program creates none in: no conflict, noted. */
    readonly members: string[];
    readonly unchecked: Unchecked[];
}

async function detectorsIn(names: StackNames, account: CheckedAccount, clients: AccountClients, region: string, createsDetector: boolean, found: Findings): Promise<void> {
    const label = accountLabel(account);
    const detectors = await orUnchecked(found.unchecked, `GuardDuty in ${label}, ${region}`, async () =>
        (await call("guardduty:ListDetectors", () => clients.guardDuty(region).send(new ListDetectorsCommand({})))).DetectorIds ?? []);
    for (const detectorId of detectors ?? []) {
        if (!createsDetector) {
            found.members.push(`GuardDuty detector ${detectorId} in ${label}, ${region} joins the organization's GuardDuty as a member: nothing to do`);
            continue;
        }
        found.collisions.push({
            found: `GuardDuty detector ${detectorId} in ${label}, ${region}`,
            target: detectorTarget(names, account.key, region, detectorId),
            remove: `with that account's credentials, \`aws guardduty delete-detector --detector-id ${detectorId} --region ${region}\` (GuardDuty console > Settings > Disable GuardDuty; its findings are deleted)`,
        });
    }
}

/** The account's recorder in the region and, when there is one, its delivery channels. */
async function recordersIn(names: StackNames, account: CheckedAccount, clients: AccountClients, region: string, found: Findings): Promise<void> {
    const label = accountLabel(account);
    const config = clients.configService(region);
    const recorders = await orUnchecked(found.unchecked, `AWS Config in ${label}, ${region}`, async () =>
        (await call("config:DescribeConfigurationRecorders", () => config.send(new DescribeConfigurationRecordersCommand({})))).ConfigurationRecorders ?? []);
    for (const recorder of recorders ?? []) {
        const name = recorder.name ?? "default";
        found.collisions.push({
            found: `AWS Config recorder "${name}" in ${label}, ${region}${name === "default" ? "" : " (the program's is named \"default\": after the import the preview shows it replaced)"}`,
            target: recorderTarget(names, account.key, region, name),
            remove: `with that account's credentials, AWS Config console (${region}) > Settings > Delete recorder`,
        });
    }
    if ((recorders ?? []).length === 0) return;
    const channels = await orUnchecked(found.unchecked, `AWS Config delivery channels in ${label}, ${region}`, async () =>
        (await call("config:DescribeDeliveryChannels", () => config.send(new DescribeDeliveryChannelsCommand({})))).DeliveryChannels ?? []);
    for (const channel of channels ?? []) {
        found.collisions.push({
            found: `AWS Config delivery channel "${channel.name}" in ${label}, ${region}`,
            target: deliveryChannelTarget(names, account.key, region, channel.name ?? "default"),
        });
    }
}

/**
 * Check 6, continued: service-linked roles the program creates. Creating one that exists fails
 * ("has been taken in this account"). AWSServiceRoleForConfig: each account's ConfigRecorder;
 * AWSServiceRoleForAccessAnalyzer: the management account, before the organization analyzer
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-using-service-linked-roles.html).
 */
export async function serviceLinkedRoles(context: PreflightContext): Promise<CheckResult> {
    const check = CHECKS.serviceLinkedRoles;
    const names: StackNames = context;
    const collisions: Collision[] = [];
    const unchecked: Unchecked[] = [];
    const accounts = existingAccounts(context);
    for (const account of accounts) {
        const label = accountLabel(account);
        const clients = await orUnchecked(unchecked, label, () => clientsOf(context, account));
        if (!clients) continue;
        const roles: { roleName: string; target: (arn: string) => ImportTarget }[] = [
            { roleName: "AWSServiceRoleForConfig", target: arn => configRoleTarget(names, account.key, arn) },
        ];
        if (account.key === MANAGEMENT_ACCOUNT_KEY) roles.push({ roleName: "AWSServiceRoleForAccessAnalyzer", target: arn => accessAnalyzerRoleTarget(names, arn) });
        for (const { roleName, target } of roles) {
            const arn = await orUnchecked(unchecked, `${roleName} in ${label}`, () => roleArn(clients.iam, roleName));
            if (arn) collisions.push({ found: `${roleName} already exists in ${label}`, target: target(arn) });
        }
    }
    if (collisions.length > 0) return collisionResult(check, names, collisions, unchecked, context.config.organization.accountAccessRoleName);
    const checked = accounts.map(a => `${a.key === MANAGEMENT_ACCOUNT_KEY ? "AWSServiceRoleForConfig and AWSServiceRoleForAccessAnalyzer" : "AWSServiceRoleForConfig"} in ${accountLabel(a)}`).join("; ");
    if (unchecked.length > 0) {
        return result(check, "WARN", [...unchecked.map(uncheckedLine), `none found in what could be checked: ${checked}`].join("\n"),
            uncheckedFix(unchecked, context.config.organization.accountAccessRoleName));
    }
    return result(check, "PASS", `none yet: ${checked}`);
}

/** The role's ARN; undefined when IAM has no such role. */
async function roleArn(iam: IAMClient, roleName: string): Promise<string | undefined> {
    try {
        const { Role: role } = await call("iam:GetRole", () => iam.send(new GetRoleCommand({ RoleName: roleName })));
        return role?.Arn;
    } catch (error) {
        if (error instanceof CouldNotCheck && ["NoSuchEntityException", "NoSuchEntity"].includes(errorName(error.cause))) return undefined;
        throw error;
    }
}
