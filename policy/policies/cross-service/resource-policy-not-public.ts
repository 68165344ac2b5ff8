import { UNKNOWN, asString, defineResourcePolicy, fixedArn, isAnyone, parsePolicyDocument, publicStatements } from "../../lib";

export const RESOURCE_POLICY_TYPES = {
    bucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
    bucket: "aws:s3/bucket:Bucket",
    bucketV2: "aws:s3/bucketV2:BucketV2",
    topic: "aws:sns/topic:Topic",
    topicPolicy: "aws:sns/topicPolicy:TopicPolicy",
    queue: "aws:sqs/queue:Queue",
    queuePolicy: "aws:sqs/queuePolicy:QueuePolicy",
    key: "aws:kms/key:Key",
    keyPolicy: "aws:kms/keyPolicy:KeyPolicy",
    replicaKey: "aws:kms/replicaKey:ReplicaKey",
    externalKey: "aws:kms/externalKey:ExternalKey",
    replicaExternalKey: "aws:kms/replicaExternalKey:ReplicaExternalKey",
    repositoryPolicy: "aws:ecr/repositoryPolicy:RepositoryPolicy",
    registryPolicy: "aws:ecr/registryPolicy:RegistryPolicy",
    secret: "aws:secretsmanager/secret:Secret",
    secretPolicy: "aws:secretsmanager/secretPolicy:SecretPolicy",
    fileSystemPolicy: "aws:efs/fileSystemPolicy:FileSystemPolicy",
    vaultPolicy: "aws:backup/vaultPolicy:VaultPolicy",
    eventBusPolicy: "aws:cloudwatch/eventBusPolicy:EventBusPolicy",
    streamPolicy: "aws:kinesis/resourcePolicy:ResourcePolicy",
    tablePolicy: "aws:dynamodb/resourcePolicy:ResourcePolicy",
} as const;

/** For buckets: AWS's own alternative to a public bucket, and the documented way to keep one that must be public. */
const PUBLIC_BUCKET = "anyone on the internet can use the bucket as the statement allows (a website is better served through CloudFront with origin access control; " +
    "a bucket that must stay public is exempted by name in this policy's config, with a justification)";

/**
 * Resource types whose `policy` input is a resource-based policy, with what "public" exposes there.
 * aws.s3.Bucket's deprecated `policy` input (still accepted by @pulumi/aws v7) is a bucket policy too.
 */
const RESOURCE_POLICIES: { readonly [type: string]: readonly [what: string, controls: string] } = {
    [RESOURCE_POLICY_TYPES.bucketPolicy]: [PUBLIC_BUCKET, "FSBP S3.2, S3.3"],
    [RESOURCE_POLICY_TYPES.bucket]: [PUBLIC_BUCKET, "FSBP S3.2, S3.3"],
    [RESOURCE_POLICY_TYPES.bucketV2]: [PUBLIC_BUCKET, "FSBP S3.2, S3.3"],
    [RESOURCE_POLICY_TYPES.topic]: ["anyone can use the topic as the statement allows", "FSBP SNS.4"],
    [RESOURCE_POLICY_TYPES.topicPolicy]: ["anyone can use the topic as the statement allows", "FSBP SNS.4"],
    [RESOURCE_POLICY_TYPES.queue]: ["anyone can use the queue as the statement allows", "FSBP SQS.3"],
    [RESOURCE_POLICY_TYPES.queuePolicy]: ["anyone can use the queue as the statement allows", "FSBP SQS.3"],
    [RESOURCE_POLICY_TYPES.key]: ["any AWS account can use the key as the statement allows", "FSBP KMS.5"],
    [RESOURCE_POLICY_TYPES.keyPolicy]: ["any AWS account can use the key as the statement allows", "FSBP KMS.5"],
    [RESOURCE_POLICY_TYPES.replicaKey]: ["any AWS account can use the key as the statement allows", "FSBP KMS.5"],
    [RESOURCE_POLICY_TYPES.externalKey]: ["any AWS account can use the key as the statement allows", "FSBP KMS.5"],
    [RESOURCE_POLICY_TYPES.replicaExternalKey]: ["any AWS account can use the key as the statement allows", "FSBP KMS.5"],
    [RESOURCE_POLICY_TYPES.repositoryPolicy]: ["any AWS account can use the repository as the statement allows", "foundation least-privilege"],
    [RESOURCE_POLICY_TYPES.registryPolicy]: ["any AWS account can use the registry as the statement allows", "foundation least-privilege"],
    [RESOURCE_POLICY_TYPES.secret]: ["any AWS account can use the secret as the statement allows", "foundation least-privilege"],
    [RESOURCE_POLICY_TYPES.secretPolicy]: ["any AWS account can use the secret as the statement allows", "foundation least-privilege"],
    [RESOURCE_POLICY_TYPES.fileSystemPolicy]: ["any AWS account can use the file system as the statement allows", "foundation least-privilege"],
    [RESOURCE_POLICY_TYPES.vaultPolicy]: ["any AWS account can use the backup vault as the statement allows", "foundation least-privilege"],
    [RESOURCE_POLICY_TYPES.eventBusPolicy]: ["any AWS account can use the event bus as the statement allows", "foundation least-privilege"],
    [RESOURCE_POLICY_TYPES.streamPolicy]: ["any AWS account can use the stream as the statement allows", "foundation least-privilege"],
    [RESOURCE_POLICY_TYPES.tablePolicy]: ["any AWS account can use the table as the statement allows", "foundation least-privilege"],
};

function checkResourcePolicy(type: string): (props: Record<string, unknown>) => string[] {
    const [what, controls] = RESOURCE_POLICIES[type]!;
    return (props) =>
        publicStatements(parsePolicyDocument(props["policy"])).map((statement) =>
            `policy.${statement} allows everyone ("*") with no condition that limits it to your accounts, organization, sources or networks (${controls}): ` +
                `${what}; name the principals, or add a condition such as aws:PrincipalOrgID or aws:SourceArn`,
        );
}

export const LAMBDA_PERMISSION = "aws:lambda/permission:Permission";
export const LAMBDA_FUNCTION_URL = "aws:lambda/functionUrl:FunctionUrl";

/** A limit that is set: unknown (another resource's id or ARN) or fixed. */
const limits = (value: unknown, fixed: (v: string) => boolean) => {
    const v = asString(value);
    return v === UNKNOWN || (typeof v === "string" && fixed(v.trim()));
};
const fixedValue = (v: string) => v !== "" && !/[*?]/.test(v);

/**
 * lambda.Permission: a principal meaning everyone ("*", or an ARN with a wildcard account) with no
 * fixed sourceArn, sourceAccount or principalOrgId; and Amazon S3 without sourceAccount, which
 * FSBP Lambda.1 fails ("The control also fails if a Lambda function is invoked from Amazon S3 and the
 * policy does not include a condition for AWS:SourceAccount",
 * https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1, read 2026-12-06):
 * a bucket ARN has no account in it, so once the bucket is deleted another account can create one of
 * the same name (https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html).
 */
function checkLambdaPermission(props: Record<string, unknown>): string[] {
    const principal = asString(props["principal"]);
    if (typeof principal !== "string") return [];
    const p = principal.trim();
    if (isAnyone(p)) {
        const limited = limits(props["sourceArn"], fixedArn) || limits(props["sourceAccount"], fixedValue) || limits(props["principalOrgId"], fixedValue);
        return limited
            ? []
            : [`principal ${JSON.stringify(p)} with no sourceArn, sourceAccount or principalOrgId (FSBP Lambda.1): anyone can invoke the function; ` +
                "name the service principal and its sourceArn, or the accounts that may call it"];
    }
    if (p.toLowerCase() === "s3.amazonaws.com" && !limits(props["sourceAccount"], fixedValue)) {
        return ['principal "s3.amazonaws.com" with no sourceAccount (FSBP Lambda.1): a bucket ARN names no account, so after the bucket is deleted a bucket ' +
            "of the same name in another account could invoke the function; set sourceAccount to the bucket owner's account id, next to sourceArn"];
    }
    return [];
}

/** lambda.FunctionUrl: an HTTPS endpoint anyone can call without signing the request. */
function checkFunctionUrl(props: Record<string, unknown>): string[] {
    const auth = asString(props["authorizationType"]);
    return typeof auth === "string" && auth.trim().toUpperCase() === "NONE"
        ? ['authorizationType must be "AWS_IAM" (FSBP Lambda.1): with "NONE" anyone on the internet can call the function URL; ' +
            "require IAM auth, or put the function behind API Gateway or CloudFront with authentication and exempt this URL with a justification"]
        : [];
}

export const definition = defineResourcePolicy({
    name: "resource-policy-not-public",
    description:
        "Resource-based policies (S3 bucket, SNS, SQS, KMS, ECR, Secrets Manager, EFS, Backup, EventBridge, Kinesis, DynamoDB) and Lambda permissions and function URLs " +
        'do not grant access to everyone ("*") without a condition that limits it to fixed accounts, organizations, sources or networks; ' +
        "a resource that must be public (a static website bucket) is exempted by name in this policy's config, with a justification.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["S3.2", "S3.3", "SNS.4", "SQS.3", "KMS.5", "Lambda.1"] },
    checks: {
        ...Object.fromEntries(Object.keys(RESOURCE_POLICIES).map((type) => [type, checkResourcePolicy(type)])),
        [LAMBDA_PERMISSION]: checkLambdaPermission,
        [LAMBDA_FUNCTION_URL]: checkFunctionUrl,
    },
});
