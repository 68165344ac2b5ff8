/**
 * Happy-path factories of the access area (IAM, resource policies, KMS, S3 bucket policies, Lambda permissions): one compliant set of inputs per resource type,
 * merged into `happy` by ../factories.ts. Only type imports from ../factories (no cycle at load time).
 */
import type { Props } from "./props";

const ACCOUNT = "111111111111";
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });

export const happy: { readonly [type: string]: () => Props } = {
    // Attachments of several AWS managed policies at once (the list replaces every attachment of the principal).
    "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive": () => ({
        roleName: "orders-api", policyArns: ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"],
    }),
    "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive": () => ({ userName: "ci", policyArns: [] }),
    "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive": () => ({
        groupName: "auditors", policyArns: ["arn:aws:iam::aws:policy/SecurityAudit", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"],
    }),
    // Resource policies: named principals, or services limited to a source.
    "aws:kms/replicaKey:ReplicaKey": () => ({
        primaryKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/mrk-1234abcd12ab34cd56ef1234567890ab`, deletionWindowInDays: 30,
        policy: doc({ Sid: "Enable IAM policies", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "kms:*", Resource: "*" }),
    }),
    "aws:kms/externalKey:ExternalKey": () => ({
        description: "imported key material", deletionWindowInDays: 30,
        policy: doc({ Sid: "Enable IAM policies", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "kms:*", Resource: "*" }),
    }),
    "aws:kms/replicaExternalKey:ReplicaExternalKey": () => ({
        primaryKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/mrk-1234abcd12ab34cd56ef1234567890ab`, deletionWindowInDays: 30,
        policy: doc({ Sid: "Enable IAM policies", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "kms:*", Resource: "*" }),
    }),
    "aws:ecr/registryPolicy:RegistryPolicy": () => ({
        policy: doc({ Sid: "Replication", Effect: "Allow", Principal: { AWS: "arn:aws:iam::222222222222:root" }, Action: ["ecr:CreateRepository", "ecr:ReplicateImage"],
            Resource: `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/*` }),
    }),
    "aws:efs/fileSystemPolicy:FileSystemPolicy": () => ({
        fileSystemId: "fs-1234abcd",
        policy: doc({ Sid: "MountTargetsOnly", Effect: "Allow", Principal: { AWS: "*" }, Action: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"],
            Resource: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-1234abcd`, Condition: { Bool: { "elasticfilesystem:AccessedViaMountTarget": "true" } } }),
    }),
    "aws:backup/vaultPolicy:VaultPolicy": () => ({
        backupVaultName: "central",
        policy: doc({ Sid: "OrganizationCopies", Effect: "Allow", Principal: "*", Action: "backup:CopyIntoBackupVault", Resource: "*",
            Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } } }),
    }),
    "aws:cloudwatch/eventBusPolicy:EventBusPolicy": () => ({
        eventBusName: "default",
        policy: doc({ Sid: "OrganizationPutEvents", Effect: "Allow", Principal: "*", Action: "events:PutEvents", Resource: `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/default`,
            Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } } }),
    }),
    "aws:kinesis/resourcePolicy:ResourcePolicy": () => ({
        resourceArn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/events`,
        policy: doc({ Sid: "ConsumerAccount", Effect: "Allow", Principal: { AWS: "arn:aws:iam::222222222222:role/consumer" },
            Action: ["kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards"], Resource: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/events` }),
    }),
    "aws:dynamodb/resourcePolicy:ResourcePolicy": () => ({
        resourceArn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`,
        policy: doc({ Sid: "ReaderRole", Effect: "Allow", Principal: { AWS: "arn:aws:iam::222222222222:role/reader" }, Action: ["dynamodb:GetItem", "dynamodb:Query"],
            Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders` }),
    }),
};

/** Resource types a policy reports whatever their inputs: policy name -> those types. */
export const alwaysReported: { readonly [policy: string]: readonly string[] } = {};
