import type { RecommendedSetting, RecommendedStack } from "./corpus";

/** ECR repositories, as the ECR user guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";
const LIFECYCLE = JSON.stringify({ rules: [{ rulePriority: 1, description: "expire untagged images after 14 days",
    selection: { tagStatus: "untagged", countType: "sinceImagePushed", countUnit: "days", countNumber: 14 }, action: { type: "expire" } }] });

export const settings: RecommendedSetting[] = [
    {
        type: "aws:ecr/repository:Repository",
        title: "scan on push, immutable tags, KMS encryption",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html ${READ}`,
        props: { name: "app", imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE", encryptionConfigurations: [{ encryptionType: "KMS" }] },
    },
    {
        type: "aws:ecr/repository:Repository",
        title: "immutable tags with an exclusion for a moving tag",
        source: `https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html ${READ}`,
        props: {
            name: "app", imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE_WITH_EXCLUSION",
            imageTagMutabilityExclusionFilters: [{ filter: "latest", filterType: "WILDCARD" }],
        },
    },
];

export const stacks: RecommendedStack[] = [
    {
        title: "a repository with a lifecycle policy that expires untagged images",
        source: `https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html ${READ}`,
        resources: [
            { type: "aws:ecr/repository:Repository", name: "app", props: { name: "app", imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE" } },
            { type: "aws:ecr/lifecyclePolicy:LifecyclePolicy", name: "app-lifecycle", props: { repository: "app", policy: LIFECYCLE } },
        ],
    },
];
