import * as assert from "assert";
import { ResourceValidationArgs, unknownCheckingProxy } from "@pulumi/policy";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { UNKNOWN, controlTags, defineResourcePolicy, schemaDefaults } from "../../../policy/lib";

const SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

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
