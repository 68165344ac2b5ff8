import type { DeepReadonly, Parsed } from "../area";
import type { LifecycleSchema, LoggingSchema } from "./schema";

/** The trail's name needs the organization's: the one default of foundation:logging the schema cannot hold. */
export function loggingWithDefaults(logging: Parsed<typeof LoggingSchema>, organizationName: string) {
    return { ...logging, trail: { ...logging.trail, name: logging.trail.name ?? `${organizationName}-organization-trail` } };
}

export type LoggingConfig = DeepReadonly<ReturnType<typeof loggingWithDefaults>>;
export type LifecycleConfig = Parsed<typeof LifecycleSchema>;
