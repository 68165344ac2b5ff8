import { defineArea } from "../area";
import { checkBaseline } from "./checks";
import { BaselineSchema, type BaselineConfig } from "./schema";
import { baselineWarnings } from "./warnings";

/** foundation:baseline: settings every account gets (alternate contacts), and deferrals while adopting. */
export const baselineArea = defineArea({
    schemas: { baseline: BaselineSchema },
    check: checkBaseline,
    complete: (parsed: { baseline: BaselineConfig }) => ({ baseline: parsed.baseline }),
    warnings: config => baselineWarnings(config.baseline),
});
