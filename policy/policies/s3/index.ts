import { definition as s3AccessPointPublicBlocked } from "./s3-access-point-public-blocked";
import { definition as s3BucketAclsDisabled } from "./s3-bucket-acls-disabled";
import { definition as s3BucketLoggingEnabled } from "./s3-bucket-logging-enabled";
import { definition as s3BucketReplicationCritical } from "./s3-bucket-replication-critical";
import { definition as s3BucketSafeguardsAttached } from "./s3-bucket-safeguards-attached";
import { definition as s3BucketSslOnly } from "./s3-bucket-ssl-only";
import { definition as s3BucketVersioningEnabled } from "./s3-bucket-versioning-enabled";
import { definition as s3PublicAccessBlocked } from "./s3-public-access-blocked";

/** The s3 policies: resource policies, then stack policies. */
export const resourcePolicies = [s3AccessPointPublicBlocked, s3BucketAclsDisabled, s3BucketVersioningEnabled, s3PublicAccessBlocked] as const;
export const stackPolicies = [s3BucketLoggingEnabled, s3BucketReplicationCritical, s3BucketSafeguardsAttached, s3BucketSslOnly] as const;
