import type { RecommendedSetting } from "./corpus";

/** GuardDuty detectors and the organization configuration, as the GuardDuty user guide recommends them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:guardduty/detector:Detector",
        title: "enabled, findings published every 15 minutes",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html ${READ}`,
        props: { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES" },
    },
    {
        type: "aws:guardduty/organizationConfiguration:OrganizationConfiguration",
        title: "auto-enable for all accounts (ALL)",
        source: `https://docs.aws.amazon.com/guardduty/latest/ug/maintaining-guardduty-organization-delegated-admin.html ${READ}`,
        props: { detectorId: "12abc34d567e8fa901bc2d34e56789f0", autoEnableOrganizationMembers: "ALL" },
    },
    {
        type: "aws:guardduty/organizationConfiguration:OrganizationConfiguration",
        title: "auto-enable for new accounts only (NEW), existing ones enabled as members",
        source: `https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateOrganizationConfiguration.html ${READ}`,
        props: { detectorId: "12abc34d567e8fa901bc2d34e56789f0", autoEnableOrganizationMembers: "NEW" },
        advisory: ["guardduty-organization-auto-enable"],
    },
];
