/* IAM values the foundation grants and denies by name, shared by config (defaults, checks) and components. */

export const AWS_MANAGED_POLICY = "arn:aws:iam::aws:policy";

/**
 * Reads of stored data that AWS's ReadOnlyAccess allows (through Get* and by name): a read-only
 * session sees how things are configured, not what they hold.
 */
export const DATA_READ_ACTIONS: readonly string[] = [
    "athena:GetQueryResults",
    "dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:PartiQLSelect", "dynamodb:Query", "dynamodb:Scan",
    "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
    "kinesis:GetRecords",
    "logs:FilterLogEvents", "logs:GetLogEvents", "logs:StartQuery",
    "s3:GetObject", "s3:GetObjectVersion",
    "secretsmanager:GetSecretValue",
    "ssm:GetParameter", "ssm:GetParameterHistory", "ssm:GetParameters", "ssm:GetParametersByPath",
];

/** Denies DATA_READ_ACTIONS: added to every read-only permission set and role. */
export const NO_DATA_READS = { Sid: "NoDataReads", Effect: "Deny", Action: [...DATA_READ_ACTIONS], Resource: "*" } as const;

export const READ_ONLY_ACCESS = `${AWS_MANAGED_POLICY}/ReadOnlyAccess`;
