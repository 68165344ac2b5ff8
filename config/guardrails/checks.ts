import { MAX_SCP_CHARACTERS, MAX_SCPS_PER_TARGET, packGuardrails } from "../../catalog/guardrails/packing";
import { organizationOnlyStatement, secureTransportStatement } from "../../catalog/guardrails/rcp-library";
import { GUARDRAIL_NAMES, type GuardrailName } from "../../catalog/guardrails/scp-library";
import { documentSize, guardrailDocument } from "../../catalog/guardrails/statements";
import type { Written } from "../area";
import { declaredNames, type WrittenOrganizationTree } from "../organization/declared";
import { DEFAULT_ACCOUNT_ACCESS_ROLE, type OrganizationSchema } from "../organization/schema";
import { MANAGEMENT_ACCOUNT_KEY } from "../organization/targets";
import { keyPath, listedTwice, show, suggestion, type ConfigProblem } from "../problems";
import { defaultGuardrailMap, guardrailRolesOf, ROOT_TARGET } from "./defaults";
import type { GuardrailsSchema } from "./schema";

type WrittenGuardrails = Written<typeof GuardrailsSchema>;
type WrittenOrganization = Written<typeof OrganizationSchema>;

const at = (...segments: (string | number)[]) => keyPath("guardrails", segments);

/** Guardrails that every exemption relies on: without it, anyone could create a role with an exempt name. */
const REQUIRED_AT_ROOT: GuardrailName = "protect-foundation-roles";

type GuardrailRoles = ReturnType<typeof guardrailRolesOf>;

interface DeclaredNames {
    readonly accountKeys?: ReadonlySet<string>;
    readonly ouPaths?: ReadonlySet<string>;
}

/**
 * An exemption must name its role: wildcards only in the role name (not its path), after a literal
 * start, so that `*admin*` or `aws-reserved/sso.amazonaws.com/*` cannot exempt whole classes of roles.
 */
function checkExemptRoles(roles: readonly (string | undefined)[]): ConfigProblem[] {
    const unnamed = roles.flatMap((role, i) => {
        if (role === undefined) return [];
        const pathAndName = role.slice(role.indexOf(":role/") + ":role/".length);
        const name = pathAndName.slice(pathAndName.lastIndexOf("/") + 1);
        const path = pathAndName.slice(0, pathAndName.length - name.length);
        return /[*?]/.test(path) || /^[*?]/.test(name)
            ? [{ path: at("exemptRoles", i), message: `${show(role)} exempts roles it does not name: wildcards may only follow a literal start of the role name (e.g. .../AWSReservedSSO_BreakGlass_*)` }]
            : [];
    });
    return [...unnamed, ...listedTwice(roles, i => at("exemptRoles", i))];
}

/** The RCP grows with trustedAccounts: it must stay within the limit RCPs share with SCPs. */
function checkResourceControlPolicy(rcp: NonNullable<WrittenGuardrails>["resourceControlPolicies"]): ConfigProblem[] {
    const accounts = rcp?.trustedAccounts ?? [];
    const problems = listedTwice(accounts, i => at("resourceControlPolicies", "trustedAccounts", i));
    if (accounts.includes(undefined)) return problems;
    // The longest organization id AWS issues, so that the real policy is never larger.
    const size = documentSize(guardrailDocument([secureTransportStatement(), organizationOnlyStatement(`o-${"x".repeat(32)}`, accounts as string[])]));
    if (size > MAX_SCP_CHARACTERS) {
        problems.push({ path: at("resourceControlPolicies", "trustedAccounts"), message: `makes the resource control policy ${size} characters; AWS allows ${MAX_SCP_CHARACTERS}: trust fewer accounts` });
    }
    return problems;
}

function checkTarget(target: string, names: DeclaredNames): string | undefined {
    if (target === ROOT_TARGET) {
        return names.ouPaths?.has(ROOT_TARGET) ? "is the organization root, and also the path of a top-level OU: rename that OU" : undefined;
    }
    if (target === MANAGEMENT_ACCOUNT_KEY) return "is the management account, which no service control policy restricts: attach guardrails to OUs or member accounts";
    if (!names.accountKeys || !names.ouPaths) return undefined;
    const isAccount = names.accountKeys.has(target);
    const isOu = names.ouPaths.has(target);
    if (isAccount && isOu) return "is both an account key and an OU path; rename one of them";
    if (!isAccount && !isOu) {
        return `is not Root, an OU path or a member account key (OUs: ${[...names.ouPaths].join(", ") || "none"}; accounts: ${[...names.accountKeys].join(", ")})`;
    }
    return undefined;
}

function checkGuardrailNames(target: string, list: readonly (string | undefined)[]): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    list.forEach((name, i) => {
        if (name === undefined) return;
        if (!(GUARDRAIL_NAMES as string[]).includes(name)) {
            problems.push({ path: at("serviceControlPolicies", target, i), message: `${show(name)} is not a guardrail${suggestion(name, GUARDRAIL_NAMES)} (docs/design/guardrails.md lists them)` });
        } else if (list.indexOf(name) !== i) {
            problems.push({ path: at("serviceControlPolicies", target, i), message: `${show(name)} is listed twice` });
        }
    });
    if (target === ROOT_TARGET && list.includes("deny-all")) {
        problems.push({ path: at("serviceControlPolicies", target), message: "attaches deny-all to Root, which would stop every member account: attach it to a quarantine OU such as Suspended" });
    }
    return problems;
}

/** Whether the target's guardrails fit AWS's limits, measured on the documents the program would create. */
function checkSize(target: string, names: GuardrailName[], organization: WrittenOrganization, roles: GuardrailRoles): ConfigProblem[] {
    const { name, allowedRegions } = organization;
    if (name === undefined || !allowedRegions || allowedRegions.includes(undefined)) return [];
    const packed = packGuardrails(names, { organizationName: name, allowedRegions: allowedRegions as string[], ...roles });
    const problems: ConfigProblem[] = [];
    for (const policy of packed) {
        const size = documentSize(policy.document);
        if (size > MAX_SCP_CHARACTERS) {
            const sid = policy.document.Statement[0].Sid;
            problems.push({ path: at("serviceControlPolicies", target), message: `statement ${sid} of guardrail ${policy.guardrails[0]} alone is ${size} characters; AWS allows ${MAX_SCP_CHARACTERS} per policy: exempt fewer roles or allow fewer regions` });
        }
    }
    const allowed = MAX_SCPS_PER_TARGET - 1;
    if (packed.length > allowed) {
        problems.push({ path: at("serviceControlPolicies", target), message: `needs ${packed.length} policies of at most ${MAX_SCP_CHARACTERS} characters; AWS allows ${MAX_SCPS_PER_TARGET} per target, FullAWSAccess included, so ${allowed} for guardrails: attach some to the OUs below` });
    }
    return problems;
}

/** Meaning checks of foundation:guardrails: targets exist, names are known, AWS's limits hold. */
export function checkGuardrails(config: WrittenOrganizationTree & { readonly organization?: WrittenOrganization; readonly guardrails?: WrittenGuardrails }): ConfigProblem[] {
    const guardrails = config.guardrails ?? {};
    const organization = config.organization;
    const names = declaredNames(config);
    const problems = [...checkExemptRoles(guardrails.exemptRoles ?? []), ...checkResourceControlPolicy(guardrails.resourceControlPolicies)];
    const configured = guardrails.serviceControlPolicies as Record<string, (string | undefined)[] | undefined> | undefined;
    if (!configured && !names.ouPaths) return problems;
    const map = configured ?? defaultGuardrailMap([...names.ouPaths!]);
    const roles = organization?.name !== undefined && organization.managementAccount?.id !== undefined && !guardrails.exemptRoles?.includes(undefined)
        ? guardrailRolesOf({
            organizationName: organization.name,
            managementAccountId: organization.managementAccount.id,
            accountAccessRoleName: organization.accountAccessRoleName ?? DEFAULT_ACCOUNT_ACCESS_ROLE,
        }, guardrails.exemptRoles as string[] | undefined)
        : undefined;
    for (const [target, list] of Object.entries(map)) {
        if (!list) continue;
        const targetProblem = checkTarget(target, names);
        if (targetProblem) problems.push({ path: at("serviceControlPolicies", target), message: targetProblem });
        const nameProblems = checkGuardrailNames(target, list);
        problems.push(...nameProblems);
        if (nameProblems.length === 0 && roles && organization) {
            problems.push(...checkSize(target, list as GuardrailName[], organization, roles));
        }
    }
    const attachesAny = Object.values(configured ?? {}).some(list => (list?.length ?? 0) > 0);
    if (attachesAny && !configured?.[ROOT_TARGET]?.includes(REQUIRED_AT_ROOT)) {
        problems.push({
            path: at("serviceControlPolicies", ROOT_TARGET),
            message: `must include ${REQUIRED_AT_ROOT}: every guardrail exempts the foundation's and break-glass roles, and without it anyone in a member account could create or change a role with an exempt name`,
        });
    }
    return problems;
}
