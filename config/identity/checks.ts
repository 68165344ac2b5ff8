import { MAX_POLICIES_PER_PERMISSION_SET, MAX_SESSION_MINUTES, MIN_SESSION_MINUTES } from "../../catalog/aws-values";
import type { Written } from "../area";
import { declaredNames, type WrittenOrganizationTree } from "../organization/declared";
import { MANAGEMENT_ACCOUNT_KEY } from "../organization/targets";
import { keyPath, show, type ConfigProblem } from "../problems";
import { BUILT_IN_PERMISSION_SETS, SESSION_DURATION } from "./permission-sets";
import type { IdentitySchema } from "./schema";

type WrittenIdentity = NonNullable<Written<typeof IdentitySchema>>;

/** What the rest of the config declares, for the references in foundation:identity; undefined where that part is malformed. */
interface IdentityReferences {
    readonly accountKeys?: ReadonlySet<string>;
    readonly ouPaths?: ReadonlySet<string>;
}

const at = (...segments: (string | number)[]) => keyPath("identity", segments);

/** Minutes of an ISO-8601 `PT#H#M` duration, or undefined when it is not one. */
export function sessionMinutes(duration: string): number | undefined {
    const match = SESSION_DURATION.exec(duration);
    if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
    return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

/** Reports the second and later occurrences of a name (case-insensitively when AWS compares so). */
function duplicates(names: readonly (string | undefined)[], where: (i: number) => string, what: string, caseInsensitive: boolean): ConfigProblem[] {
    const first = new Map<string, number>();
    const problems: ConfigProblem[] = [];
    names.forEach((name, i) => {
        if (name === undefined) return;
        const identity = caseInsensitive ? name.toLowerCase() : name;
        const seenAt = first.get(identity);
        if (seenAt === undefined) first.set(identity, i);
        else problems.push({ path: where(i), message: `${show(name)} is already ${what} at ${where(seenAt)}` });
    });
    return problems;
}

function checkPermissionSets(identity: WrittenIdentity): ConfigProblem[] {
    const sets = identity.permissionSets ?? [];
    const problems = duplicates(sets.map(s => s?.name), i => at("permissionSets", i, "name"), "declared", true);
    sets.forEach((set, i) => {
        if (!set) return;
        const minutes = set.sessionDuration === undefined ? undefined : sessionMinutes(set.sessionDuration);
        if (set.sessionDuration !== undefined && (minutes === undefined || minutes < MIN_SESSION_MINUTES || minutes > MAX_SESSION_MINUTES)) {
            problems.push({ path: at("permissionSets", i, "sessionDuration"), message: `${show(set.sessionDuration)} is outside the 1 to 12 hours (PT1H to PT12H) AWS allows` });
        }
        const builtIn = BUILT_IN_PERMISSION_SETS.find(base => base.name === set.name);
        const managed = set.managedPolicies ?? builtIn?.managedPolicies ?? [];
        const customer = set.customerManagedPolicies ?? builtIn?.customerManagedPolicies ?? [];
        problems.push(...duplicates(managed, j => at("permissionSets", i, "managedPolicies", j), "listed", false));
        problems.push(...duplicates(customer.map(c => c?.name), j => at("permissionSets", i, "customerManagedPolicies", j, "name"), "listed", false));
        if (managed.length + customer.length > MAX_POLICIES_PER_PERMISSION_SET) {
            problems.push({ path: at("permissionSets", i), message: `attaches ${managed.length + customer.length} policies; AWS allows at most ${MAX_POLICIES_PER_PERMISSION_SET} managed and customer managed policies per permission set` });
        }
        // A malformed inline policy is removed but its key kept: it was reported already.
        if (managed.length + customer.length === 0 && !("inlinePolicy" in set) && builtIn?.inlinePolicy === undefined) {
            problems.push({ path: at("permissionSets", i), message: "grants nothing: list managedPolicies, customerManagedPolicies or an inlinePolicy" });
        }
    });
    return problems;
}

function checkUsers(identity: WrittenIdentity, groups: ReadonlySet<string> | undefined): ConfigProblem[] {
    const users = identity.users ?? [];
    if (identity.manageUsers === false && users.length > 0) {
        return [{ path: at("users"), message: "must be empty when manageUsers is false: people then come from your identity provider (SCIM)" }];
    }
    const problems = [
        ...duplicates(users.map(u => u?.userName), i => at("users", i, "userName"), "used", true),
        ...duplicates(users.map(u => u?.email), i => at("users", i, "email"), "used", true),
    ];
    users.forEach((user, i) => {
        const memberOf = user?.groups ?? [];
        problems.push(...duplicates(memberOf, j => at("users", i, "groups", j), "listed", false));
        memberOf.forEach((group, j) => {
            if (group !== undefined && groups && !groups.has(group)) {
                problems.push({ path: at("users", i, "groups", j), message: `${show(group)} is not a group declared in foundation:identity.groups` });
            }
        });
    });
    return problems;
}

function checkAssignments(identity: WrittenIdentity, groups: ReadonlySet<string> | undefined, refs: IdentityReferences): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const declaredSets = identity.permissionSets ?? [];
    const setNames = declaredSets.some(s => s?.name === undefined)
        ? undefined
        : new Set([...BUILT_IN_PERMISSION_SETS.map(s => s.name), ...declaredSets.map(s => s!.name!)]);
    const assignments = identity.assignments ?? [];
    const pairs = assignments.map(a => (a?.group === undefined || a.permissionSet === undefined ? undefined : `${a.group} -> ${a.permissionSet}`));
    problems.push(...duplicates(pairs, i => at("assignments", i), "assigned", false).map(p => ({ ...p, message: `${p.message}: list all its targets in one assignment` })));
    assignments.forEach((assignment, i) => {
        if (!assignment) return;
        if (assignment.group !== undefined && groups && !groups.has(assignment.group)) {
            problems.push({ path: at("assignments", i, "group"), message: `${show(assignment.group)} is not a group declared in foundation:identity.groups` });
        }
        if (assignment.permissionSet !== undefined && setNames && !setNames.has(assignment.permissionSet)) {
            problems.push({ path: at("assignments", i, "permissionSet"), message: `${show(assignment.permissionSet)} is neither a built-in permission set (${BUILT_IN_PERMISSION_SETS.map(s => s.name).join(", ")}) nor one declared in foundation:identity.permissionSets` });
        }
        const targets = assignment.targets ?? [];
        problems.push(...duplicates(targets, j => at("assignments", i, "targets", j), "listed", false));
        targets.forEach((target, j) => {
            if (target === undefined || !refs.accountKeys || !refs.ouPaths || target === MANAGEMENT_ACCOUNT_KEY) return;
            const isAccount = refs.accountKeys.has(target);
            const isOu = refs.ouPaths.has(target);
            if (isAccount && isOu) {
                problems.push({ path: at("assignments", i, "targets", j), message: `${show(target)} is both an account key and an OU path; rename one of them` });
            } else if (!isAccount && !isOu) {
                problems.push({ path: at("assignments", i, "targets", j), message: `${show(target)} is neither an account key (${[MANAGEMENT_ACCOUNT_KEY, ...refs.accountKeys].join(", ")}) nor an OU path (${[...refs.ouPaths].join(", ")})` });
            }
        });
    });
    return problems;
}

/** Meaning checks of foundation:identity. */
export function checkIdentity(config: WrittenOrganizationTree & { readonly identity?: Written<typeof IdentitySchema> }): ConfigProblem[] {
    const identity = config.identity;
    if (!identity) return [];
    const refs = declaredNames(config);
    const groupList = identity.groups ?? [];
    // A group whose name is malformed was reported already; references to it are not reported again.
    const groups = groupList.some(g => g?.name === undefined) ? undefined : new Set(groupList.map(g => g!.name!));
    return [
        ...duplicates(groupList.map(g => g?.name), i => at("groups", i, "name"), "declared", true),
        ...checkUsers(identity, groups),
        ...checkPermissionSets(identity),
        ...checkAssignments(identity, groups, refs),
    ];
}
