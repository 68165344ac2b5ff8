import * as assert from "assert";
import { StackValidationArgs, StackValidationPolicy, unknownCheckingProxy } from "@pulumi/policy";
import { StackResource, StackViolation, UNKNOWN, companionsOf, defineStackPolicy, takesFrom } from "../../../policy/lib";
import { SENTINEL, stackBucket, stackResource as withDependencies } from "../samples";

const BUCKET = "aws:s3/bucket:Bucket";
const BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const urnOf = (type: string, name: string) => `urn:pulumi:dev::p::${type}::${name}`;

/** A resource the way CrossGuard hands it to validateStack: props behind its proxy, dependencies as resources. */
interface EngineResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly props: unknown;
    readonly dependencies?: readonly EngineResource[];
    readonly propertyDependencies?: Record<string, readonly EngineResource[]>;
}

function engineResource(type: string, name: string, props: Record<string, unknown>, deps: Partial<Pick<EngineResource, "dependencies" | "propertyDependencies">> = {}): EngineResource {
    return { urn: urnOf(type, name), type, name, props: unknownCheckingProxy(props), ...deps };
}

/** Calls validateStack as the CrossGuard server does; returns what was reported, as [message, urn]. */
function validateStack(policy: StackValidationPolicy, resources: readonly EngineResource[], getConfig: () => unknown = () => ({})): Array<[string, string | undefined]> {
    const reported: Array<[string, string | undefined]> = [];
    const args = { resources, getConfig } as unknown as StackValidationArgs;
    void policy.validateStack(args, (message: string, urn?: string) => {
        reported.push([message, urn]);
    });
    return reported;
}

/** A stack resource as a stack check sees it. */
function stackResource(type: string, name: string, props: Record<string, unknown>, more: Partial<StackResource> = {}): StackResource {
    return { urn: urnOf(type, name), type, name, props, dependencies: [], ...more };
}

describe("policy/lib defineStackPolicy", () => {
    const declaration = {
        name: "bucket-blocked", description: "Every bucket has a public access block.", enforcementLevel: "mandatory" as const,
        severity: "high" as const, controls: { cis: ["2.1.4"], fsbp: ["S3.8"] }, resourceTypes: [BUCKET, BLOCK],
    };

    it("hands the declaration to CrossGuard: name, description, levels, tags, schema with exemptions", () => {
        const definition = defineStackPolicy({ ...declaration, check: () => [] });
        assert.strictEqual(definition.policy.name, "bucket-blocked");
        assert.strictEqual(definition.policy.description, "Every bucket has a public access block.");
        assert.strictEqual(definition.policy.enforcementLevel, "mandatory");
        assert.strictEqual(definition.policy.severity, "high");
        assert.deepStrictEqual(definition.policy.tags, ["cis-3.0:2.1.4", "fsbp:S3.8"]);
        assert.deepStrictEqual(Object.keys(definition.policy.configSchema?.properties ?? {}), ["exemptions"]);
        assert.strictEqual(definition.policy.configSchema, definition.metadata.configSchema);
        assert.deepStrictEqual(definition.metadata.resourceTypes, [BUCKET, BLOCK]);
        assert.deepStrictEqual(definition.metadata.tags, ["cis-3.0:2.1.4", "fsbp:S3.8"]);
    });

    it("hands the check every resource as plain data, UNKNOWN for unknowns, its dependencies and property dependencies as URNs", () => {
        const seen: StackResource[][] = [];
        const definition = defineStackPolicy({ ...declaration, check: (resources) => {
            seen.push([...resources]);
            return [];
        } });
        const bucket = engineResource(BUCKET, "logs", { bucket: "logs-bucket", tags: { team: SENTINEL } });
        const block = engineResource(BLOCK, "logs-block", { bucket: SENTINEL, blockPublicAcls: true }, {
            dependencies: [bucket], propertyDependencies: { bucket: [bucket], blockPublicAcls: [] },
        });
        assert.deepStrictEqual(validateStack(definition.policy, [bucket, block]), []);
        assert.deepStrictEqual(seen, [[
            {
                urn: "urn:pulumi:dev::p::aws:s3/bucket:Bucket::logs", type: BUCKET, name: "logs",
                props: { bucket: "logs-bucket", tags: { team: UNKNOWN } }, dependencies: [], propertyDependencies: {},
            },
            {
                urn: "urn:pulumi:dev::p::aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock::logs-block", type: BLOCK, name: "logs-block",
                props: { bucket: UNKNOWN, blockPublicAcls: true },
                dependencies: ["urn:pulumi:dev::p::aws:s3/bucket:Bucket::logs"],
                propertyDependencies: { bucket: ["urn:pulumi:dev::p::aws:s3/bucket:Bucket::logs"], blockPublicAcls: [] },
            },
        ]]);
    });

    const bucket = engineResource(BUCKET, "logs", { bucket: "logs-bucket" });
    const reportsBoth = (): StackViolation[] => [
        { urn: "urn:pulumi:dev::p::aws:s3/bucket:Bucket::logs", message: "logs-bucket has no public access block" },
        { urn: "", message: "the stack has no account-level public access block" },
    ];

    it("reports a violation on its resource's URN, and one with URN \"\" on the stack", () => {
        const definition = defineStackPolicy({ ...declaration, check: reportsBoth });
        assert.deepStrictEqual(validateStack(definition.policy, [bucket]), [
            ["logs-bucket has no public access block", "urn:pulumi:dev::p::aws:s3/bucket:Bucket::logs"],
            ["the stack has no account-level public access block", undefined],
        ]);
    });

    it("applies the exemptions the engine's config sets to the resource a violation is about; a stack-wide violation stays", () => {
        const definition = defineStackPolicy({ ...declaration, check: reportsBoth });
        const exempt = (match: string) => () => ({ exemptions: [{ match, justification: "public website, reviewed in SEC-42" }] });
        assert.deepStrictEqual(validateStack(definition.policy, [bucket], exempt("logs")), [["the stack has no account-level public access block", undefined]]);
        assert.deepStrictEqual(validateStack(definition.policy, [bucket], exempt("*")), [["the stack has no account-level public access block", undefined]]);
        assert.deepStrictEqual(validateStack(definition.policy, [bucket], exempt("other")).length, 2);
        assert.deepStrictEqual(definition.check([stackResource(BUCKET, "logs", { bucket: "logs-bucket" })], { exemptions: [{ match: "*", justification: "everything, for the test" }] }),
            [{ urn: "", message: "the stack has no account-level public access block" }]);
    });

    it("uses the defaults (default exemptions included) when the engine's config cannot be read", () => {
        const definition = defineStackPolicy({
            ...declaration, check: reportsBoth, defaultExemptions: [{ match: "logs", justification: "the log bucket is private by design" }],
        });
        const unreadable = () => {
            throw new Error("config not sent");
        };
        assert.deepStrictEqual(validateStack(definition.policy, [bucket], unreadable), [["the stack has no account-level public access block", undefined]]);
        assert.deepStrictEqual(validateStack(definition.policy, [bucket], () => ({ exemptions: [] })).length, 2, "configured exemptions replace the defaults");
    });

    it("passes the check its config: schema defaults overlaid with what is configured", () => {
        const seen: Array<Record<string, unknown>> = [];
        const definition = defineStackPolicy({
            ...declaration, configSchema: { properties: { strict: { type: "boolean", default: true } } },
            check: (_resources, config) => {
                seen.push(config);
                return [];
            },
        });
        validateStack(definition.policy, [], () => ({ strict: false, enforcementLevel: "advisory" }));
        definition.check([]);
        assert.deepStrictEqual(seen, [{ strict: false, exemptions: [] }, { strict: true, exemptions: [] }]);
    });

    it("fails closed, on the stack, when the check throws", () => {
        const definition = defineStackPolicy({ ...declaration, check: () => {
            throw new Error("boom");
        } });
        const message = "bucket-blocked could not evaluate this stack (boom); failing closed: this is a bug in the policy pack, please report it";
        assert.deepStrictEqual(validateStack(definition.policy, [bucket]), [[message, undefined]]);
        assert.deepStrictEqual(definition.check([]), [{ urn: "", message }]);
        const throwsText = defineStackPolicy({ ...declaration, check: () => {
            // eslint-disable-next-line no-throw-literal -- what a check that throws something other than an Error looks like
            throw "not an Error";
        } });
        assert.deepStrictEqual(throwsText.check([]), [{
            urn: "", message: "bucket-blocked could not evaluate this stack (not an Error); failing closed: this is a bug in the policy pack, please report it",
        }]);
    });
});

describe("policy/lib companionsOf and takesFrom", () => {
    const target = stackResource(BUCKET, "logs", { bucket: "logs-bucket" });
    const block = (name: string, props: Record<string, unknown>, more: Partial<StackResource> = {}) => stackResource(BLOCK, name, props, more);

    it("finds the resources whose input names the target: its bucket, name, id or arn", () => {
        const named = (props: Record<string, unknown>) => stackResource("aws:ec2/vpc:Vpc", "main", props);
        const byBucket = block("by-bucket", { bucket: "logs-bucket" });
        assert.deepStrictEqual(companionsOf(target, [byBucket, block("other", { bucket: "other-bucket" })], "bucket"), [byBucket]);
        for (const key of ["bucket", "name", "id", "arn"]) {
            const companion = stackResource("aws:ec2/flowLog:FlowLog", "log", { vpcId: "vpc-0abc" });
            assert.deepStrictEqual(companionsOf(named({ [key]: "vpc-0abc" }), [companion], "vpcId"), [companion], key);
        }
        assert.deepStrictEqual(companionsOf(target, [block("by-name", { name: "logs-bucket" })], "bucket"), [], "the candidate's other inputs do not count");
    });

    it("an empty or unknown name matches nothing", () => {
        for (const value of ["", UNKNOWN, undefined, 7]) {
            const odd = stackResource(BUCKET, "odd", { bucket: value, name: value, id: value, arn: value });
            assert.deepStrictEqual(companionsOf(odd, [block("empty", { bucket: value })], "bucket"), [], String(value));
        }
    });

    it("finds a companion through the property dependency of that input, on a first preview when names are unknown", () => {
        const fromTarget = block("from-target", { bucket: UNKNOWN }, { dependencies: [target.urn], propertyDependencies: { bucket: [target.urn] } });
        const otherInput = block("other-input", { bucket: UNKNOWN }, { dependencies: [target.urn], propertyDependencies: { bucket: [], policy: [target.urn] } });
        assert.deepStrictEqual(companionsOf(target, [fromTarget, otherInput], "bucket"), [fromTarget]);
        assert.strictEqual(takesFrom(fromTarget, "bucket", target), true);
        assert.strictEqual(takesFrom(otherInput, "bucket", target), false);
        assert.strictEqual(takesFrom(otherInput, "policy", target), true);
        assert.strictEqual(takesFrom(otherInput, "acl", target), false, "an input with no property dependencies");
    });

    it("without any property dependency (an engine that sends none), any dependency on the target counts", () => {
        for (const propertyDependencies of [undefined, {}]) {
            const dependent = block("dependent", { bucket: UNKNOWN }, { dependencies: [target.urn], ...(propertyDependencies && { propertyDependencies }) });
            const unrelated = block("unrelated", { bucket: UNKNOWN }, { dependencies: ["urn:pulumi:dev::p::aws:s3/bucket:Bucket::other"], ...(propertyDependencies && { propertyDependencies }) });
            assert.strictEqual(takesFrom(dependent, "bucket", target), true);
            assert.strictEqual(takesFrom(unrelated, "bucket", target), false);
            assert.deepStrictEqual(companionsOf(target, [dependent, unrelated], "bucket"), [dependent]);
        }
    });
});

describe("companionsOf", () => {
    it("finds resources that depend on the target or name it; unknown names match through dependencies only", () => {
        const logs = stackBucket("logs");
        const byDependency = withDependencies("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "a", { bucket: UNKNOWN }, [logs.urn]);
        const byName = withDependencies("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "b", { bucket: "logs" });
        const other = withDependencies("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "c", { bucket: "assets" });
        assert.deepStrictEqual(companionsOf(logs, [byDependency, byName, other], "bucket").map((r) => r.name), ["a", "b"]);
        assert.deepStrictEqual(companionsOf(stackBucket("x", { bucket: UNKNOWN }), [other], "bucket"), []);
    });
    it("with property dependencies, only the named input counts: a logging resource for another bucket that targets this one is not this one's", () => {
        const access = stackBucket("access", { bucket: UNKNOWN });
        const data = stackBucket("data", { bucket: UNKNOWN });
        const logging = { ...withDependencies("aws:s3/bucketLogging:BucketLogging", "data-logging", { bucket: UNKNOWN, targetBucket: UNKNOWN }, [data.urn, access.urn]),
            propertyDependencies: { bucket: [data.urn], targetBucket: [access.urn] } };
        assert.deepStrictEqual(companionsOf(data, [logging], "bucket").map((r) => r.name), ["data-logging"]);
        assert.deepStrictEqual(companionsOf(access, [logging], "bucket"), []);
    });
});
