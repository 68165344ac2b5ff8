import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { LoggingConfig } from "../../config";
import { serviceTrustPolicy } from "../../catalog/iam-document";
import { CLOUDTRAIL_PREFIX, trailLogsKeyPolicy, trailLogsRolePolicy, type TrailLogsIds } from "./documents";
import type { LogBucket } from "./log-bucket";

export interface OrganizationTrailArgs {
    readonly organizationName: string;
    readonly region: string;
    readonly managementAccountId: string;
    readonly organizationId: pulumi.Input<string>;
    readonly config: LoggingConfig["trail"];
    /** Bucket of the log archive the trail delivers to, and the key it encrypts with. */
    readonly bucket: LogBucket;
    readonly kmsKeyArn: pulumi.Input<string>;
    /** The organization: trusted access for CloudTrail must be on first. */
    readonly organization: pulumi.Resource;
    /** The management account's provider. */
    readonly provider: aws.Provider;
}

/**
 * The organization trail, in the management account: every account, every region, global service
 * events, signed digest files, encrypted with the log-archive key. A copy goes to a CloudWatch Logs
 * group of the management account, which the CIS metric filters and alarms use.
 */
export class OrganizationTrail extends pulumi.ComponentResource {
    public readonly trailArn: pulumi.Output<string>;
    public readonly logGroupName: pulumi.Output<string>;
    public readonly logGroupArn: pulumi.Output<string>;

    constructor(name: string, args: OrganizationTrailArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:logging:OrganizationTrail", name, {}, opts);
        const { region, config, provider } = args;
        const options = { parent: this, provider, protect: true };
        const logGroupName = `cloudtrail/${config.name}`;
        const ids: pulumi.Output<TrailLogsIds> = pulumi.output(args.organizationId).apply(organizationId => ({
            region, managementAccountId: args.managementAccountId, organizationId, logGroupName,
        }));

        let kmsKeyId: pulumi.Output<string> | undefined;
        if (config.cloudWatchLogs.kmsEncrypted) {
            // Events already in the group stay encrypted with this key: switching encryption off must
            // leave the key in AWS, so it is retained on deletion rather than protected.
            const keyOptions = { parent: this, provider, retainOnDelete: true };
            const key = new aws.kms.Key(`${name}-logs-key`, {
                description: `Encrypts the CloudWatch Logs copy of the ${config.name} trail`,
                region,
                enableKeyRotation: true,
                deletionWindowInDays: 30,
                policy: ids.apply(i => JSON.stringify(trailLogsKeyPolicy(i))),
            }, keyOptions);
            new aws.kms.Alias(`${name}-logs-key-alias`, {
                name: `alias/${args.organizationName}/organization-trail-logs`,
                targetKeyId: key.keyId,
                region,
            }, keyOptions);
            kmsKeyId = key.arn;
        }

        const logGroup = new aws.cloudwatch.LogGroup(`${name}-logs`, {
            name: logGroupName,
            region,
            retentionInDays: config.cloudWatchLogs.retentionDays,
            kmsKeyId,
            deletionProtectionEnabled: true,
        }, options);

        const role = new aws.iam.Role(`${name}-logs-role`, {
            description: `Lets CloudTrail deliver the ${config.name} trail to CloudWatch Logs`,
            assumeRolePolicy: JSON.stringify(serviceTrustPolicy("cloudtrail.amazonaws.com")),
        }, { parent: this, provider });
        const rolePolicy = new aws.iam.RolePolicy(`${name}-logs-role-policy`, {
            role: role.name,
            policy: ids.apply(i => JSON.stringify(trailLogsRolePolicy(i))),
        }, { parent: this, provider });

        const trail = new aws.cloudtrail.Trail(name, {
            name: config.name,
            region,
            isOrganizationTrail: true,
            isMultiRegionTrail: true,
            includeGlobalServiceEvents: true,
            enableLogFileValidation: true,
            enableLogging: true,
            s3BucketName: args.bucket.bucketName,
            s3KeyPrefix: CLOUDTRAIL_PREFIX,
            kmsKeyId: args.kmsKeyArn,
            cloudWatchLogsGroupArn: pulumi.interpolate`${logGroup.arn}:*`,
            cloudWatchLogsRoleArn: role.arn,
            ...(config.dataEvents.s3 || config.dataEvents.lambda) && {
                advancedEventSelectors: eventSelectors(config.dataEvents, args.bucket.bucketArn),
            },
        }, { ...options, dependsOn: [args.bucket.policy, rolePolicy, args.organization] });

        this.trailArn = trail.arn;
        this.logGroupName = logGroup.name;
        this.logGroupArn = logGroup.arn;
        this.registerOutputs({ trailArn: this.trailArn, logGroupName: this.logGroupName, logGroupArn: this.logGroupArn });
    }
}

/**
 * Management events always; S3 object and Lambda invoke data events when switched on. The log bucket's
 * own objects are left out: logging CloudTrail's writes to it would log themselves forever.
 */
export function eventSelectors(
    dataEvents: { readonly s3: boolean; readonly lambda: boolean },
    logBucketArn: pulumi.Input<string>,
): aws.types.input.cloudtrail.TrailAdvancedEventSelector[] {
    const selectors: aws.types.input.cloudtrail.TrailAdvancedEventSelector[] = [
        { name: "Management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
    ];
    if (dataEvents.s3) {
        selectors.push({
            name: "S3 object data events, except the log bucket's",
            fieldSelectors: [
                { field: "eventCategory", equals: ["Data"] },
                { field: "resources.type", equals: ["AWS::S3::Object"] },
                { field: "resources.ARN", notStartsWiths: [pulumi.interpolate`${logBucketArn}/`] },
            ],
        });
    }
    if (dataEvents.lambda) {
        selectors.push({
            name: "Lambda invoke data events",
            fieldSelectors: [
                { field: "eventCategory", equals: ["Data"] },
                { field: "resources.type", equals: ["AWS::Lambda::Function"] },
            ],
        });
    }
    return selectors;
}
