import type { RecommendedSetting } from "./corpus";

/** SageMaker notebook instances, as the SageMaker developer guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:sagemaker/notebookInstance:NotebookInstance",
        title: "in a private subnet, no direct internet access, no root access, IMDSv2, KMS-encrypted volume",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html ${READ}`,
        props: {
            name: "research", instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111111111111:role/sagemaker", subnetId: "subnet-0123456789abcdef0",
            securityGroups: ["sg-0123456789abcdef0"], directInternetAccess: "Disabled", rootAccess: "Disabled",
            instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
            kmsKeyId: "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        },
    },
];
