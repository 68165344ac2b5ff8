import type { RecommendedSetting } from "./corpus";

/** AWS Config recorders, as the Config developer guide recommends them. */
const READ = "(read 2026-12-06)";
const ROLE = "arn:aws:iam::111111111111:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:cfg/recorder:Recorder",
        title: "home region: every supported resource type, global IAM types included",
        source: `https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html ${READ}`,
        props: { name: "default", roleArn: ROLE, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } },
    },
    {
        type: "aws:cfg/recorder:Recorder",
        title: "other regions: everything but the global IAM types, recorded once in the home region",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/create-associate-policy.html ${READ}`,
        props: {
            name: "default", roleArn: ROLE,
            recordingGroup: { allSupported: false, exclusionByResourceTypes: [{ resourceTypes: ["AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy"] }],
                recordingStrategies: [{ useOnly: "EXCLUSION_BY_RESOURCE_TYPES" }] },
        },
    },
    {
        type: "aws:cfg/recorder:Recorder",
        title: "no recording group: the default records all supported types",
        source: `https://docs.aws.amazon.com/config/latest/APIReference/API_PutConfigurationRecorder.html ${READ}`,
        props: { name: "default", roleArn: ROLE },
    },
    {
        type: "aws:cfg/recorderStatus:RecorderStatus",
        title: "recorder started",
        source: `https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html ${READ}`,
        props: { name: "default", isEnabled: true },
    },
];
