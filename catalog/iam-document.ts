/** IAM, key and bucket policy documents as data: built by pure functions, serialized once. */

export type ConditionBlock = Record<string, Record<string, string | string[]>>;

export interface PolicyStatement {
    readonly Sid: string;
    readonly Effect: "Allow" | "Deny";
    readonly Principal?: "*" | { readonly AWS?: string | string[]; readonly Service?: string | string[]; readonly Federated?: string };
    readonly Action: string | string[];
    readonly Resource?: string | string[];
    readonly Condition?: ConditionBlock;
}

export interface PolicyDocument {
    readonly Version: "2012-10-17";
    readonly Statement: readonly PolicyStatement[];
}

export function policyDocument(...statements: PolicyStatement[]): PolicyDocument {
    return { Version: "2012-10-17", Statement: statements };
}

/** A statement letting an AWS service principal act, on the conditions that tie it to our resources. */
export function allowService(Sid: string, service: string, Action: string | string[], Resource: string | string[], Condition?: ConditionBlock): PolicyStatement {
    return { Sid, Effect: "Allow", Principal: { Service: service }, Action, Resource, ...(Condition && { Condition }) };
}

/** The principal of a whole account (its IAM policies decide who in it may act). */
export const accountRoot = (accountId: string) => `arn:aws:iam::${accountId}:root`;

/** The key policy statement that leaves a key's administration to its account's IAM policies. */
export function keyAdministeredBy(accountId: string): PolicyStatement {
    return { Sid: "KeyAdministrationByTheAccount", Effect: "Allow", Principal: { AWS: accountRoot(accountId) }, Action: "kms:*", Resource: "*" };
}

/**
 * A trust policy letting one AWS service assume a role; with `sourceAccount`, only on behalf of that
 * account (for services that document the condition key on AssumeRole).
 */
export function serviceTrustPolicy(service: string, sourceAccount?: string): PolicyDocument {
    return policyDocument({
        Sid: "AssumedByService",
        Effect: "Allow",
        Principal: { Service: service },
        Action: "sts:AssumeRole",
        ...(sourceAccount !== undefined && { Condition: { StringEquals: { "aws:SourceAccount": sourceAccount } } }),
    });
}

/** Denies every request to the resource that does not use TLS. */
export function denyInsecureTransport(action: string, resource: string | string[]): PolicyStatement {
    return { Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: action, Resource: resource, Condition: { Bool: { "aws:SecureTransport": "false" } } };
}

/** The key policy statement that lets CloudWatch Logs encrypt the log groups the condition names. */
export function logsEncryptWith(Sid: string, region: string, logGroupCondition: ConditionBlock): PolicyStatement {
    return allowService(Sid, `logs.${region}.amazonaws.com`,
        ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], "*", logGroupCondition);
}
