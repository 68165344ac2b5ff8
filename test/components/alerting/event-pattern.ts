/*
 * EventBridge's matching rules for the operators the alert rules use, after the EventBridge user
 * guide (eb-event-patterns, eb-event-patterns-arrays, eb-create-pattern-operators):
 * - a pattern field lists values; the field matches if the event's value matches any of them (OR);
 * - all fields of a pattern must match (AND), at the same nesting;
 * - arrays in the event are flattened: a field matches if any element's value matches;
 * - a value is matched exactly (case-sensitive, numbers as written) unless it is an operator:
 *   prefix, suffix, anything-but (a value, a list, or a prefix), numeric (comparisons, ANDed),
 *   exists (true: the field is present; false: absent), equals-ignore-case; `$or` lists alternatives.
 * Anything else throws, so that a pattern using an operator this matcher does not know fails the test.
 */

type Json = unknown;
type Pattern = Record<string, unknown>;

export function matches(pattern: Pattern, event: Json): boolean {
    return Object.entries(pattern).every(([key, expected]) => {
        if (key === "$or") {
            if (!Array.isArray(expected)) throw new Error("$or takes a list of patterns");
            return expected.some(alternative => matches(alternative as Pattern, event));
        }
        const values = valuesAt(event, key);
        if (Array.isArray(expected)) return leafMatches(expected, values);
        if (expected !== null && typeof expected === "object") {
            return values.some(value => value !== null && typeof value === "object" && matches(expected as Pattern, value));
        }
        throw new Error(`pattern field ${key} must be a list or an object`);
    });
}

/** The values under `key`, with arrays flattened (an array of objects yields each object). */
function valuesAt(event: Json, key: string): Json[] {
    const containers = Array.isArray(event) ? event.flat(Infinity) : [event];
    return containers.flatMap(container => {
        if (container === null || typeof container !== "object" || !(key in container)) return [];
        const value = (container as Record<string, Json>)[key];
        return Array.isArray(value) ? value.flat(Infinity) : [value];
    });
}

function leafMatches(expected: unknown[], values: Json[]): boolean {
    return expected.some(condition => {
        if (condition !== null && typeof condition === "object") return operatorMatches(condition as Record<string, unknown>, values);
        return values.some(value => value === condition);
    });
}

function operatorMatches(operator: Record<string, unknown>, values: Json[]): boolean {
    const [name, argument] = Object.entries(operator)[0] ?? [];
    if (Object.keys(operator).length !== 1) throw new Error(`an operator object holds exactly one operator: ${JSON.stringify(operator)}`);
    switch (name) {
        case "exists":
            return argument === true ? values.length > 0 : values.length === 0;
        case "prefix":
            return values.some(value => typeof value === "string" && value.startsWith(String(argument)));
        case "suffix":
            return values.some(value => typeof value === "string" && value.endsWith(String(argument)));
        case "equals-ignore-case":
            return values.some(value => typeof value === "string" && value.toLowerCase() === String(argument).toLowerCase());
        case "anything-but":
            return values.some(value => !anythingButExcludes(argument, value));
        case "numeric":
            return values.some(value => typeof value === "number" && numericMatches(argument as unknown[], value));
        default:
            throw new Error(`operator ${name} is not implemented by this matcher`);
    }
}

function anythingButExcludes(argument: unknown, value: Json): boolean {
    if (Array.isArray(argument)) return argument.includes(value);
    if (argument !== null && typeof argument === "object") {
        const prefix = (argument as { prefix?: unknown }).prefix;
        if (typeof prefix !== "string") throw new Error(`anything-but supports a value, a list or a prefix: ${JSON.stringify(argument)}`);
        return typeof value === "string" && value.startsWith(prefix);
    }
    return value === argument;
}

function numericMatches(comparisons: unknown[], value: number): boolean {
    if (comparisons.length % 2 !== 0) throw new Error(`numeric takes operator, number pairs: ${JSON.stringify(comparisons)}`);
    for (let i = 0; i < comparisons.length; i += 2) {
        const [op, bound] = [comparisons[i], Number(comparisons[i + 1])];
        const ok = op === "<" ? value < bound : op === "<=" ? value <= bound : op === "=" ? value === bound : op === ">" ? value > bound : op === ">=" ? value >= bound : undefined;
        if (ok === undefined) throw new Error(`unknown numeric operator ${String(op)}`);
        if (!ok) return false;
    }
    return true;
}
