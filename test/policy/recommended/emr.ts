import type { RecommendedSetting } from "./corpus";

/** EMR block public access, as the EMR management guide recommends it. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration",
        title: "on, with the default exception for SSH (port 22)",
        source: `https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html ${READ}`,
        props: { blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 22, maxRange: 22 }] },
    },
    {
        type: "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration",
        title: "on, with no exception at all",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/emr-controls.html ${READ}`,
        props: { blockPublicSecurityGroupRules: true },
    },
    {
        type: "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration",
        title: "on, with an extra port range as an exception (the guide documents configurable exceptions)",
        source: `https://docs.aws.amazon.com/emr/latest/APIReference/API_BlockPublicAccessConfiguration.html ${READ}`,
        props: { blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 22, maxRange: 22 }, { minRange: 100, maxRange: 101 }] },
        advisory: ["emr-public-port-exceptions"],
    },
];
