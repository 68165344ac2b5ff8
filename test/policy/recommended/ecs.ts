import type { RecommendedSetting } from "./corpus";

/** ECS task definitions and services, as the ECS developer guide recommends them. */
const READ = "(read 2026-12-06)";
const IMAGE = "111111111111.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:ecs/taskDefinition:TaskDefinition",
        title: "database credentials injected from Secrets Manager through secrets, settings in environment",
        source: `https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html ${READ}`,
        props: {
            family: "orders", requiresCompatibilities: ["FARGATE"], networkMode: "awsvpc", cpu: "256", memory: "512",
            executionRoleArn: "arn:aws:iam::111111111111:role/ecsTaskExecutionRole",
            containerDefinitions: JSON.stringify([{
                name: "api", image: IMAGE, essential: true, readonlyRootFilesystem: true,
                environment: [{ name: "DB_HOST", value: "orders.cluster-abc.us-east-1.rds.amazonaws.com" }, { name: "DB_PASSWORD_SECRET_ARN",
                    value: "arn:aws:secretsmanager:us-east-1:111111111111:secret:prod/orders/db-AbCdEf" }],
                secrets: [{ name: "DB_PASSWORD", valueFrom: "arn:aws:secretsmanager:us-east-1:111111111111:secret:prod/orders/db-AbCdEf:password::" }],
            }]),
        },
    },
    {
        type: "aws:ecs/taskDefinition:TaskDefinition",
        title: "an API key injected from Parameter Store",
        source: `https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html ${READ}`,
        props: {
            family: "worker",
            containerDefinitions: JSON.stringify([{
                name: "worker", image: IMAGE, essential: true,
                secrets: [{ name: "API_KEY", valueFrom: "arn:aws:ssm:us-east-1:111111111111:parameter/prod/worker/api-key" }],
            }]),
        },
    },
    {
        type: "aws:ecs/service:Service",
        title: "Fargate service in private subnets, no public address",
        source: `https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html ${READ}`,
        props: {
            cluster: "arn:aws:ecs:us-east-1:111111111111:cluster/apps", taskDefinition: "orders:3", desiredCount: 2, launchType: "FARGATE",
            networkConfiguration: { subnets: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"], securityGroups: ["sg-0123456789abcdef0"], assignPublicIp: false },
        },
    },
    {
        type: "aws:ecs/service:Service",
        title: "the Fargate CLI tutorial's service with a public address (a public subnet without NAT): advisory",
        source: `https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ECS_AWSCLI_Fargate.html ${READ}`,
        props: {
            cluster: "fargate-cluster", name: "fargate-service", taskDefinition: "sample-fargate:1", desiredCount: 1, launchType: "FARGATE",
            networkConfiguration: { subnets: ["subnet-abcd1234"], securityGroups: ["sg-abcd1234"], assignPublicIp: true },
        },
        advisory: ["ecs-service-no-public-ip"],
    },
];
