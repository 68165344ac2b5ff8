import type { RecommendedSetting } from "./corpus";

/**
 * Pulumi Deployments settings that reach AWS the way AWS recommends for workloads outside AWS: temporary credentials from
 * an OIDC identity provider, no long-term access keys.
 */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "pulumiservice:index:DeploymentSettings",
        title: "OIDC role assumption, no AWS keys in the environment",
        source: `https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html ${READ}`,
        props: {
            organization: "acme", project: "app", stack: "prod",
            github: { repository: "acme/app", deployCommits: true, previewPullRequests: true },
            operationContext: {
                oidc: { aws: { roleARN: "arn:aws:iam::111111111111:role/acme-app-deploy", sessionName: "pulumi-deployments", duration: "1h0m0s" } },
                environmentVariables: { AWS_REGION: "us-east-1" },
            },
        },
    },
];
