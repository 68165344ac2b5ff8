import * as assert from "assert";
import { StackResource, UNKNOWN } from "../../../policy/lib";
import { planCoversStage, settingsForStage } from "../../../policy/lib/apigateway";

const API = "urn:pulumi:dev::p::aws:apigateway/restApi:RestApi::api";
const OTHER_API = "urn:pulumi:dev::p::aws:apigateway/restApi:RestApi::other";
const STAGE_URN = "urn:pulumi:dev::p::aws:apigateway/stage:Stage::prod";

const stage = (props: Record<string, unknown>, propertyDependencies?: Record<string, string[]>): StackResource => ({
    urn: STAGE_URN, type: "aws:apigateway/stage:Stage", name: "prod", props, dependencies: Object.values(propertyDependencies ?? {}).flat(),
    ...(propertyDependencies && { propertyDependencies }),
});
const settings = (props: Record<string, unknown>, propertyDependencies?: Record<string, string[]>): StackResource => ({
    urn: "urn:pulumi:dev::p::aws:apigateway/methodSettings:MethodSettings::s", type: "aws:apigateway/methodSettings:MethodSettings", name: "s", props,
    dependencies: Object.values(propertyDependencies ?? {}).flat(), ...(propertyDependencies && { propertyDependencies }),
});

describe("policy/lib API Gateway relations", () => {
    describe("settingsForStage", () => {
        it("literal stage names: the same name, and the same API where both name it", () => {
            assert.strictEqual(settingsForStage(settings({ stageName: "prod", restApi: "a1" }), stage({ stageName: "prod", restApi: "a1" })), true);
            assert.strictEqual(settingsForStage(settings({ stageName: "prod", restApi: "a1" }), stage({ stageName: "prod", restApi: "a2" })), false);
            assert.strictEqual(settingsForStage(settings({ stageName: "dev", restApi: "a1" }), stage({ stageName: "prod", restApi: "a1" })), false);
        });

        it("the same stage name with an API one side does not name: a match unless their APIs come from different resources", () => {
            assert.strictEqual(settingsForStage(settings({ stageName: "prod", restApi: "a1" }), stage({ stageName: "prod", restApi: UNKNOWN })), true);
            assert.strictEqual(settingsForStage(settings({ stageName: "prod", restApi: UNKNOWN }), stage({ stageName: "prod", restApi: "a1" })), true);
            assert.strictEqual(settingsForStage(settings({ stageName: "prod", restApi: UNKNOWN }), stage({ stageName: "prod", restApi: UNKNOWN })), true, "no property dependencies at all");
            assert.strictEqual(settingsForStage(
                settings({ stageName: "prod", restApi: UNKNOWN }, { restApi: [API] }),
                stage({ stageName: "prod", restApi: UNKNOWN }, { restApi: [OTHER_API] }),
            ), false);
            assert.strictEqual(settingsForStage(
                settings({ stageName: "prod", restApi: UNKNOWN }, { restApi: [OTHER_API, API] }),
                stage({ stageName: "prod", restApi: UNKNOWN }, { restApi: [API] }),
            ), true, "one common source is enough");
            assert.strictEqual(settingsForStage(
                settings({ stageName: "prod", restApi: UNKNOWN }, { restApi: [API] }),
                stage({ stageName: "prod", restApi: UNKNOWN }, { restApi: [] }),
            ), true, "one side's source unknown: cannot tell apart");
            assert.strictEqual(settingsForStage(
                settings({ stageName: "prod", restApi: UNKNOWN }, { restApi: [API] }),
                stage({ stageName: "prod", restApi: UNKNOWN }, { deployment: ["urn:pulumi:dev::p::aws:apigateway/deployment:Deployment::d"] }),
            ), true, "no property dependencies for the stage's restApi: cannot tell apart");
            assert.strictEqual(settingsForStage(
                settings({ stageName: "prod", restApi: UNKNOWN }, { stageName: [] }),
                stage({ stageName: "prod", restApi: UNKNOWN }, { restApi: [API] }),
            ), true);
        });

        it("a stage name taken from the stage is a match; from another resource, not", () => {
            assert.strictEqual(settingsForStage(settings({ stageName: UNKNOWN }, { stageName: [STAGE_URN] }), stage({ stageName: UNKNOWN })), true);
            assert.strictEqual(settingsForStage(settings({ stageName: UNKNOWN }, { stageName: ["urn:pulumi:dev::p::aws:apigateway/stage:Stage::dev"] }), stage({ stageName: "prod" })), false);
        });

        it("an unknown stage name with no source to tell by is UNKNOWN; an absent one is no match", () => {
            assert.strictEqual(settingsForStage(settings({ stageName: UNKNOWN }), stage({ stageName: "prod" })), UNKNOWN);
            assert.strictEqual(settingsForStage(settings({ stageName: "prod" }), stage({ stageName: UNKNOWN })), UNKNOWN);
            assert.strictEqual(settingsForStage(settings({}), stage({ stageName: "prod" })), false);
            assert.strictEqual(settingsForStage(settings({ stageName: 7 }), stage({ stageName: 7 })), false);
        });
    });

    describe("planCoversStage", () => {
        const plan = (apiStages: unknown, propertyDependencies?: Record<string, string[]>): StackResource => ({
            urn: "urn:pulumi:dev::p::aws:apigateway/usagePlan:UsagePlan::plan", type: "aws:apigateway/usagePlan:UsagePlan", name: "plan",
            props: apiStages === undefined ? {} : { apiStages }, dependencies: Object.values(propertyDependencies ?? {}).flat(),
            ...(propertyDependencies && { propertyDependencies }),
        });

        it("lists the stage by name or takes apiStages from it", () => {
            assert.strictEqual(planCoversStage(plan([{ apiId: "a1", stage: "dev" }, { apiId: "a1", stage: "prod" }]), stage({ stageName: "prod" })), true);
            assert.strictEqual(planCoversStage(plan({ apiId: "a1", stage: "prod" }), stage({ stageName: "prod" })), true);
            assert.strictEqual(planCoversStage(plan([{ apiId: "a1", stage: UNKNOWN }], { apiStages: [STAGE_URN] }), stage({ stageName: UNKNOWN })), true);
        });

        it("does not cover a stage it does not name, or when either name is unknown", () => {
            assert.strictEqual(planCoversStage(plan([{ apiId: "a1", stage: "dev" }, UNKNOWN, null]), stage({ stageName: "prod" })), false);
            assert.strictEqual(planCoversStage(plan(undefined), stage({ stageName: "prod" })), false);
            assert.strictEqual(planCoversStage(plan(UNKNOWN), stage({ stageName: "prod" })), false);
            assert.strictEqual(planCoversStage(plan([{ apiId: "a1", stage: UNKNOWN }]), stage({ stageName: UNKNOWN })), false);
            assert.strictEqual(planCoversStage(plan([{ apiId: "a1", stage: "prod" }]), stage({ stageName: UNKNOWN })), false);
        });
    });
});
