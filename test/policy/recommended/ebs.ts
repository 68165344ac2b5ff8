import type { RecommendedSetting } from "./corpus";

/** EBS volumes, encryption by default and snapshot sharing, as the EBS user guide recommends them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:ebs/volume:Volume",
        title: "encrypted gp3 volume with a customer managed key",
        source: `https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html ${READ}`,
        props: { availabilityZone: "us-east-1a", size: 100, type: "gp3", encrypted: true, kmsKeyId: "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
    },
    {
        type: "aws:ebs/volume:Volume",
        title: "volume restored from a snapshot (encrypted exactly as the snapshot, or by the account default)",
        source: `https://docs.aws.amazon.com/ebs/latest/userguide/ebs-restoring-volume.html ${READ}`,
        props: { availabilityZone: "us-east-1a", snapshotId: "snap-0123456789abcdef0", type: "gp3" },
    },
    {
        type: "aws:ebs/encryptionByDefault:EncryptionByDefault",
        title: "encryption by default on",
        source: `https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html ${READ}`,
        props: { enabled: true },
    },
    {
        type: "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess",
        title: "block public access for snapshots: all sharing blocked",
        source: `https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html ${READ}`,
        props: { state: "block-all-sharing" },
    },
];
