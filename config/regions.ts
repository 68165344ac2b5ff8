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
