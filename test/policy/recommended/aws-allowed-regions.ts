import type { RecommendedStack } from "./corpus";

/** Providers and regional resources inside the organization's allowed regions (the region SCP AWS documents). */
const READ = "(read 2026-12-06)";

export const stacks: RecommendedStack[] = [
    {
        title: "a provider and regional resources in regions the organization allows (no allowedRegions configured: not checked)",
        source: `https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html ${READ}`,
        resources: [
            { type: "pulumi:providers:aws", name: "eu", props: { region: "eu-west-1" } },
            { type: "aws:sqs/queue:Queue", name: "jobs", props: { name: "jobs", region: "eu-central-1" } },
        ],
    },
];
