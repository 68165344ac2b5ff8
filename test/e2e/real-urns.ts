/*
 * URNs as the Pulumi engine forms them, rebuilt from what the mock runtime recorded.
 *
 * The mock runtime puts only the parent's type in a URN (`Parent$type::name`); the engine puts the
 * type of every ancestor below the stack (`Grandparent$Parent$type::name`) and leaves the root stack's
 * own type out. A URN the engine no longer finds in the program is a delete (or a replace), so URN
 * stability must be checked in the engine's form: this module rebuilds it from the parent links.
 */

/** What a `--json` report of the offline preview holds for each resource. */
export interface ReportedResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly parent: string | null;
    readonly options: { readonly aliases?: readonly AliasRecord[] };
}

/** An `aliases` entry as the engine receives it (protobuf `Alias`, as plain JSON). */
export interface AliasRecord {
    readonly urn?: string;
    readonly spec?: {
        readonly name?: string;
        readonly type?: string;
        readonly stack?: string;
        readonly project?: string;
        readonly parenturn?: string;
        readonly noparent?: boolean;
    };
}

const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

/** `urn:pulumi:STACK::PROJECT::TYPES::NAME` into its parts (a name may itself hold `::`). */
function parts(urn: string): { stack: string; project: string; types: string; name: string } {
    const [prefix, project, types, ...name] = urn.split("::");
    return { stack: prefix.replace(/^urn:pulumi:/, ""), project, types, name: name.join("::") };
}

/** Every resource's engine-form URN, keyed by its mock-runtime URN. */
export function realUrns(resources: readonly ReportedResource[]): Map<string, string> {
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    const chains = new Map<string, string>();
    const chain = (r: ReportedResource): string => {
        const known = chains.get(r.urn);
        if (known !== undefined) return known;
        const parent = r.parent ? byUrn.get(r.parent) : undefined;
        if (r.parent && !parent) throw new Error(`${r.urn}: parent ${r.parent} was not registered`);
        const types = !parent || parent.type === ROOT_STACK_TYPE ? r.type : `${chain(parent)}$${r.type}`;
        chains.set(r.urn, types);
        return types;
    };
    return new Map(resources.map(r => {
        const { stack, project } = parts(r.urn);
        return [r.urn, `urn:pulumi:${stack}::${project}::${chain(r)}::${r.name}`];
    }));
}

/**
 * Every engine-form URN a resource answers to: its own, each of its `aliases`, and, as the engine
 * derives them, its own and aliased names under each URN its parent answers to.
 */
export function urnsAnsweredTo(resources: readonly ReportedResource[]): Map<string, Set<string>> {
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    const real = realUrns(resources);
    const answered = new Map<string, Set<string>>();
    const typesOf = (urn: string) => parts(urn).types;
    const forms = (r: ReportedResource): Set<string> => {
        const known = answered.get(r.urn);
        if (known) return known;
        const own = parts(real.get(r.urn)!);
        const result = new Set([real.get(r.urn)!]);
        const parent = r.parent ? byUrn.get(r.parent) : undefined;
        const parentForms = parent && parent.type !== ROOT_STACK_TYPE ? [...forms(parent)] : [null];
        const named = (stack: string, project: string, parentForm: string | null, type: string, name: string) =>
            `urn:pulumi:${stack}::${project}::${parentForm ? `${typesOf(parentForm)}$${type}` : type}::${name}`;
        // Under every former URN of the parent, the resource's own name and type.
        for (const parentForm of parentForms) result.add(named(own.stack, own.project, parentForm, r.type, r.name));
        for (const alias of r.options.aliases ?? []) {
            if (alias.urn) {
                result.add(alias.urn);
                continue;
            }
            const spec = alias.spec ?? {};
            const stack = spec.stack || own.stack;
            const project = spec.project || own.project;
            const type = spec.type || r.type;
            const name = spec.name || r.name;
            const aliasParent = spec.noparent ? undefined : spec.parenturn ? byUrn.get(spec.parenturn) : parent;
            // A parent URN the program wrote as text (a parent not registered any more) is already in the engine's form.
            const aliasParentForms = spec.parenturn && !aliasParent ? [spec.parenturn]
                : aliasParent && aliasParent.type !== ROOT_STACK_TYPE ? [...forms(aliasParent)] : [null];
            for (const parentForm of aliasParentForms) result.add(named(stack, project, parentForm, type, name));
        }
        answered.set(r.urn, result);
        return result;
    };
    for (const r of resources) forms(r);
    return answered;
}
