/**
 * Happy-path factories of the compute area (EC2, launch templates and configurations, Auto Scaling, ECS, Lambda functions, RDS, EBS,
 * S3 buckets' data settings): one compliant set of inputs per resource type, merged into `happy` by ../factories.ts. Only type
 * imports from ../factories (no cycle at load time).
 */
import type { Props } from "./props";

export const happy: { readonly [type: string]: () => Props } = {
    "aws:ecs/service:Service": () => ({
        cluster: "arn:aws:ecs:us-east-1:111111111111:cluster/apps", taskDefinition: "orders:3", desiredCount: 2, launchType: "FARGATE",
        networkConfiguration: { subnets: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"], securityGroups: ["sg-0123456789abcdef0"], assignPublicIp: false },
    }),
    "aws:autoscaling/group:Group": () => ({
        minSize: 1, maxSize: 3, vpcZoneIdentifiers: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"],
        launchTemplate: { id: "lt-0123456789abcdef0", version: "$Latest" },
    }),
    // Replaces the core factory: a week of automated backups (rds-instance-resilient, Security Hub RDS.11's minimum).
    "aws:rds/cluster:Cluster": () => ({
        engine: "aurora-postgresql", storageEncrypted: true, masterUsername: "app", manageMasterUserPassword: true, deletionProtection: true, backupRetentionPeriod: 7,
    }),
};

/** Resource types a policy reports whatever their inputs: policy name -> those types. */
export const alwaysReported: { readonly [policy: string]: readonly string[] } = {};
