import type { z } from "zod";
import { alertingArea } from "./alerting";
import type { Written } from "./area";
import { baselineArea } from "./baseline";
import { detectionArea } from "./detection";
import { guardrailsArea } from "./guardrails";
import { identityArea } from "./identity";
import { loggingArea } from "./logging";
import { organizationArea } from "./organization";
import { pipelinesArea } from "./pipelines";
import { pulumiCloudArea } from "./pulumi-cloud";

/**
 * The config areas, in the order their keys are validated, their problems and warnings reported and
 * their defaults filled: an area's defaults may use the areas before it.
 */
export const AREAS = [
    organizationArea,
    loggingArea,
    detectionArea,
    alertingArea,
    identityArea,
    pipelinesArea,
    pulumiCloudArea,
    guardrailsArea,
    baselineArea,
] as const;

type Area = typeof AREAS[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Schemas = UnionToIntersection<Area["schemas"]>;

/** A `foundation:` key (without the namespace). */
export type ConfigKey = keyof Schemas & string;

/** Every `foundation:` key with its schema, in the order of the areas. */
export const CONFIG_SCHEMAS = Object.assign({}, ...AREAS.map(area => area.schemas)) as { readonly [K in ConfigKey]: Schemas[K] };

export const CONFIG_KEYS = Object.keys(CONFIG_SCHEMAS) as ConfigKey[];

/**
 * The config as far as its shape is valid: values that failed shape validation are removed, so the
 * meaning checks still run on the rest and every problem is reported in one go.
 */
export type PartialFoundationConfig = { [K in ConfigKey]?: Schemas[K] extends z.ZodType ? Written<Schemas[K]> : never };

/** The validated config with every default filled in: what the components consume. */
export type FoundationConfig = { readonly [K in keyof UnionToIntersection<ReturnType<Area["complete"]>>]: UnionToIntersection<ReturnType<Area["complete"]>>[K] };
