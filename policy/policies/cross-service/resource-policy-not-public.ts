import { UNKNOWN, asString, defineResourcePolicy, parsePolicyDocument, publicStatements } from "../../lib";

export const RESOURCE_POLICY_TYPES = {
    bucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
    topic: "aws:sns/topic:Topic",
    topicPolicy: "aws:sns/topicPolicy:TopicPolicy",
    queue: "aws:sqs/queue:Queue",
    queuePolicy: "aws:sqs/queuePolicy:QueuePolicy",
    key: "aws:kms/key:Key",
    keyPolicy: "aws:kms/keyPolicy:KeyPolicy",
    repositoryPolicy: "aws:ecr/repositoryPolicy:RepositoryPolicy",
    secret: "aws:secretsmanager/secret:Secret",
    secretPolicy: "aws:secretsmanager/secretPolicy:SecretPolicy",
} as const;

/** Resource types whose `policy` input is a resource-based policy, with what "public" exposes there. */
const RESOURCE_POLICIES: { readonly [type: string]: readonly [what: string, controls: string] } = {
    "aws:s3/bucketPolicy:BucketPolicy": ["anyone on the internet can use the bucket as the statement allows", "FSBP S3.2, S3.3"],
    "aws:sns/topic:Topic": ["anyone can use the topic as the statement allows", "FSBP SNS.4"],
    "aws:sns/topicPolicy:TopicPolicy": ["anyone can use the topic as the statement allows", "FSBP SNS.4"],
    "aws:sqs/queue:Queue": ["anyone can use the queue as the statement allows", "FSBP SQS.3"],
    "aws:sqs/queuePolicy:QueuePolicy": ["anyone can use the queue as the statement allows", "FSBP SQS.3"],
    "aws:kms/key:Key": ["any AWS account can use the key as the statement allows", "FSBP KMS.5"],
    "aws:kms/keyPolicy:KeyPolicy": ["any AWS account can use the key as the statement allows", "FSBP KMS.5"],
    "aws:ecr/repositoryPolicy:RepositoryPolicy": ["any AWS account can use the repository as the statement allows", "foundation least-privilege"],
    "aws:secretsmanager/secret:Secret": ["any AWS account can use the secret as the statement allows", "foundation least-privilege"],
    "aws:secretsmanager/secretPolicy:SecretPolicy": ["any AWS account can use the secret as the statement allows", "foundation least-privilege"],
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

/** lambda.Permission: principal "*" with no source or organization named. */
function checkLambdaPermission(props: Record<string, unknown>): string[] {
    const principal = asString(props["principal"]);
    if (principal !== "*") return [];
    const limits = ["sourceArn", "sourceAccount", "principalOrgId"].map((k) => asString(props[k]));
    if (limits.some((v) => v === UNKNOWN || (typeof v === "string" && v.trim() !== ""))) return [];
    return ['principal "*" with no sourceArn, sourceAccount or principalOrgId (FSBP Lambda.1): anyone can invoke the function; ' +
        "name the service principal and its sourceArn, or the accounts that may call it"];
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
        'Resource-based policies (S3 bucket, SNS, SQS, KMS, ECR, Secrets Manager) and Lambda permissions and function URLs do not grant access to everyone ("*") without a limiting condition.',
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["S3.2", "S3.3", "SNS.4", "SQS.3", "KMS.5", "Lambda.1"] },
    checks: {
        ...Object.fromEntries(Object.keys(RESOURCE_POLICIES).map((type) => [type, checkResourcePolicy(type)])),
        [LAMBDA_PERMISSION]: checkLambdaPermission,
        [LAMBDA_FUNCTION_URL]: checkFunctionUrl,
    },
});
