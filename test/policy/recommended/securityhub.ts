import type { RecommendedSetting } from "./corpus";

/** Security Hub central configuration, as the Security Hub user guide recommends it. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:securityhub/configurationPolicy:ConfigurationPolicy",
        title: "configuration policy that enables Security Hub with FSBP and CIS v3.0.0",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/create-associate-policy.html ${READ}`,
        props: {
            name: "baseline",
            configurationPolicy: {
                serviceEnabled: true,
                enabledStandardArns: [
                    "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0",
                    "arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0",
                ],
                securityControlsConfiguration: { disabledControlIdentifiers: [] },
            },
        },
    },
    {
        type: "aws:securityhub/organizationConfiguration:OrganizationConfiguration",
        title: "central configuration (auto-enable off, as central configuration requires)",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/central-configuration-intro.html ${READ}`,
        props: { autoEnable: false, autoEnableStandards: "NONE", organizationConfiguration: { configurationType: "CENTRAL" } },
    },
    {
        type: "aws:securityhub/organizationConfiguration:OrganizationConfiguration",
        title: "local configuration that enables Security Hub and the default standards in new accounts",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-auto-enabled-standards.html ${READ}`,
        props: { autoEnable: true, autoEnableStandards: "DEFAULT", organizationConfiguration: { configurationType: "LOCAL" } },
    },
];
