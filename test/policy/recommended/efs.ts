import type { RecommendedSetting } from "./corpus";

/** EFS file systems and access points, as the EFS user guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:efs/fileSystem:FileSystem",
        title: "encrypted with the AWS managed key (aws/elasticfilesystem)",
        source: `https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html ${READ}`,
        props: { encrypted: true, performanceMode: "generalPurpose", throughputMode: "elastic" },
    },
    {
        type: "aws:efs/fileSystem:FileSystem",
        title: "encrypted with a customer managed key",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html ${READ}`,
        props: { encrypted: true, kmsKeyId: "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
    },
    {
        type: "aws:efs/accessPoint:AccessPoint",
        title: "access point with its own root directory and an enforced POSIX user",
        source: `https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html ${READ}`,
        props: {
            fileSystemId: "fs-0123456789abcdef0", posixUser: { uid: 1000, gid: 1000 },
            rootDirectory: { path: "/app", creationInfo: { ownerUid: 1000, ownerGid: 1000, permissions: "750" } },
        },
    },
];
