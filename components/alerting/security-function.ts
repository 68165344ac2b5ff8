import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { serviceTrustPolicy, type PolicyDocument } from "../../catalog/iam-document";
import { functionArchive } from "./bundle";

export interface SecurityFunctionArgs {
    /** Function name in AWS; also names its role, log group and dead-letter queue. */
    readonly functionName: string;
    readonly description: string;
    /** functions/<source>/index.ts */
    readonly source: string;
    readonly region: string;
    readonly environment: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /** Encrypts the environment, the log group and the dead-letter queue. */
    readonly kmsKeyArn: pulumi.Input<string>;
    /** The role's permissions, given the function's own log group and dead-letter queue. */
    readonly policy: (own: { logGroupArn: pulumi.Output<string>; deadLetterQueueArn: pulumi.Output<string> }) => pulumi.Output<PolicyDocument>;
    readonly timeoutSeconds: number;
    /** At most this many run at once, so a flood of events cannot exhaust the account's concurrency; none when undefined. */
    readonly reservedConcurrency?: number;
    readonly logRetentionDays: number;
    /** What must exist before the function (key grants for its log group). */
    readonly dependsOn?: pulumi.Input<pulumi.Resource>[];
    readonly provider: aws.Provider;
}

/**
 * A foundation function: bundled from functions/, on a current Node.js runtime, with its own
 * least-privilege role, a KMS-encrypted environment and log group with retention, reserved
 * concurrency and a dead-letter queue for events it failed to handle after Lambda's retries.
 */
export class SecurityFunction extends pulumi.ComponentResource {
    public readonly functionArn: pulumi.Output<string>;
    public readonly functionName: pulumi.Output<string>;
    public readonly roleArn: pulumi.Output<string>;

    constructor(name: string, args: SecurityFunctionArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:alerting:SecurityFunction", name, {}, opts);
        const { region, provider } = args;
        const options = { parent: this, provider };

        const logGroup = new aws.cloudwatch.LogGroup(`${name}-logs`, {
            name: `/aws/lambda/${args.functionName}`,
            region,
            retentionInDays: args.logRetentionDays,
            kmsKeyId: args.kmsKeyArn,
        }, { ...options, dependsOn: args.dependsOn });
        const deadLetters = new aws.sqs.Queue(`${name}-dead-letters`, {
            name: `${args.functionName}-dead-letters`,
            region,
            kmsMasterKeyId: args.kmsKeyArn,
            messageRetentionSeconds: 1209600,
        }, options);
        const role = new aws.iam.Role(`${name}-role`, {
            name: args.functionName,
            description: args.description,
            assumeRolePolicy: JSON.stringify(serviceTrustPolicy("lambda.amazonaws.com")),
        }, options);
        const rolePolicy = new aws.iam.RolePolicy(`${name}-role-policy`, {
            role: role.name,
            policy: args.policy({ logGroupArn: logGroup.arn, deadLetterQueueArn: deadLetters.arn }).apply(doc => JSON.stringify(doc)),
        }, options);
        const fn = new aws.lambda.Function(name, {
            name: args.functionName,
            description: args.description,
            region,
            runtime: "nodejs24.x",
            architectures: ["arm64"],
            handler: "index.handler",
            code: functionArchive(args.source),
            role: role.arn,
            timeout: args.timeoutSeconds,
            memorySize: 256,
            ...args.reservedConcurrency !== undefined && { reservedConcurrentExecutions: args.reservedConcurrency },
            kmsKeyArn: args.kmsKeyArn,
            environment: { variables: args.environment },
            deadLetterConfig: { targetArn: deadLetters.arn },
            loggingConfig: { logFormat: "Text", logGroup: logGroup.name },
        }, { ...options, dependsOn: [rolePolicy, logGroup] });

        this.functionArn = fn.arn;
        this.functionName = fn.name;
        this.roleArn = role.arn;
        this.registerOutputs({ functionArn: this.functionArn, roleArn: this.roleArn });
    }
}
