/**
 * How API Gateway resources of a stack relate, for stack policies: the API a stage belongs to, the method
 * settings and usage plans that apply to a REST stage, the WAF web ACL associated with it. Resources are
 * matched by the inputs that take their value from another resource (property dependencies, which work
 * on a first preview), or by literal names where the program wrote them.
 */
import { StackResource, takesFrom } from "./define-stack";
import { UNKNOWN, Unknown } from "./unknown";
import { asList, asNumber, asRecord, asString, valueAt } from "./values";

export const REST_API = "aws:apigateway/restApi:RestApi";
export const REST_STAGE = "aws:apigateway/stage:Stage";
export const METHOD_SETTINGS = "aws:apigateway/methodSettings:MethodSettings";
export const USAGE_PLAN = "aws:apigateway/usagePlan:UsagePlan";
export const HTTP_API = "aws:apigatewayv2/api:Api";
export const HTTP_STAGE = "aws:apigatewayv2/stage:Stage";
export const WAF_ASSOCIATIONS = ["aws:wafv2/webAclAssociation:WebAclAssociation", "aws:wafregional/webAclAssociation:WebAclAssociation"];

/** The resources of type `type` that `resource`'s `property` takes its value from. */
export function sourcesOf(resource: StackResource, property: string, type: string, resources: readonly StackResource[]): StackResource[] {
    return resources.filter((r) => r.type === type && takesFrom(resource, property, r));
}

/** Do two inputs name the same thing? Equal literals, or values taken from a common resource; `UNKNOWN` when neither tells. */
function sameValue(a: StackResource, aProperty: string, b: StackResource, bProperty: string): boolean | Unknown {
    const av = a.props[aProperty];
    const bv = b.props[bProperty];
    if (typeof av === "string" && typeof bv === "string") return av === bv;
    const ad = a.propertyDependencies?.[aProperty] ?? [];
    const bd = b.propertyDependencies?.[bProperty] ?? [];
    return ad.length > 0 && bd.length > 0 ? ad.some((u) => bd.includes(u)) : UNKNOWN;
}

/** Is `settings` (a MethodSettings) for `stage` (a REST stage)? `UNKNOWN` when its stage cannot be told yet. */
export function settingsForStage(settings: StackResource, stage: StackResource): boolean | Unknown {
    if (takesFrom(settings, "stageName", stage)) return true;
    const own = settings.props["stageName"];
    const stageName = stage.props["stageName"];
    if (typeof own === "string" && typeof stageName === "string") {
        return own === stageName && sameValue(settings, "restApi", stage, "restApi") !== false;
    }
    if ((settings.propertyDependencies?.["stageName"] ?? []).length > 0) return false; // it names another resource's stage
    return own === UNKNOWN || stageName === UNKNOWN ? UNKNOWN : false;
}

/** A throttling limit that is set: a number of 0 or more (-1, the provider's default, turns throttling off), or not known yet. */
export function limitSet(value: unknown): boolean {
    const n = asNumber(value);
    return n === UNKNOWN || (typeof n === "number" && n >= 0);
}

/** Does a usage plan list `stage` in its apiStages? */
export function planCoversStage(plan: StackResource, stage: StackResource): boolean {
    if (takesFrom(plan, "apiStages", stage)) return true;
    const stageName = stage.props["stageName"];
    const entries = asList(plan.props["apiStages"]);
    if (!Array.isArray(entries) || typeof stageName !== "string") return false;
    return entries.some((e) => {
        const entry = asRecord(e);
        return entry !== undefined && entry !== UNKNOWN && asString(entry["stage"]) === stageName;
    });
}

/** Is `association` (a WAF web ACL association) for `stage`? Its resourceArn comes from the stage, or names it. */
export function associationForStage(association: StackResource, stage: StackResource): boolean {
    if (takesFrom(association, "resourceArn", stage)) return true;
    const arn = asString(association.props["resourceArn"]);
    const stageName = stage.props["stageName"];
    const api = stage.props["restApi"];
    return typeof arn === "string" && typeof stageName === "string" && arn.endsWith(`/stages/${stageName}`) &&
        (typeof api !== "string" || arn.includes(`/restapis/${api}/`));
}

/**
 * A REST API's endpoint types (`endpointConfiguration.types`, one string in v7, a list before) include PRIVATE:
 * reachable only through interface VPC endpoints. `UNKNOWN` when not known.
 */
export function privateEndpoint(props: Record<string, unknown>): boolean | Unknown {
    const types = asList(valueAt(props, ["endpointConfiguration", "types"]));
    if (types === UNKNOWN || (types ?? []).includes(UNKNOWN)) return UNKNOWN;
    return (types ?? []).some((t) => typeof t === "string" && t.trim().toUpperCase() === "PRIVATE");
}
