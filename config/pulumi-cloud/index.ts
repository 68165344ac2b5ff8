import { defineArea, optional, type Parsed } from "../area";
import type { PipelinesConfig } from "../pipelines/schema";
import { checkPulumiCloud } from "./checks";
import { pulumiCloudWithDefaults } from "./defaults";
import { PulumiCloudSchema } from "./schema";

/** foundation:pulumiCloud: Pulumi Cloud as code, applied by the pulumi-cloud project. Absent: nothing there is managed. */
export const pulumiCloudArea = defineArea({
    schemas: { pulumiCloud: PulumiCloudSchema },
    check: checkPulumiCloud,
    complete: (parsed: { pulumiCloud: Parsed<typeof PulumiCloudSchema>; pipelines: PipelinesConfig | undefined }) =>
        optional("pulumiCloud", parsed.pulumiCloud && pulumiCloudWithDefaults(parsed.pulumiCloud, parsed.pipelines)),
    warnings: () => [],
});
