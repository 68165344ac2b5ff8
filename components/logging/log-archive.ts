import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { LoggingConfig } from "../../config";
import {
    ACCESS_LOGS_PREFIX, accessLogBucketPolicy, configBucketPolicy, logArchiveKeyPolicy, trailBucketPolicy, type LogArchiveIds,
} from "./documents";
import { LogBucket } from "./log-bucket";

export interface LogArchiveArgs {
    /** Organization name: bucket names start with it. */
    readonly organizationName: string;
    readonly region: string;
    readonly organizationId: pulumi.Input<string>;
    readonly managementAccountId: string;
    readonly logArchiveAccountId: pulumi.Input<string>;
    readonly auditAccountId: pulumi.Input<string>;
    /** Accounts whose AWS Config delivers here: every account, the management account included. */
    readonly configSourceAccountIds: readonly pulumi.Input<string>[];
    readonly trailArn: string;
    readonly config: LoggingConfig;
    /** The log-archive account's provider. */
    readonly provider: aws.Provider;
}

/**
 * The organization's evidence store in the log-archive account: a KMS key and three buckets. CloudTrail
 * and GuardDuty write to the trail bucket (Object Lock default retention); AWS Config, which cannot
 * deliver to a bucket with default retention, to the Config bucket; S3 server access logs of both go
 * to the access-log bucket (SSE-S3 and no Object Lock, the only settings S3 accepts for a log target).
 */
export class LogArchive extends pulumi.ComponentResource {
    public readonly kmsKeyArn: pulumi.Output<string>;
    public readonly trailBucket: LogBucket;
    public readonly configBucket: LogBucket;
    public readonly accessLogBucket: LogBucket;

    constructor(name: string, args: LogArchiveArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:logging:LogArchive", name, {}, opts);
        const { region, provider } = args;
        const options = { parent: this, provider, protect: true };

        const ids: pulumi.Output<LogArchiveIds> = pulumi.all([
            args.organizationId, args.logArchiveAccountId, args.auditAccountId, pulumi.all([...args.configSourceAccountIds]),
        ]).apply(([organizationId, logArchiveAccountId, auditAccountId, configSourceAccountIds]) => ({
            organizationId,
            managementAccountId: args.managementAccountId,
            logArchiveAccountId,
            auditAccountId,
            configSourceAccountIds,
            trailArn: args.trailArn,
        }));
        // Bucket names hold the account id: unique across AWS and stable for the account's life.
        const bucketName = (purpose: string) => pulumi.interpolate`${args.organizationName}-${purpose}-${args.logArchiveAccountId}`;

        const key = new aws.kms.Key(`${name}-key`, {
            description: `Encrypts the ${args.organizationName} organization's CloudTrail logs, AWS Config history and GuardDuty findings`,
            region,
            enableKeyRotation: true,
            deletionWindowInDays: 30,
            policy: ids.apply(i => JSON.stringify(logArchiveKeyPolicy(i))),
        }, options);
        new aws.kms.Alias(`${name}-key-alias`, {
            name: `alias/${args.organizationName}/log-archive`,
            targetKeyId: key.keyId,
            region,
        }, options);
        this.kmsKeyArn = key.arn;

        const names = { trail: bucketName("logs"), config: bucketName("config"), accessLogs: bucketName("access-logs") };
        const lifecycle = args.config.archive.lifecycle;

        this.accessLogBucket = new LogBucket(`${name}-access-log-bucket`, {
            bucketName: names.accessLogs,
            region,
            lifecycle: args.config.accessLogs.lifecycle,
            policy: pulumi.all([names.accessLogs, names.trail, names.config, ids])
                .apply(([self, trail, config, i]) => JSON.stringify(accessLogBucketPolicy(self, [trail, config], i))),
            provider,
        }, { parent: this });
        const accessLogs = { target: this.accessLogBucket, prefix: ACCESS_LOGS_PREFIX };

        this.trailBucket = new LogBucket(`${name}-trail-bucket`, {
            bucketName: names.trail,
            region,
            kmsKeyArn: key.arn,
            objectLock: args.config.archive.objectLock,
            lifecycle,
            accessLogs,
            policy: pulumi.all([names.trail, ids]).apply(([self, i]) => JSON.stringify(trailBucketPolicy(self, i))),
            provider,
        }, { parent: this });

        this.configBucket = new LogBucket(`${name}-config-bucket`, {
            bucketName: names.config,
            region,
            kmsKeyArn: key.arn,
            lifecycle,
            accessLogs,
            policy: pulumi.all([names.config, ids]).apply(([self, i]) => JSON.stringify(configBucketPolicy(self, i))),
            provider,
        }, { parent: this });

        this.registerOutputs({
            kmsKeyArn: this.kmsKeyArn,
            trailBucketName: this.trailBucket.bucketName,
            configBucketName: this.configBucket.bucketName,
            accessLogBucketName: this.accessLogBucket.bucketName,
        });
    }
}
