/*
 * Key, bucket and role policies of the log archive and the organization trail: pure functions of
 * plain strings, called inside `apply` once account and organization ids are known. Statements follow
 * AWS's documented forms (CloudTrail, AWS Config, GuardDuty and S3 server access logging user guides);
 * every service principal is limited to this organization's accounts, trail or bucket.
 */
import { accountRoot, allowService, denyInsecureTransport, keyAdministeredBy, logsEncryptWith, policyDocument, type PolicyDocument, type PolicyStatement } from "../../catalog/iam-document";

/** Where each service writes in the archive buckets. */
export const CLOUDTRAIL_PREFIX = "cloudtrail";
export const GUARDDUTY_PREFIX = "guardduty";
export const ACCESS_LOGS_PREFIX = "s3-access-logs";

export const trailArn = (region: string, managementAccountId: string, trailName: string) =>
    `arn:aws:cloudtrail:${region}:${managementAccountId}:trail/${trailName}`;

export const bucketArn = (bucketName: string) => `arn:aws:s3:::${bucketName}`;

export interface LogArchiveIds {
    readonly organizationId: string;
    readonly managementAccountId: string;
    readonly logArchiveAccountId: string;
    readonly auditAccountId: string;
    /** Every account whose AWS Config delivers to the archive, the management account included. */
    readonly configSourceAccountIds: readonly string[];
    readonly trailArn: string;
}

/** GuardDuty detectors of the audit account, in any region. */
const guardDutySource = (ids: LogArchiveIds) => ({
    StringEquals: { "aws:SourceAccount": ids.auditAccountId },
    ArnLike: { "aws:SourceArn": `arn:aws:guardduty:*:${ids.auditAccountId}:detector/*` },
});

/** The log-archive key: CloudTrail, AWS Config and GuardDuty encrypt for this organization; the audit account reads. */
export function logArchiveKeyPolicy(ids: LogArchiveIds): PolicyDocument {
    const fromTrail = { "aws:SourceArn": ids.trailArn };
    return policyDocument(
        keyAdministeredBy(ids.logArchiveAccountId),
        allowService("CloudTrailEncryptsOrganizationTrailLogs", "cloudtrail.amazonaws.com", "kms:GenerateDataKey*", "*", {
            StringEquals: fromTrail,
            StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": `arn:aws:cloudtrail:*:${ids.managementAccountId}:trail/*` },
        }),
        allowService("CloudTrailDescribesKey", "cloudtrail.amazonaws.com", "kms:DescribeKey", "*", { StringEquals: fromTrail }),
        allowService("ConfigEncryptsForOrganizationAccounts", "config.amazonaws.com", ["kms:Decrypt", "kms:GenerateDataKey"], "*",
            { StringEquals: { "aws:SourceAccount": [...ids.configSourceAccountIds] } }),
        allowService("GuardDutyEncryptsExportedFindings", "guardduty.amazonaws.com", "kms:GenerateDataKey", "*", guardDutySource(ids)),
        { Sid: "AuditAccountDecrypts", Effect: "Allow", Principal: { AWS: accountRoot(ids.auditAccountId) }, Action: ["kms:Decrypt", "kms:DescribeKey"], Resource: "*" },
    );
}

/** Statements every archive bucket has: TLS only, no version deletion, the audit account reads. */
function archiveBucketBaseline(bucket: string, auditAccountId: string): PolicyStatement[] {
    const objects = `${bucket}/*`;
    return [
        denyInsecureTransport("s3:*", [bucket, objects]),
        // Lifecycle expiry still works: it is not a request. Deleting a version takes a reviewed change to this policy.
        { Sid: "DenyDeletingLogVersions", Effect: "Deny", Principal: "*", Action: ["s3:DeleteObjectVersion", "s3:BypassGovernanceRetention"], Resource: objects },
        {
            Sid: "AuditAccountReads", Effect: "Allow", Principal: { AWS: accountRoot(auditAccountId) },
            Action: ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation"], Resource: [bucket, objects],
        },
    ];
}

/** The trail bucket: the organization trail and the audit account's GuardDuty findings export. */
export function trailBucketPolicy(bucketName: string, ids: LogArchiveIds): PolicyDocument {
    const bucket = bucketArn(bucketName);
    const fromTrail = { "aws:SourceArn": ids.trailArn };
    const trailWrites = (sid: string, owner: string) => allowService(sid, "cloudtrail.amazonaws.com", "s3:PutObject",
        `${bucket}/${CLOUDTRAIL_PREFIX}/AWSLogs/${owner}/*`, { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", ...fromTrail } });
    return policyDocument(
        ...archiveBucketBaseline(bucket, ids.auditAccountId),
        allowService("CloudTrailChecksBucketAcl", "cloudtrail.amazonaws.com", "s3:GetBucketAcl", bucket, { StringEquals: fromTrail }),
        trailWrites("CloudTrailWritesManagementAccountLogs", ids.managementAccountId),
        trailWrites("CloudTrailWritesOrganizationLogs", ids.organizationId),
        allowService("GuardDutyGetsBucketLocation", "guardduty.amazonaws.com", "s3:GetBucketLocation", bucket, guardDutySource(ids)),
        allowService("GuardDutyWritesFindings", "guardduty.amazonaws.com", "s3:PutObject", `${bucket}/${GUARDDUTY_PREFIX}/*`, guardDutySource(ids)),
    );
}

/** The AWS Config bucket: every account of the organization delivers configuration history and snapshots. */
export function configBucketPolicy(bucketName: string, ids: LogArchiveIds): PolicyDocument {
    const bucket = bucketArn(bucketName);
    const fromAccounts = { "aws:SourceAccount": [...ids.configSourceAccountIds] };
    return policyDocument(
        ...archiveBucketBaseline(bucket, ids.auditAccountId),
        allowService("ConfigChecksBucketAcl", "config.amazonaws.com", "s3:GetBucketAcl", bucket, { StringEquals: fromAccounts }),
        allowService("ConfigChecksBucketExists", "config.amazonaws.com", "s3:ListBucket", bucket, { StringEquals: fromAccounts }),
        allowService("ConfigDelivers", "config.amazonaws.com", "s3:PutObject",
            ids.configSourceAccountIds.map(account => `${bucket}/AWSLogs/${account}/Config/*`),
            { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", ...fromAccounts } }),
    );
}

/** The access-log bucket: S3 server access logging of the other archive buckets, from this account. */
export function accessLogBucketPolicy(bucketName: string, sourceBucketNames: readonly string[], ids: LogArchiveIds): PolicyDocument {
    const bucket = bucketArn(bucketName);
    return policyDocument(
        ...archiveBucketBaseline(bucket, ids.auditAccountId),
        allowService("S3ServerAccessLogsDelivery", "logging.s3.amazonaws.com", "s3:PutObject", `${bucket}/${ACCESS_LOGS_PREFIX}/*`, {
            ArnLike: { "aws:SourceArn": sourceBucketNames.map(bucketArn) },
            StringEquals: { "aws:SourceAccount": ids.logArchiveAccountId },
        }),
    );
}

export interface TrailLogsIds {
    readonly region: string;
    readonly managementAccountId: string;
    readonly organizationId: string;
    readonly logGroupName: string;
}

const logGroupArn = (ids: TrailLogsIds) =>
    `arn:aws:logs:${ids.region}:${ids.managementAccountId}:log-group:${ids.logGroupName}`;

/** The management account's key for the trail's CloudWatch Logs group. */
export function trailLogsKeyPolicy(ids: TrailLogsIds): PolicyDocument {
    return policyDocument(
        keyAdministeredBy(ids.managementAccountId),
        logsEncryptWith("CloudWatchLogsEncryptsTheTrailLogGroup", ids.region, { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": logGroupArn(ids) } }),
    );
}

/** What CloudTrail needs to deliver an organization trail to its log group: its own and the organization's streams. */
export function trailLogsRolePolicy(ids: TrailLogsIds): PolicyDocument {
    const streams = [
        `${logGroupArn(ids)}:log-stream:${ids.managementAccountId}_CloudTrail_${ids.region}*`,
        `${logGroupArn(ids)}:log-stream:${ids.organizationId}_*`,
    ];
    return policyDocument(
        { Sid: "CreateTrailLogStreams", Effect: "Allow", Action: "logs:CreateLogStream", Resource: streams },
        { Sid: "PutTrailLogEvents", Effect: "Allow", Action: "logs:PutLogEvents", Resource: streams },
    );
}
