/**
 * The pack's policies, listed explicitly (no directory scanning): adding a policy means adding it
 * here, and test/policy/pack/pack.spec.ts pins this list and the enforcement levels.
 *
 * Safe to import anywhere: unlike ../index.ts it does not start the policy pack's gRPC server.
 */
import { definition as cloudtrailMultiRegionValidated } from "./cloudtrail/cloudtrail-multi-region-validated";
import { definition as iamNoWildcardAdminPolicy } from "./iam/iam-no-wildcard-admin-policy";
import { definition as kmsKeyRotationEnabled } from "./kms/kms-key-rotation-enabled";
import { definition as organizationsAccountNoCloseOnDeletion } from "./organizations/organizations-account-no-close-on-deletion";
import { definition as s3PublicAccessBlocked } from "./s3/s3-public-access-blocked";

export const PACK_NAME = "aws-secure-foundation";

export const definitions = [
    s3PublicAccessBlocked,
    cloudtrailMultiRegionValidated,
    kmsKeyRotationEnabled,
    iamNoWildcardAdminPolicy,
    organizationsAccountNoCloseOnDeletion,
] as const;

export const policies = definitions.map((d) => d.policy);
