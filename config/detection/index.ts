import { defineArea } from "../area";
import { checkDetection } from "./checks";
import { DetectionSchema, type DetectionConfig } from "./schema";
import { detectionWarnings } from "./warnings";

/** foundation:detection: GuardDuty, Security Hub, AWS Config and IAM Access Analyzer. */
export const detectionArea = defineArea({
    schemas: { detection: DetectionSchema },
    check: checkDetection,
    complete: (parsed: { detection: DetectionConfig }) => ({ detection: parsed.detection }),
    warnings: config => detectionWarnings(config.detection),
});
