import type { RecommendedSetting } from "./corpus";

/** CodeBuild projects, as the CodeBuild user guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";
const BASE = {
    name: "build", serviceRole: "arn:aws:iam::111111111111:role/codebuild", artifacts: { type: "NO_ARTIFACTS" },
    source: { type: "GITHUB", location: "https://github.com/example/app.git" },
};

export const settings: RecommendedSetting[] = [
    {
        type: "aws:codebuild/project:Project",
        title: "secrets from Secrets Manager and Parameter Store, CloudWatch Logs on (the default), encrypted S3 logs",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html ${READ}`,
        props: {
            ...BASE,
            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER", environmentVariables: [
                { name: "STAGE", value: "prod" },
                { name: "NPM_TOKEN", value: "/ci/npm-token", type: "PARAMETER_STORE" },
                { name: "DB_PASSWORD", value: "prod/db:password", type: "SECRETS_MANAGER" },
            ] },
            logsConfig: { cloudwatchLogs: { status: "ENABLED", groupName: "/codebuild/build" }, s3Logs: { status: "ENABLED", location: "acme-build-logs/build" } },
        },
    },
    {
        type: "aws:codebuild/project:Project",
        title: "a project that builds Docker images: privileged mode, as the Docker sample requires",
        source: `https://docs.aws.amazon.com/codebuild/latest/userguide/sample-docker.html ${READ}`,
        props: {
            ...BASE, artifacts: { type: "S3", location: "acme-build-artifacts" },
            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER", privilegedMode: true },
        },
        advisory: ["codebuild-project-hardened"],
    },
];
