import { defineArea, optional } from "../area";
import { checkAlerting } from "./checks";
import { AlertingSchema, type AlertingConfig } from "./schema";
import { alertingWarnings } from "./warnings";

/** foundation:alerting: notifications and the automatic response. Absent: findings reach nobody (a warning says so). */
export const alertingArea = defineArea({
    schemas: { alerting: AlertingSchema },
    check: checkAlerting,
    complete: (parsed: { alerting: AlertingConfig | undefined }) => optional("alerting", parsed.alerting),
    warnings: config => alertingWarnings(config.alerting),
});
