import { Region } from "@pulumi/aws/types/enums";

/**
 * Region codes of the commercial `aws` partition, taken from @pulumi/aws so the list moves with the
 * provider. The foundation builds `arn:aws:` ARNs, so GovCloud, China and ISO partitions are out.
 */
const OTHER_PARTITION_PREFIXES = ["cn-", "us-gov-", "us-iso", "eu-isoe-", "eusc-"];

export const AWS_REGIONS: readonly string[] = Object.values(Region)
    .filter(code => !OTHER_PARTITION_PREFIXES.some(prefix => code.startsWith(prefix)))
    .sort();

export function isAwsRegion(code: string): boolean {
    return AWS_REGIONS.includes(code);
}

/**
 * Regions AWS leaves disabled until an account opts in (every region launched since March 2019; AWS
 * Account Management guide, "Enable or disable AWS Regions"). A provider, trail or detector in one that
 * is not enabled fails.
 */
export const OPT_IN_REGIONS: readonly string[] = [
    "af-south-1", "ap-east-1", "ap-east-2", "ap-south-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
    "ap-southeast-6", "ap-southeast-7", "ca-west-1", "eu-central-2", "eu-south-1", "eu-south-2", "il-central-1",
    "me-central-1", "me-south-1", "mx-central-1",
];
