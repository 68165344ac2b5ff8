import { ListDelegatedAdministratorsCommand, ListDelegatedServicesForAccountCommand, type OrganizationsClient } from "@aws-sdk/client-organizations";
import { ORGANIZATIONS_DELEGATED_SERVICES } from "../../catalog/organization/services";
import { call, guarded } from "./aws-errors";
import { auditAccountId, type PreflightContext } from "./context";
import { ORGANIZATION_UNREADABLE } from "./organization";
import { delegatedAdministratorTarget, guardDutyAdminTarget, IMPORT_ORDER, importCommand, securityHubAdminTarget, type StackNames } from "./pulumi-names";
import { CHECKS, type CheckResult, result } from "./result";

const GUARDDUTY = "guardduty.amazonaws.com";
const SECURITY_HUB = "securityhub.amazonaws.com";

/** Every service the program makes the audit account administrator of. */
export const AUDIT_DELEGATED_SERVICES: readonly string[] = [...ORGANIZATIONS_DELEGATED_SERVICES, GUARDDUTY, SECURITY_HUB];

/** Service principal -> the accounts it is delegated to, with their names. */
async function registrations(organizations: OrganizationsClient): Promise<Map<string, { id: string; name: string }[]>> {
    const admins: { id: string; name: string }[] = [];
    let nextToken: string | undefined;
    do {
        const page = await call("organizations:ListDelegatedAdministrators", () => organizations.send(new ListDelegatedAdministratorsCommand({ NextToken: nextToken })));
        admins.push(...(page.DelegatedAdministrators ?? []).map(a => ({ id: a.Id ?? "", name: a.Name ?? "" })));
        nextToken = page.NextToken;
    } while (nextToken);
    const byService = new Map<string, { id: string; name: string }[]>();
    for (const admin of admins) {
        let token: string | undefined;
        do {
            const page = await call("organizations:ListDelegatedServicesForAccount", () =>
                organizations.send(new ListDelegatedServicesForAccountCommand({ AccountId: admin.id, NextToken: token })));
            for (const service of page.DelegatedServices ?? []) {
                const principal = service.ServicePrincipal ?? "";
                byService.set(principal, [...(byService.get(principal) ?? []), admin]);
            }
            token = page.NextToken;
        } while (token);
    }
    return byService;
}

/** The command that takes a service's administration away from an account (GuardDuty's is per region). */
function deregister(service: string, accountId: string, regions: readonly string[], homeRegion: string): string[] {
    if (service === GUARDDUTY) return regions.map(r => `aws guardduty disable-organization-admin-account --admin-account-id ${accountId} --region ${r}`);
    if (service === SECURITY_HUB) return [`aws securityhub disable-organization-admin-account --admin-account-id ${accountId} --region ${homeRegion}`];
    return [`aws organizations deregister-delegated-administrator --account-id ${accountId} --service-principal ${service}`];
}

/** The program's registration of the audit account for `service`, as import commands. */
function registrationImports(names: StackNames, service: string, auditId: string, regions: readonly string[], homeRegion: string): string[] {
    if (service === GUARDDUTY) return regions.map(r => importCommand(names, guardDutyAdminTarget(names, auditId, r)));
    if (service === SECURITY_HUB) return [importCommand(names, securityHubAdminTarget(names, auditId, homeRegion))];
    return [importCommand(names, delegatedAdministratorTarget(names, service, auditId))];
}

/**
 * Check 7: the program registers the audit account as delegated administrator of these services
 * (components/organization/delegated-administrators.ts and detection/guardduty.ts). A service delegated
 * to another account must be deregistered first; one already delegated to the audit account must be
 * imported, since RegisterDelegatedAdministrator fails with AccountAlreadyRegisteredException
 * (https://docs.aws.amazon.com/organizations/latest/APIReference/API_RegisterDelegatedAdministrator.html).
 * For GuardDuty and Security Hub, registered through their own APIs, AWS documents no such error: a
 * warning with the import. The list comes from ListDelegatedAdministrators and
 * ListDelegatedServicesForAccount (https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListDelegatedAdministrators.html).
 */
export async function delegatedAdministrators(context: PreflightContext): Promise<CheckResult> {
    const check = CHECKS.delegatedAdministrators;
    const { organization, config } = context;
    if (organization.kind === "none") return result(check, "SKIP", "no organization yet: no service is delegated");
    if (organization.kind === "unreadable") return result(check, "SKIP", ORGANIZATION_UNREADABLE);
    const auditKey = config.organization.auditAccount;
    const auditId = auditAccountId(config);
    const audit = auditId ? `the audit account ${auditKey} (${auditId})` : `the audit account ${auditKey}, which the first run creates`;
    const { allowedRegions: regions, homeRegion } = config.organization;
    return guarded(check, "delegated administrators", async () => {
        const byService = await registrations((await context.clientsFor()).organizations);
        const failures: string[] = [];
        const failureFixes: string[] = [];
        const warnings: string[] = [];
        const warningFixes: string[] = [];
        let imports = false;
        for (const service of AUDIT_DELEGATED_SERVICES) {
            for (const admin of byService.get(service) ?? []) {
                if (admin.id !== auditId) {
                    failures.push(`${service} is delegated to account ${admin.id} (${admin.name}), not to ${audit}`);
                    failureFixes.push(...deregister(service, admin.id, regions, homeRegion));
                } else if (ORGANIZATIONS_DELEGATED_SERVICES.includes(service)) {
                    imports = true;
                    failures.push(`${service} is already delegated to ${audit}: pulumi up's registration would fail with AccountAlreadyRegisteredException`);
                    failureFixes.push(...registrationImports(context, service, admin.id, regions, homeRegion));
                } else {
                    imports = true;
                    warnings.push(`${service} is already delegated to ${audit}: if pulumi up reports its registration exists, import it`);
                    warningFixes.push(...registrationImports(context, service, admin.id, regions, homeRegion));
                }
            }
        }
        if (failures.length > 0) {
            return result(check, "FAIL", [...failures, ...warnings].join("\n"), [
                "deregister what is delegated elsewhere (that account stops administering the service: move what it manages first), import what is the audit account's:",
                ...failureFixes, ...warningFixes, ...(imports ? [IMPORT_ORDER] : []),
            ].join("\n"));
        }
        if (warnings.length > 0) return result(check, "WARN", warnings.join("\n"), [...warningFixes, IMPORT_ORDER].join("\n"));
        return result(check, "PASS", `none of ${AUDIT_DELEGATED_SERVICES.join(", ")} is delegated yet`);
    });
}
