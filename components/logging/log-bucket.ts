import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { LifecycleConfig } from "../../config";

export interface LogBucketArgs {
    readonly bucketName: pulumi.Input<string>;
    readonly region: string;
    /** SSE-KMS with this key and the bucket key; without one SSE-S3 (what S3 server access logging requires). */
    readonly kmsKeyArn?: pulumi.Input<string>;
    /** Object Lock default retention for every new object version; the bucket keeps Object Lock on regardless. */
    readonly objectLock?: { readonly enabled: boolean; readonly mode: string; readonly days: number };
    readonly lifecycle: LifecycleConfig;
    /** Server access logging of this bucket to `target` under `prefix`. */
    readonly accessLogs?: { readonly target: LogBucket; readonly prefix: string };
    /** Bucket policy JSON. */
    readonly policy: pulumi.Input<string>;
    /** The account's provider. */
    readonly provider: aws.Provider;
}

/**
 * A bucket that keeps logs: versioned, encrypted, private (all four public access block settings,
 * ACLs disabled), with its policy and lifecycle. Every resource is protected: removing or renaming
 * the component fails the preview instead of deleting anything.
 */
export class LogBucket extends pulumi.ComponentResource {
    public readonly bucketName: pulumi.Output<string>;
    public readonly bucketArn: pulumi.Output<string>;
    /** The policy: services can write only once it is in place. */
    public readonly policy: aws.s3.BucketPolicy;

    constructor(name: string, args: LogBucketArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:logging:LogBucket", name, {}, opts);
        const options = { parent: this, provider: args.provider, protect: true };
        const region = args.region;

        const bucket = new aws.s3.Bucket(name, {
            bucket: args.bucketName,
            region,
            // Object Lock can only be switched on, never off: enabling it always keeps that choice open.
            ...(args.objectLock && { objectLockEnabled: true }),
            forceDestroy: false,
        }, options);
        const bucketRef = { bucket: bucket.bucket, region };

        const versioning = new aws.s3.BucketVersioning(`${name}-versioning`, {
            ...bucketRef,
            versioningConfiguration: { status: "Enabled" },
        }, options);

        new aws.s3.BucketServerSideEncryptionConfiguration(`${name}-encryption`, {
            ...bucketRef,
            rules: [args.kmsKeyArn
                ? { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: args.kmsKeyArn }, bucketKeyEnabled: true }
                : { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
        }, options);

        new aws.s3.BucketPublicAccessBlock(`${name}-public-access`, {
            ...bucketRef,
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        }, options);

        new aws.s3.BucketOwnershipControls(`${name}-ownership`, {
            ...bucketRef,
            rule: { objectOwnership: "BucketOwnerEnforced" },
        }, options);

        if (args.objectLock) {
            // Always declared, so switching the default retention off or on is an update, not a deletion.
            new aws.s3.BucketObjectLockConfiguration(`${name}-object-lock`, {
                ...bucketRef,
                objectLockEnabled: "Enabled",
                ...(args.objectLock.enabled && { rule: { defaultRetention: { mode: args.objectLock.mode, days: args.objectLock.days } } }),
            }, { ...options, dependsOn: [versioning] });
        }

        new aws.s3.BucketLifecycleConfiguration(`${name}-lifecycle`, {
            ...bucketRef,
            rules: [lifecycleRule(args.lifecycle)],
        }, { ...options, dependsOn: [versioning] });

        if (args.accessLogs) {
            new aws.s3.BucketLogging(`${name}-access-logging`, {
                ...bucketRef,
                targetBucket: args.accessLogs.target.bucketName,
                targetPrefix: `${args.accessLogs.prefix}/`,
            }, { ...options, dependsOn: [args.accessLogs.target.policy] });
        }

        this.policy = new aws.s3.BucketPolicy(`${name}-policy`, { ...bucketRef, policy: args.policy }, options);
        this.bucketName = bucket.bucket;
        this.bucketArn = bucket.arn;
        this.registerOutputs({ bucketName: this.bucketName, bucketArn: this.bucketArn });
    }
}

/** One rule for the whole bucket: transitions, expiry of current versions, expiry of replaced ones. */
export function lifecycleRule(lifecycle: LifecycleConfig): aws.types.input.s3.BucketLifecycleConfigurationRule {
    return {
        id: "log-retention",
        status: "Enabled",
        filter: {},
        transitions: lifecycle.transitions.map(t => ({ days: t.days, storageClass: t.storageClass })),
        ...(lifecycle.expirationDays !== "never" && { expiration: { days: lifecycle.expirationDays } }),
        noncurrentVersionExpiration: { noncurrentDays: lifecycle.noncurrentVersionExpirationDays },
        abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
    };
}
