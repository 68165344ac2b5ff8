import type { z } from "zod";
import type { ConfigProblem } from "./problems";

/*
 * What every config area is made of. An area (organization, logging, ...) owns one or more `foundation:`
 * keys and keeps together their shape (zod, with the leaf defaults), the meaning checks, the defaults that
 * need other areas, and the warnings about settings weaker than the defaults. load.ts loops over them.
 */

/** A config value that is valid but weaker than the default: allowed, and shown in every preview. */
export interface ConfigWarning {
    readonly path: string;
    readonly message: string;
}

export type DeepPartial<T> = T extends readonly (infer E)[] ? readonly (DeepPartial<E> | undefined)[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export type DeepReadonly<T> = T extends (...args: never[]) => unknown ? T
    : T extends readonly (infer E)[] ? readonly DeepReadonly<E>[]
        : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** What a schema gives once parsed, defaults filled, read-only: the type the components consume. */
export type Parsed<S extends z.ZodType> = DeepReadonly<z.output<S>>;

/** What a schema accepts as far as it is well-shaped: the input of the meaning checks. */
export type Written<S extends z.ZodType> = DeepPartial<z.input<S>>;

export interface ConfigArea<Schemas extends Readonly<Record<string, z.ZodType>>, Checked, Defaulted, Config> {
    /** The `foundation:` keys of the area, each with its shape and leaf defaults (`.default`, `.prefault`). */
    readonly schemas: Schemas;
    /** Meaning checks on what is well-shaped of the whole config; every problem found. */
    readonly check: (config: Checked) => ConfigProblem[];
    /** The area's part of the validated config: its parsed values, with the defaults that need other areas. */
    readonly complete: (parsed: Defaulted) => Config;
    /** Settings of the area weaker than their defaults. */
    readonly warnings: (config: Config) => ConfigWarning[];
}

/** An area, its types inferred from what it is given. */
export function defineArea<Schemas extends Readonly<Record<string, z.ZodType>>, Checked, Defaulted, Config>(
    area: ConfigArea<Schemas, Checked, Defaulted, Config>,
): ConfigArea<Schemas, Checked, Defaulted, Config> {
    return area;
}

/** `{ [key]: value }`, or nothing when value is undefined (so the key is absent, not undefined). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
