import { MAX_SCP_CHARACTERS, MAX_SCPS_PER_TARGET, packGuardrails } from "../components/guardrails/packing";
import { GUARDRAIL_NAMES, type GuardrailName } from "../components/guardrails/scp-library";
import { DEFAULT_ACCOUNT_ACCESS_ROLE } from "./defaults";
import { defaultGuardrailMap, exemptRolesOf, ROOT_TARGET } from "./guardrails-defaults";
import type { RawGuardrails } from "./guardrails-schema";
import { MANAGEMENT_ACCOUNT_KEY } from "./identity-targets";
import { keyPath, show, suggestion, type ConfigProblem } from "./problems";
import type { RawOrganization } from "./schema";
import type { DeepPartial } from "./semantics";

const at = (...segments: (string | number)[]) => keyPath("guardrails", segments);

/** Guardrails that every exemption relies on: without it, anyone could create a role with an exempt name. */
const REQUIRED_AT_ROOT: GuardrailName = "protect-foundation-roles";

interface DeclaredNames {
    readonly accountKeys?: ReadonlySet<string>;
    readonly ouPaths?: ReadonlySet<string>;
}

function checkExemptRoles(roles: readonly (string | undefined)[]): ConfigProblem[] {
    return roles.flatMap((role, i) => {
        const name = role?.slice(role.indexOf(":role/") + ":role/".length);
        return name !== undefined && /^[*?/]*$/.test(name)
            ? [{ path: at("exemptRoles", i), message: `${show(role)} exempts every role: name the break-glass role (wildcards only within the name)` }]
            : [];
    });
}

function checkTarget(target: string, names: DeclaredNames): string | undefined {
    if (target === ROOT_TARGET) return undefined;
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
            problems.push({ path: at("serviceControlPolicies", target, i), message: `${show(name)} is not a guardrail${suggestion(name, GUARDRAIL_NAMES)} (README "Guardrails" lists them)` });
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
function checkSize(target: string, names: GuardrailName[], organization: DeepPartial<RawOrganization>, exemptRoles: readonly string[]): ConfigProblem[] {
    const { name, allowedRegions } = organization;
    if (name === undefined || !allowedRegions || allowedRegions.includes(undefined)) return [];
    const packed = packGuardrails(names, { organizationName: name, allowedRegions: allowedRegions as string[], exemptRoles });
    const problems: ConfigProblem[] = [];
    for (const policy of packed) {
        const size = JSON.stringify(policy.document).length;
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
export function checkGuardrails(guardrails: DeepPartial<RawGuardrails> | undefined, organization: DeepPartial<RawOrganization> | undefined, names: DeclaredNames): ConfigProblem[] {
    guardrails ??= {};
    const problems = checkExemptRoles(guardrails.exemptRoles ?? []);
    const configured = guardrails.serviceControlPolicies as Record<string, (string | undefined)[] | undefined> | undefined;
    if (!configured && !names.ouPaths) return problems;
    const map = configured ?? defaultGuardrailMap([...names.ouPaths!]);
    const exemptRoles = organization?.name !== undefined && organization.managementAccount?.id !== undefined && !guardrails.exemptRoles?.includes(undefined)
        ? exemptRolesOf({
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
        if (nameProblems.length === 0 && exemptRoles && organization) {
            problems.push(...checkSize(target, list as GuardrailName[], organization, exemptRoles));
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
