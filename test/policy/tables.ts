/**
 * Table helpers for the policy specs: each turns a list of cases into mocha `describe`/`it` blocks that check one
 * policy against one resource type. A case changes the happy factory's inputs (test/policy/factories.ts) and lists
 * the violations it expects, literally.
 */
import * as assert from "assert";
import { Props, happy } from "./factories";

/** A case: its title, the inputs it changes on the happy factory, the violations expected. */
export type Case = [title: string, change: Props, expected: string[]];
/** A case that may also pass the policy's config. */
export type ConfigCase = [title: string, change: Props, expected: string[], config?: Record<string, unknown>];
/** A case that gives the whole inputs, not a change to the happy factory. */
export type PropsCase = [title: string, props: Props, expected: string[]];

/** What the tables need of a policy definition: its name (for the `describe` title) and its check. */
export interface Checked { readonly metadata: { readonly name: string }; check(type: string, props: unknown, config?: Record<string, unknown>): string[] }

/** "policy <name>": the happy inputs are compliant, then each case. */
export function policyTable(definition: Checked, type: string, cases: Case[]) {
    describe(`policy ${definition.metadata.name}`, () => {
        it("compliant", () => assert.deepStrictEqual(definition.check(type, happy[type]!()), []));
        for (const [title, change, expected] of cases) {
            it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }), expected));
        }
    });
}

/** As policyTable, titled "policy <name> (<Type>)" with the type's last segment, e.g. "(Instance)". */
export function typedTable(definition: Checked, type: string, cases: Case[]) {
    describe(`policy ${definition.metadata.name} (${type.split(":").pop()})`, () => {
        it("compliant", () => assert.deepStrictEqual(definition.check(type, happy[type]!()), []));
        for (const [title, change, expected] of cases) {
            it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }), expected));
        }
    });
}

/** As policyTable, titled "policy <name> (<full type token>)", e.g. "(aws:lb/listener:Listener)". */
export function fullTypeTable(definition: Checked, type: string, cases: Case[]) {
    describe(`policy ${definition.metadata.name} (${type})`, () => {
        it("compliant", () => assert.deepStrictEqual(definition.check(type, happy[type]!()), []));
        for (const [title, change, expected] of cases) {
            it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }), expected));
        }
    });
}

/** Titled "policy <name> (<Type>)" like typedTable, without the "compliant" case; each case may pass config. */
export function configTable(definition: Checked, type: string, cases: ConfigCase[]) {
    describe(`policy ${definition.metadata.name} (${type.split(":").pop()})`, () => {
        for (const [title, change, expected, config] of cases) {
            it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }, config), expected));
        }
    });
}

/** Under the given title, each case; no "compliant" case. */
export function titledTable(title: string, definition: Pick<Checked, "check">, type: string, cases: Case[]) {
    describe(title, () => {
        for (const [name, change, expected] of cases) {
            it(name, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }), expected));
        }
    });
}

/** One `it` per case, in the enclosing `describe`: checks the case's whole inputs as resource "app", without config. */
export function checkEach(definition: { check(type: string, props: unknown, config?: Record<string, unknown>, name?: string): string[] }, type: string, cases: PropsCase[]) {
    for (const [title, props, expected] of cases) {
        it(title, () => assert.deepStrictEqual(definition.check(type, props, undefined, "app"), expected));
    }
}
