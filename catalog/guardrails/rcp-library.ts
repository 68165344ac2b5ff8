import type { GuardrailStatement } from "./statements";

/*
 * Resource control policies: what any principal may do to the organization's resources, whatever
 * their resource policies say. From AWS's examples (aws-samples/resource-control-policy-examples,
 * "Restrict access to only HTTPS connections"; aws-samples/data-perimeter-policy-examples,
 * identity_perimeter_rcp.json). RCPs do not apply to the management account's resources, to
 * service-linked roles or to AWS managed KMS keys.
 */

/** Services the TLS statement covers: every one AWS's example lists (all support RCPs). */
export const SECURE_TRANSPORT_SERVICES: readonly string[] = [
    "s3", "sts", "kms", "sqs", "secretsmanager", "cognito-identity", "cognito-idp", "logs", "dynamodb", "ecr", "aoss",
];

/** Actions the identity perimeter covers. STS's web identity and SAML federation stay open: pipelines and people sign in through them. */
export const ORGANIZATION_ONLY_ACTIONS: readonly string[] = [
    "s3:*", "sts:AssumeRole", "sts:DecodeAuthorizationMessage", "sts:GetAccessKeyInfo", "sts:GetFederationToken",
    "sts:GetServiceBearerToken", "sts:GetSessionToken", "sts:SetContext", "kms:*", "sqs:*", "secretsmanager:*",
    "cognito-identity:*", "cognito-idp:*", "logs:*", "dynamodb:*", "ecr:*", "aoss:*",
];

/** Requests without TLS are refused, whoever makes them. */
export function secureTransportStatement(): GuardrailStatement {
    return {
        Sid: "EnforceSecureTransport", Effect: "Deny", Principal: "*",
        Action: SECURE_TRANSPORT_SERVICES.map(service => `${service}:*`), Resource: "*",
        Condition: { BoolIfExists: { "aws:SecureTransport": "false" } },
    };
}

/**
 * Only principals of the organization (and the trusted accounts) may use its resources. AWS services
 * acting through their service principals (CloudTrail and Config delivering logs) are not affected.
 */
export function organizationOnlyStatement(organizationId: string, trustedAccounts: readonly string[]): GuardrailStatement {
    return {
        Sid: "EnforceOrgIdentities", Effect: "Deny", Principal: "*", Action: [...ORGANIZATION_ONLY_ACTIONS], Resource: "*",
        Condition: {
            StringNotEqualsIfExists: {
                "aws:PrincipalOrgID": organizationId,
                ...(trustedAccounts.length > 0 && { "aws:PrincipalAccount": [...trustedAccounts] }),
            },
            BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
        },
    };
}

/** What the resource control policy enforces, in words; empty when it is off (no policy is created). */
export function dataPerimeterParts(rcp: { readonly secureTransport: boolean; readonly organizationOnly: boolean }): string[] {
    return [...(rcp.secureTransport ? ["TLS only"] : []), ...(rcp.organizationOnly ? ["organization principals only"] : [])];
}
