import type { RecommendedSetting } from "./corpus";

/** KMS keys and key policies, as the AWS KMS developer guide recommends them (read 2026-12-06). */
const READ = "(read 2026-12-06)";
const DEFAULT_POLICY = `https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html ${READ}`;
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });

const enableIamPolicies = { Sid: "Enable IAM policies", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" };
const keyAdministrators = {
    Sid: "Allow access for Key Administrators", Effect: "Allow",
    Principal: { AWS: ["arn:aws:iam::111122223333:user/KMSAdminUser", "arn:aws:iam::111122223333:role/KMSAdminRole"] },
    Action: ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*",
        "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"],
    Resource: "*",
};
const keyUsers = ["arn:aws:iam::111122223333:user/ExampleUser", "arn:aws:iam::111122223333:role/ExampleRole", "arn:aws:iam::444455556666:root"];
const useOfTheKey = {
    Sid: "Allow use of the key", Effect: "Allow", Principal: { AWS: keyUsers },
    Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"], Resource: "*",
};
const persistentResources = {
    Sid: "Allow attachment of persistent resources", Effect: "Allow", Principal: { AWS: keyUsers },
    Action: ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"], Resource: "*", Condition: { Bool: { "kms:GrantIsForAWSResource": true } },
};
const throughEbs = {
    Sid: "Allow access through EBS for all principals in the account that are authorized to use EBS", Effect: "Allow", Principal: { AWS: "*" },
    Condition: { StringEquals: { "kms:CallerAccount": "111122223333", "kms:ViaService": "ec2.us-west-2.amazonaws.com" } },
    Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey"], Resource: "*",
};

export const settings: RecommendedSetting[] = [
    {
        type: "aws:kms/key:Key",
        title: "symmetric key with the console's default key policy (account, administrators, users), rotating yearly",
        source: DEFAULT_POLICY,
        props: {
            description: "orders data", enableKeyRotation: true, deletionWindowInDays: 30,
            policy: doc(enableIamPolicies, keyAdministrators, useOfTheKey, persistentResources),
        },
    },
    {
        type: "aws:kms/key:Key",
        title: "the default key policy for keys created programmatically: the account only",
        source: DEFAULT_POLICY,
        props: { description: "app", enableKeyRotation: true, rotationPeriodInDays: 365, policy: doc(enableIamPolicies) },
    },
    {
        type: "aws:kms/key:Key",
        title: "asymmetric signing key (no automatic rotation for asymmetric keys)",
        source: `https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html ${READ}`,
        props: { description: "release signing", customerMasterKeySpec: "ECC_NIST_P256", keyUsage: "SIGN_VERIFY", policy: doc(enableIamPolicies) },
    },
    {
        type: "aws:kms/keyPolicy:KeyPolicy",
        title: "every principal of the account, through EBS only (kms:CallerAccount and kms:ViaService)",
        source: `https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account ${READ}`,
        props: { keyId: "1234abcd-12ab-34cd-56ef-1234567890ab", policy: doc(enableIamPolicies, throughEbs) },
    },
    {
        type: "aws:kms/keyPolicy:KeyPolicy",
        title: "an external account may use the key",
        source: `https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html ${READ}`,
        props: {
            keyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
            policy: doc(enableIamPolicies, {
                Sid: "Allow an external account to use this KMS key", Effect: "Allow", Principal: { AWS: ["arn:aws:iam::444455556666:root"] },
                Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"], Resource: "*",
            }),
        },
    },
    {
        type: "aws:kms/keyPolicy:KeyPolicy",
        title: "CloudTrail encrypts one trail's logs (aws:SourceArn)",
        source: `https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html ${READ}`,
        props: {
            keyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
            policy: doc(enableIamPolicies, {
                Sid: "Allow CloudTrail to encrypt logs", Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "kms:GenerateDataKey*", Resource: "*",
                Condition: {
                    StringEquals: { "aws:SourceArn": "arn:aws:cloudtrail:us-east-1:111122223333:trail/management-events" },
                    StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": "arn:aws:cloudtrail:*:111122223333:trail/*" },
                },
            }),
        },
    },
    {
        type: "aws:kms/keyPolicy:KeyPolicy",
        title: "CloudWatch Logs encrypts the log groups of one account (kms:EncryptionContext)",
        source: `https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html ${READ}`,
        props: {
            keyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
            policy: doc(enableIamPolicies, {
                Effect: "Allow", Principal: { Service: "logs.us-east-1.amazonaws.com" },
                Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], Resource: "*",
                Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": "arn:aws:logs:us-east-1:111122223333:log-group:*" } },
            }),
        },
    },
    {
        type: "aws:kms/replicaKey:ReplicaKey",
        title: "a multi-Region replica key with the default key policy (its rotation follows the primary key)",
        source: `https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-replicate.html ${READ}`,
        props: { primaryKeyArn: "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab", description: "replica", policy: doc(enableIamPolicies) },
    },
];
