import { definition as rdsInstanceResilient } from "./rds-instance-resilient";
import { definition as rdsNoPublicAccess } from "./rds-no-public-access";
import { definition as rdsSnapshotNotPublic } from "./rds-snapshot-not-public";
import { definition as rdsStorageEncrypted } from "./rds-storage-encrypted";

/** The rds policies: resource policies, then stack policies. */
export const resourcePolicies = [rdsInstanceResilient, rdsNoPublicAccess, rdsSnapshotNotPublic, rdsStorageEncrypted] as const;
export const stackPolicies = [] as const;
