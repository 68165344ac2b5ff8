import type { Written } from "../area";
import type { AccountsSchema, OrganizationalUnitsSchema } from "./schema";

/*
 * What the well-shaped part of the config declares (OU paths, account keys), for the references other
 * areas make to them. Undefined where that part is malformed: its problems are reported on their own.
 */

export interface WrittenOrganizationTree {
    readonly organizationalUnits?: Written<typeof OrganizationalUnitsSchema>;
    readonly accounts?: Written<typeof AccountsSchema>;
}

type WrittenUnits = Written<typeof OrganizationalUnitsSchema>;

export interface LocatedOu {
    readonly path: string;
    readonly depth: number;
    readonly where: (string | number)[];
}

/** Every OU with its slash path (`Workloads/Prod`) and where it sits in the config. */
export function listOrganizationalUnits(units: WrittenUnits): LocatedOu[] {
    const out: LocatedOu[] = [];
    const walk = (nodes: WrittenUnits, prefix: string, depth: number, where: (string | number)[]) => {
        nodes.forEach((node, i) => {
            if (node?.name === undefined) return;
            const path = prefix ? `${prefix}/${node.name}` : node.name;
            const here = [...where, i];
            out.push({ path, depth, where: here });
            walk(node.children ?? [], path, depth + 1, [...here, "children"]);
        });
    };
    walk(units, "", 1, []);
    return out;
}

export function hasMalformedUnit(units: WrittenUnits): boolean {
    return units.some(unit => unit?.name === undefined || (unit.children !== undefined && (!Array.isArray(unit.children) || hasMalformedUnit(unit.children))));
}

/** OU paths of a well-formed tree; undefined when the tree is absent or malformed. */
export function declaredOuPaths(units: WrittenUnits | undefined): Set<string> | undefined {
    return units && !hasMalformedUnit(units) ? new Set(listOrganizationalUnits(units).map(ou => ou.path)) : undefined;
}

/** Account keys and OU paths the config declares; undefined where that part is malformed (already reported). */
export function declaredNames(config: WrittenOrganizationTree): { accountKeys?: ReadonlySet<string>; ouPaths?: ReadonlySet<string> } {
    const accounts = config.accounts;
    const ouPaths = declaredOuPaths(config.organizationalUnits);
    return {
        ...(accounts && !accounts.some(a => a?.key === undefined) && { accountKeys: new Set(accounts.map(a => a!.key!)) }),
        ...(ouPaths && { ouPaths }),
    };
}
