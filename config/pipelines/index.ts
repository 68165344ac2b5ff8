import { defineArea, optional } from "../area";
import { checkPipelines } from "./checks";
import { PipelinesSchema, type PipelinesConfig } from "./schema";
import { pipelineWarnings } from "./warnings";

/** foundation:pipelines: OIDC roles for the foundation's own stacks and for workload stacks. */
export const pipelinesArea = defineArea({
    schemas: { pipelines: PipelinesSchema },
    check: checkPipelines,
    complete: (parsed: { pipelines: PipelinesConfig | undefined }) => optional("pipelines", parsed.pipelines),
    warnings: config => pipelineWarnings(config.pipelines),
});
