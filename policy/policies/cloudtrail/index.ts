import { definition as cloudtrailBucketNotPublic } from "./cloudtrail-bucket-not-public";
import { definition as cloudtrailCloudwatchLogs } from "./cloudtrail-cloudwatch-logs";
import { definition as cloudtrailKmsEncrypted } from "./cloudtrail-kms-encrypted";
import { definition as cloudtrailMultiRegionValidated } from "./cloudtrail-multi-region-validated";

/** The cloudtrail policies: resource policies, then stack policies. */
export const resourcePolicies = [cloudtrailCloudwatchLogs, cloudtrailKmsEncrypted, cloudtrailMultiRegionValidated] as const;
export const stackPolicies = [cloudtrailBucketNotPublic] as const;
