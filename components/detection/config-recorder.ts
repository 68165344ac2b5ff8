import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { type DetectionConfig } from "../../config";
import { CONFIG_GLOBAL_IAM_TYPES } from "../../catalog/aws-values";

export interface ConfigRecorderArgs {
    readonly homeRegion: string;
    readonly regions: readonly string[];
    readonly config: DetectionConfig["config"];
    /** The log archive's Config bucket and key; `ready` is the bucket policy delivery needs first. */
    readonly delivery: { readonly bucketName: pulumi.Input<string>; readonly kmsKeyArn: pulumi.Input<string>; readonly ready: pulumi.Resource[] };
    /** The account's provider. */
    readonly provider: aws.Provider;
}

/**
 * How one region records: every resource type but the excluded ones; the global IAM types only in the
 * home region, so that each is recorded (and paid for) once.
 */
/** Resource types one region does not record: the excluded ones, and outside the home region the global IAM types. */
function excludedTypes(config: DetectionConfig["config"], home: boolean): string[] {
    return [...config.excludedResourceTypes, ...(home ? [] : CONFIG_GLOBAL_IAM_TYPES.filter(t => !config.excludedResourceTypes.includes(t)))];
}

/**
 * How one region records: every resource type but the excluded ones; the global IAM types only in the
 * home region, so that each is recorded (and paid for) once.
 */
export function recordingGroup(config: DetectionConfig["config"], home: boolean): aws.types.input.cfg.RecorderRecordingGroup {
    const excluded = excludedTypes(config, home);
    if (excluded.length === 0) {
        return { allSupported: true, includeGlobalResourceTypes: true };
    }
    // The exclusion strategy records the global IAM types in the recorder's region unless excluded.
    return {
        allSupported: false,
        exclusionByResourceTypes: [{ resourceTypes: excluded }],
        recordingStrategies: [{ useOnly: "EXCLUSION_BY_RESOURCE_TYPES" }],
    };
}

/** The default frequency, and the override for the types of it this region records. */
export function recordingMode(config: DetectionConfig["config"], home: boolean): aws.types.input.cfg.RecorderRecordingMode {
    const override = config.recordingFrequencyOverride;
    const excluded = excludedTypes(config, home);
    const overridden = (override?.resourceTypes ?? []).filter(t => !excluded.includes(t));
    return {
        recordingFrequency: config.recordingFrequency,
        ...(override && overridden.length > 0 && {
            recordingModeOverride: {
                recordingFrequency: override.recordingFrequency,
                resourceTypes: overridden,
                description: override.description ?? `${override.recordingFrequency} recording, set in foundation:detection.config`,
            },
        }),
    };
}

/**
 * AWS Config in one account, in every allowed region: recorder (with Config's service-linked role,
 * which Security Hub's Config.1 expects), delivery to the log archive, recording switched on.
 */
export class ConfigRecorder extends pulumi.ComponentResource {
    constructor(name: string, args: ConfigRecorderArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:detection:ConfigRecorder", name, {}, opts);
        const options = { parent: this, provider: args.provider };

        const role = new aws.iam.ServiceLinkedRole(`${name}-service-role`, { awsServiceName: "config.amazonaws.com" }, options);

        for (const region of args.regions) {
            const recorder = new aws.cfg.Recorder(`${name}-${region}`, {
                name: "default",
                roleArn: role.arn,
                recordingGroup: recordingGroup(args.config, region === args.homeRegion),
                recordingMode: recordingMode(args.config, region === args.homeRegion),
                region,
            }, options);
            const channel = new aws.cfg.DeliveryChannel(`${name}-${region}-delivery`, {
                name: "default",
                s3BucketName: args.delivery.bucketName,
                s3KmsKeyArn: args.delivery.kmsKeyArn,
                snapshotDeliveryProperties: { deliveryFrequency: "TwentyFour_Hours" },
                region,
            }, { ...options, dependsOn: [recorder, ...args.delivery.ready] });
            new aws.cfg.RecorderStatus(`${name}-${region}-status`, {
                name: recorder.name,
                isEnabled: true,
                region,
            }, { ...options, dependsOn: [channel] });
        }

        this.registerOutputs({});
    }
}
