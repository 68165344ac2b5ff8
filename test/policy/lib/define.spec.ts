import * as assert from "assert";
import { ResourceValidationArgs, unknownCheckingProxy } from "@pulumi/policy";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { UNKNOWN, controlTags, defineResourcePolicy, mergeConfig, policyMetadata, schemaDefaults } from "../../../policy/lib";
import { SENTINEL } from "../samples";

class NotApplicable extends Error {}

/** Calls a policy's validateResource the way the CrossGuard server does. */
function validate(
    policy: ReturnType<typeof defineResourcePolicy>["policy"],
    type: string,
    props: Record<string, unknown>,
    config: Record<string, unknown> = {},
): string[] | "not applicable" {
    const reported: string[] = [];
    const args = {
        type,
        props: unknownCheckingProxy(props),
        urn: `urn:pulumi:dev::p::${type}::r`,
        name: "r",
        getConfig: () => config,
        notApplicable: (reason?: string) => {
            throw new NotApplicable(reason);
        },
    } as unknown as ResourceValidationArgs;
    try {
        const v = policy.validateResource;
        (Array.isArray(v) ? v[0] : v)!(args, (m: string) => reported.push(m));
    } catch (e) {
        if (e instanceof NotApplicable) return "not applicable";
        throw e;
    }
    return reported;
}

describe("policy/lib defineResourcePolicy", () => {
    const seen: Array<Record<string, unknown>> = [];
    const definition = defineResourcePolicy<{ limit: number; names: string[] }>({
        name: "example-policy",
        description: "An example.",
        enforcementLevel: "advisory",
        severity: "low",
        controls: { cis: ["9.9"], fsbp: ["X.1", "X.2"], foundation: ["nothing-lost"] },
        configSchema: {
            properties: {
                limit: { type: "integer", default: 3 },
                names: { type: "array", items: { type: "string" }, default: [] },
            },
        },
        parseConfig: (raw) => ({ limit: Number(raw["limit"]), names: raw["names"] as string[] }),
        checks: {
            "test:index:Thing": (props, config) => {
                seen.push(props);
                return props["size"] === UNKNOWN ? [] : Number(props["size"]) > config.limit ? [`size must be at most ${config.limit}`] : [];
            },
            "test:index:Broken": () => {
                throw new Error("bug");
            },
        },
        remediations: {
            "test:index:Thing": (props, config) => (props["fixable"] === false ? undefined : { size: config.limit, fixedBy: props["fixedBy"] ?? "policy" }),
        },
    });

    it("builds tags and metadata from the controls", () => {
        assert.deepStrictEqual(controlTags({ cis: ["3.1"], fsbp: ["CloudTrail.1"] }), ["cis-3.0:3.1", "fsbp:CloudTrail.1"]);
        assert.deepStrictEqual(definition.policy.tags, ["cis-3.0:9.9", "fsbp:X.1", "fsbp:X.2", "foundation:nothing-lost"]);
        assert.deepStrictEqual(definition.metadata.tags, definition.policy.tags);
        assert.deepStrictEqual(definition.metadata.resourceTypes, ["test:index:Thing", "test:index:Broken"]);
        assert.strictEqual(definition.policy.enforcementLevel, "advisory");
        assert.strictEqual(definition.policy.severity, "low");
        assert.strictEqual(definition.policy.configSchema, definition.metadata.configSchema);
    });

    it("fills config from schema defaults, overlaid with the configured values", () => {
        assert.deepStrictEqual(schemaDefaults(definition.metadata.configSchema), { limit: 3, names: [], exemptions: [] });
        assert.deepStrictEqual(definition.defaultConfig, { limit: 3, names: [] });
        assert.deepStrictEqual(validate(definition.policy, "test:index:Thing", { size: 4 }), ["size must be at most 3"]);
        assert.deepStrictEqual(validate(definition.policy, "test:index:Thing", { size: 4 }, { limit: 5 }), []);
        assert.deepStrictEqual(definition.check("test:index:Thing", { size: 6 }, { limit: 5 }), ["size must be at most 5"]);
    });

    it("hands the check plain data with UNKNOWN instead of the throwing proxy", () => {
        seen.length = 0;
        assert.deepStrictEqual(validate(definition.policy, "test:index:Thing", { size: SENTINEL, other: { deep: SENTINEL } }), []);
        assert.deepStrictEqual(seen, [{ size: UNKNOWN, other: { deep: UNKNOWN } }]);
    });

    it("reports other resource types as not applicable, without a stack trace, restoring the limit, building the error once", () => {
        const fresh = defineResourcePolicy({
            name: "fresh", description: "d", enforcementLevel: "advisory", severity: "low", controls: {},
            configSchema: { properties: {} }, checks: { "test:index:Thing": () => [], "test:index:Broken": () => [] },
        });
        const limit = Error.stackTraceLimit;
        const limitsWhenThrown: number[] = [];
        const reasons: Array<string | undefined> = [];
        const args = (type: string) => ({
            type, props: unknownCheckingProxy({}), urn: "u", name: "r", getConfig: () => ({}),
            notApplicable: (reason?: string) => { limitsWhenThrown.push(Error.stackTraceLimit); reasons.push(reason); throw new NotApplicable(reason); },
        }) as unknown as ResourceValidationArgs;
        const run = (type: string) => (fresh.policy.validateResource as (a: ResourceValidationArgs, r: () => void) => void)(args(type), () => {});
        const thrown: unknown[] = [];
        for (const type of ["test:index:Other", "test:index:Another"]) {
            try {
                run(type);
            } catch (e) {
                thrown.push(e);
            }
        }
        assert.strictEqual(thrown.length, 2);
        assert.ok(thrown[0] instanceof NotApplicable);
        assert.strictEqual(thrown[1], thrown[0], "the second resource gets the same error object");
        assert.strictEqual((thrown[0] as Error).message, "Policy only applies to resources of type 'test:index:Thing', 'test:index:Broken'");
        assert.deepStrictEqual(limitsWhenThrown, [0]);
        assert.strictEqual(Error.stackTraceLimit, limit);
        assert.doesNotThrow(() => run("test:index:Thing"));
        const three = defineResourcePolicy({
            name: "three", description: "d", enforcementLevel: "advisory", severity: "low", controls: {}, configSchema: { properties: {} },
            checks: { "test:index:A": () => [], "test:index:B": () => [], "test:index:C": () => [] },
        });
        assert.throws(() => (three.policy.validateResource as (a: ResourceValidationArgs, r: () => void) => void)(args("test:index:Other"), () => {}),
            (e: Error) => e.message === "Policy only applies to 3 resource types, listed in docs/controls.md");
        assert.strictEqual(validate(definition.policy, "test:index:Other", {}), "not applicable");
        assert.deepStrictEqual(definition.check("test:index:Other", {}), []);
    });

    it("fails closed when a check throws anyway", () => {
        const expected = ["example-policy could not evaluate this resource (bug); failing closed: this is a bug in the policy pack, please report it"];
        assert.deepStrictEqual(validate(definition.policy, "test:index:Broken", {}), expected);
        assert.deepStrictEqual(definition.check("test:index:Broken", {}), expected);
    });

    it("lets the CrossGuard server skip other types when a policy checks exactly one type", () => {
        const single = defineResourcePolicy({
            name: "single",
            description: "d",
            enforcementLevel: "mandatory",
            severity: "low",
            controls: { cis: ["1.1"] },
            configSchema: { properties: {} },
            checks: { "test:index:Thing": () => [] },
        });
        assert.strictEqual((single.policy.validateResource as unknown as { __pulumiType?: string }).__pulumiType, "test:index:Thing");
        assert.strictEqual((definition.policy.validateResource as unknown as { __pulumiType?: string }).__pulumiType, undefined);
    });

    describe("exemptions (every policy's config)", () => {
        const exemptions = [
            { match: "legacy-*", justification: "migrated in ticket OPS-12" },
            { match: "tag:exception=sec-2026-*", justification: "approved by the security review" },
            { match: "short-*", justification: "too short" },
        ];
        const config = { exemptions };

        it("adds an exemptions list to the config schema, items with a match and a justification of at least 10 characters", () => {
            assert.deepStrictEqual(definition.metadata.configSchema.properties?.["exemptions"], {
                type: "array",
                default: [],
                description: "Resources this policy does not apply to: { match: 'name pattern' or 'tag:KEY=VALUE' (* = any characters), justification: why (at least 10 characters) }",
                items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["match", "justification"],
                    properties: { match: { type: "string", minLength: 1 }, justification: { type: "string", minLength: 10 } },
                },
            });
            assert.deepStrictEqual(Object.keys(definition.metadata.configSchema.properties ?? {}), ["limit", "names", "exemptions"]);
        });

        it("skips a resource whose name matches a pattern, and only that resource", () => {
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9 }, config, "legacy-bucket"), []);
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9 }, config, "new-legacy-bucket"), ["size must be at most 3"]);
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9 }, config, "legacy"), ["size must be at most 3"]);
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9 }, {}, "legacy-bucket"), ["size must be at most 3"]);
        });

        it("skips a resource tagged with a matching value; an unknown or other tag does not exempt", () => {
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9, tags: { exception: "sec-2026-04" } }, config, "r"), []);
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9, tags: { exception: "sec-2025-04" } }, config, "r"), ["size must be at most 3"]);
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9, tags: { exception: SENTINEL } }, config, "r"), ["size must be at most 3"]);
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9, tags: SENTINEL }, config, "r"), ["size must be at most 3"]);
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9, tags: { other: "sec-2026-04" } }, config, "r"), ["size must be at most 3"]);
        });

        it("ignores an exemption without a justification of at least 10 characters", () => {
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9 }, config, "short-lived"), ["size must be at most 3"]);
            assert.deepStrictEqual(definition.check("test:index:Thing", { size: 9 }, { exemptions: [{ match: "*" }] }, "any"), ["size must be at most 3"]);
        });

        it("is applied by the CrossGuard wrapper with the resource's name", () => {
            assert.deepStrictEqual(validate(definition.policy, "test:index:Thing", { size: 9 }, { exemptions: [{ match: "r", justification: "the one resource named r" }] }), []);
            assert.deepStrictEqual(validate(definition.policy, "test:index:Thing", { size: 9 }, { exemptions: [{ match: "s", justification: "another resource entirely" }] }), ["size must be at most 3"]);
        });
    });

    describe("remediation (level remediate)", () => {
        const remediate = (props: Record<string, unknown>, config: Record<string, unknown> = {}) => {
            const args = {
                type: "test:index:Thing", name: "r", urn: "urn:pulumi:dev::p::test:index:Thing::r",
                props: unknownCheckingProxy(props), getConfig: () => config,
                notApplicable: () => { throw new NotApplicable(); },
            } as unknown as ResourceValidationArgs;
            return definition.policy.remediateResource!(args);
        };

        it("returns the engine's props with the fixed inputs set, unknown values kept as they came", () => {
            assert.deepStrictEqual(remediate({ size: 9, other: SENTINEL }), { size: 3, fixedBy: "policy", other: SENTINEL });
            assert.deepStrictEqual(remediate({ size: 9 }, { limit: 5 }), { size: 5, fixedBy: "policy" });
            assert.deepStrictEqual(definition.remediate("test:index:Thing", { size: 9, other: SENTINEL }), { size: 3, fixedBy: "policy", other: UNKNOWN });
        });

        it("changes nothing for a compliant, exempted or unfixable resource, or where the fix would carry an unknown", () => {
            assert.strictEqual(remediate({ size: 2 }), undefined);
            assert.strictEqual(remediate({ size: 9 }, { exemptions: [{ match: "r", justification: "the one resource named r" }] }), undefined);
            assert.strictEqual(remediate({ size: 9, fixable: false }), undefined);
            assert.strictEqual(remediate({ size: 9, fixedBy: SENTINEL }), undefined);
            assert.strictEqual(definition.remediate("test:index:Broken", { size: 9 }), undefined);
        });

        it("keeps secret inputs secret in the fixed inputs it returns to the engine", async () => {
            const deserialize = require("@pulumi/policy/deserialize");
            const SECRET_SIG = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };
            const struct = Struct.fromJavaScript({ size: 9, password: { ...SECRET_SIG, value: "hunter2" } });
            const args = {
                type: "test:index:Thing", name: "r", urn: "u", props: unknownCheckingProxy(deserialize.deserializeProperties(struct, true)),
                getConfig: () => ({}), notApplicable: () => { throw new NotApplicable(); },
            } as unknown as ResourceValidationArgs;
            const fixed = await definition.policy.remediateResource!(args);
            assert.deepStrictEqual(await deserialize.serializeProperties(fixed), { size: 3, fixedBy: "policy", password: { ...SECRET_SIG, value: "hunter2" } });
        });

        it("is offered only by policies that declare a fix", () => {
            const plain = defineResourcePolicy({
                name: "plain", description: "d", enforcementLevel: "mandatory", severity: "low", controls: {},
                configSchema: { properties: {} }, checks: { "test:index:Thing": () => ["always"] },
            });
            assert.strictEqual(plain.policy.remediateResource, undefined);
            assert.strictEqual(plain.remediate("test:index:Thing", {}), undefined);
        });
    });
});

/**
 * The definitions below are built inside each test, not when the file loads: what a test builds is
 * what it checks (a definition built at load would be shared by every test and never rebuilt).
 */
describe("policy/lib defineResourcePolicy, built per test", () => {
    const THING = "test:index:Thing";
    const sizeCheck = (props: Record<string, unknown>, config: { limit: number }) =>
        Number(props["size"]) > config.limit ? [`size must be at most ${config.limit}`] : [];
    /** validateResource's arguments as the CrossGuard server builds them; `getConfig` as given. */
    const crossGuardArgs = (props: Record<string, unknown>, getConfig: () => unknown, name = "r") => ({
        type: THING, name, urn: `urn:pulumi:dev::p::${THING}::${name}`, props: unknownCheckingProxy(props), getConfig,
        notApplicable: (reason?: string) => {
            throw new NotApplicable(reason);
        },
    }) as unknown as ResourceValidationArgs;
    const runValidate = (policy: ReturnType<typeof defineResourcePolicy>["policy"], args: ResourceValidationArgs) => {
        const reported: string[] = [];
        (policy.validateResource as (a: ResourceValidationArgs, r: (m: string) => void) => void)(args, (m) => reported.push(m));
        return reported;
    };

    it("hands the declaration to CrossGuard: name, description, levels, tags, schema with exemptions, remediation when declared", () => {
        const two = defineResourcePolicy({
            name: "two-types", description: "Checks two types.", enforcementLevel: "mandatory", severity: "high",
            controls: { fsbp: ["S3.1"], foundation: ["no-keys"] },
            checks: { "test:index:A": () => [], "test:index:B": () => [] },
            remediations: { "test:index:A": () => ({ fixed: true }) },
        });
        assert.strictEqual(two.policy.name, "two-types");
        assert.strictEqual(two.policy.description, "Checks two types.");
        assert.strictEqual(two.policy.enforcementLevel, "mandatory");
        assert.strictEqual(two.policy.severity, "high");
        assert.deepStrictEqual(two.policy.tags, ["fsbp:S3.1", "foundation:no-keys"]);
        assert.deepStrictEqual(Object.keys(two.policy.configSchema?.properties ?? {}), ["exemptions"]);
        assert.deepStrictEqual((two.policy.configSchema?.properties?.["exemptions"] as { default?: unknown }).default, []);
        assert.deepStrictEqual(two.metadata.resourceTypes, ["test:index:A", "test:index:B"]);
        assert.strictEqual(typeof two.policy.remediateResource, "function");
        assert.strictEqual((two.policy.validateResource as unknown as { __pulumiType?: string }).__pulumiType, undefined, "two types: the server must call it for both");

        const one = defineResourcePolicy({
            name: "one-type", description: "Checks one type.", enforcementLevel: "advisory", severity: "low", controls: { cis: ["1.1"] },
            checks: { "test:index:A": () => [] },
        });
        assert.strictEqual((one.policy.validateResource as unknown as { __pulumiType?: string }).__pulumiType, "test:index:A");
        assert.strictEqual(one.policy.remediateResource, undefined);
        assert.deepStrictEqual(one.policy.tags, ["cis-3.0:1.1"]);
    });

    it("without parseConfig, the check sees the raw config: schema defaults overlaid with the configured values", () => {
        const seen: unknown[] = [];
        const raw = defineResourcePolicy({
            name: "raw-config", description: "d", enforcementLevel: "advisory", severity: "low", controls: {},
            configSchema: { properties: { mode: { type: "string", default: "strict" } } },
            checks: { [THING]: (_props, config) => {
                seen.push(config);
                return ["seen"];
            } },
        });
        assert.deepStrictEqual(raw.defaultConfig, { mode: "strict", exemptions: [] });
        assert.deepStrictEqual(raw.check(THING, {}, { mode: "lenient", extra: 1 }), ["seen"]);
        assert.deepStrictEqual(seen, [{ mode: "lenient", exemptions: [], extra: 1 }]);
    });

    it("a policy declared without configSchema takes only exemptions, [] by default", () => {
        const bare = defineResourcePolicy({
            name: "bare", description: "d", enforcementLevel: "advisory", severity: "low", controls: {},
            checks: { [THING]: (props) => (props["bad"] === true ? ["bad"] : []) },
        });
        assert.deepStrictEqual(Object.keys(bare.metadata.configSchema.properties), ["exemptions"]);
        assert.deepStrictEqual(bare.defaultConfig, { exemptions: [] });
        assert.deepStrictEqual(bare.check(THING, { bad: true }), ["bad"]);
        assert.deepStrictEqual(bare.check(THING, { bad: true }, { exemptions: [{ match: "old-*", justification: "scheduled for removal" }] }, "old-1"), []);
        const withDefaults = defineResourcePolicy({
            name: "with-defaults", description: "d", enforcementLevel: "advisory", severity: "low", controls: {},
            defaultExemptions: [{ match: "foundation-*", justification: "created by this program on purpose" }],
            checks: { [THING]: () => ["bad"] },
        });
        assert.deepStrictEqual(withDefaults.check(THING, {}, {}, "foundation-trail"), []);
        assert.deepStrictEqual(withDefaults.check(THING, {}, { exemptions: [] }, "foundation-trail"), ["bad"], "configured exemptions replace the defaults");
    });

    it("falls back to the defaults when parseConfig rejects the configured values, keeping the configured exemptions", () => {
        const strict = defineResourcePolicy<{ limit: number }>({
            name: "strict-config", description: "d", enforcementLevel: "advisory", severity: "low", controls: {},
            configSchema: { properties: { limit: { type: "integer", default: 3 } } },
            parseConfig: (raw) => {
                if (typeof raw["limit"] !== "number") throw new Error("limit must be a number");
                return { limit: raw["limit"] };
            },
            checks: { [THING]: sizeCheck },
        });
        assert.deepStrictEqual(strict.check(THING, { size: 4 }, { limit: 5 }), []);
        assert.deepStrictEqual(strict.check(THING, { size: 4 }, { limit: "ten" }), ["size must be at most 3"]);
        assert.deepStrictEqual(strict.check(THING, { size: 4 }, { limit: "ten", exemptions: [{ match: "legacy", justification: "replaced next quarter" }] }, "legacy"), []);
        assert.deepStrictEqual(runValidate(strict.policy, crossGuardArgs({ size: 4 }, () => ({ limit: "ten" }))), ["size must be at most 3"]);
    });

    it("uses the defaults when the engine's config cannot be read", () => {
        const limited = defineResourcePolicy<{ limit: number }>({
            name: "limited", description: "d", enforcementLevel: "advisory", severity: "low", controls: {},
            configSchema: { properties: { limit: { type: "integer", default: 3 } } },
            parseConfig: (raw) => ({ limit: Number(raw["limit"]) }),
            checks: { [THING]: sizeCheck },
            remediations: { [THING]: (_props, config) => ({ size: config.limit }) },
        });
        const unreadable = () => {
            throw new Error("config not sent");
        };
        assert.deepStrictEqual(runValidate(limited.policy, crossGuardArgs({ size: 4 }, unreadable)), ["size must be at most 3"]);
        assert.deepStrictEqual(runValidate(limited.policy, crossGuardArgs({ size: 4 }, () => ({ limit: 5 }))), []);
        assert.deepStrictEqual(limited.policy.remediateResource!(crossGuardArgs({ size: 4 }, unreadable)), { size: 3 });
    });

    it("keeps only the string messages a check returns, and nothing when it returns no list", () => {
        const odd: Record<string, unknown> = { list: ["first", 5, null, { m: "x" }, "second"], text: "not a list", none: undefined };
        const sloppy = defineResourcePolicy({
            name: "sloppy", description: "d", enforcementLevel: "advisory", severity: "low", controls: {},
            checks: { [THING]: (props) => odd[props["returns"] as string] as string[] },
        });
        assert.deepStrictEqual(sloppy.check(THING, { returns: "list" }), ["first", "second"]);
        assert.deepStrictEqual(sloppy.check(THING, { returns: "text" }), []);
        assert.deepStrictEqual(sloppy.check(THING, { returns: "none" }), []);
        assert.deepStrictEqual(runValidate(sloppy.policy, crossGuardArgs({ returns: "list" }, () => ({}))), ["first", "second"]);
    });

    it("a name pattern does not exempt a resource checked without a name", () => {
        const always = defineResourcePolicy({
            name: "always", description: "d", enforcementLevel: "advisory", severity: "low", controls: {},
            checks: { [THING]: () => ["always"] },
            remediations: { [THING]: () => ({ fixed: true }) },
        });
        const config = { exemptions: [{ match: "*e*", justification: "every name with an e in it" }] };
        assert.deepStrictEqual(always.check(THING, {}, config), ["always"]);
        assert.deepStrictEqual(always.check(THING, {}, config, "web"), []);
        assert.deepStrictEqual(always.remediate(THING, {}, config), { fixed: true });
        assert.strictEqual(always.remediate(THING, {}, config, "web"), undefined);
    });

    it("remediation: a fix that sets nothing or throws changes nothing; a fix may set an input to null", () => {
        const fixes: Record<string, () => Record<string, unknown> | undefined> = {
            empty: () => ({}),
            throws: () => {
                throw new Error("bug");
            },
            clears: () => ({ size: null }),
        };
        const fixer = defineResourcePolicy({
            name: "fixer", description: "d", enforcementLevel: "remediate", severity: "low", controls: {},
            checks: { [THING]: () => ["wrong"] },
            remediations: { [THING]: (props) => fixes[props["fix"] as string]!() },
        });
        assert.strictEqual(fixer.remediate(THING, { fix: "empty", size: 9 }), undefined);
        assert.strictEqual(fixer.policy.remediateResource!(crossGuardArgs({ fix: "empty", size: 9 }, () => ({}))), undefined);
        assert.strictEqual(fixer.remediate(THING, { fix: "throws", size: 9 }), undefined);
        assert.deepStrictEqual(fixer.remediate(THING, { fix: "clears", size: 9 }), { fix: "clears", size: null });
        assert.deepStrictEqual(fixer.policy.remediateResource!(crossGuardArgs({ fix: "clears", size: 9 }, () => ({}))), { fix: "clears", size: null });
    });
});

describe("policy/lib mergeConfig, schemaDefaults, policyMetadata", () => {
    it("overlays configured values that are set, never null, undefined or the engine's enforcementLevel", () => {
        assert.deepStrictEqual(
            mergeConfig({ limit: 3, names: ["a"], mode: "strict" }, { limit: null, names: undefined, enforcementLevel: "disabled", mode: "lenient", extra: "x" }),
            { limit: 3, names: ["a"], mode: "lenient", extra: "x" },
        );
    });

    it("ignores configured values that are not an object", () => {
        for (const odd of [null, undefined, "limit=5", 5, true, ["limit", 5]]) {
            assert.deepStrictEqual(mergeConfig({ limit: 3 }, odd), { limit: 3 }, JSON.stringify(odd));
        }
    });

    it("copies the defaults: changing the result leaves them as they were", () => {
        const defaults = { names: ["a"] };
        const merged = mergeConfig(defaults, {});
        (merged["names"] as string[]).push("b");
        assert.deepStrictEqual(defaults, { names: ["a"] });
    });

    it("schemaDefaults takes the default of each property that has one, skipping boolean schemas and odd entries", () => {
        const schema = { properties: { a: { type: "string" }, b: { type: "integer", default: 1 }, c: true, d: false, e: { type: "array", default: ["x"] }, n: null, s: "default" } };
        assert.deepStrictEqual(schemaDefaults(schema as never), { b: 1, e: ["x"] });
        assert.deepStrictEqual(schemaDefaults({} as never), {});
    });

    it("policyMetadata adds exemptions to the declared schema, [] unless default exemptions are given", () => {
        const declaration = {
            name: "meta", description: "A declaration.", enforcementLevel: "advisory" as const, severity: "medium" as const,
            controls: { cis: ["2.1"] }, configSchema: { properties: { days: { type: "integer" as const, default: 7 } }, required: ["days"] },
        };
        const metadata = policyMetadata(declaration, ["test:index:A"]);
        assert.deepStrictEqual(Object.keys(metadata.configSchema.properties), ["days", "exemptions"]);
        assert.deepStrictEqual(metadata.configSchema.required, ["days"]);
        assert.deepStrictEqual(metadata.configSchema.properties["days"], { type: "integer", default: 7 });
        assert.deepStrictEqual((metadata.configSchema.properties["exemptions"] as { default?: unknown }).default, []);
        assert.deepStrictEqual(metadata.tags, ["cis-3.0:2.1"]);
        assert.deepStrictEqual(metadata.resourceTypes, ["test:index:A"]);
        const exempt = [{ match: "x", justification: "why it is exempt" }];
        assert.deepStrictEqual((policyMetadata(declaration, [], exempt).configSchema.properties["exemptions"] as { default?: unknown }).default, exempt);
        assert.deepStrictEqual(Object.keys(policyMetadata({ ...declaration, configSchema: undefined }, []).configSchema.properties), ["exemptions"]);
    });
});
