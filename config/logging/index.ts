import { defineArea } from "../area";
import type { OrganizationConfig } from "../organization/defaults";
import { checkLogging } from "./checks";
import { loggingWithDefaults, type LoggingConfig } from "./defaults";
import { LoggingSchema } from "./schema";
import { loggingWarnings } from "./warnings";
import type { Parsed } from "../area";

/** foundation:logging: the organization trail and the log archive. */
export const loggingArea = defineArea({
    schemas: { logging: LoggingSchema },
    check: checkLogging,
    complete: (parsed: { logging: Parsed<typeof LoggingSchema>; organization: OrganizationConfig }): { logging: LoggingConfig } => ({
        logging: loggingWithDefaults(parsed.logging, parsed.organization.name),
    }),
    warnings: config => loggingWarnings(config.logging),
});
