import type { RecommendedSetting } from "./corpus";

/** Transfer Family servers, as the Transfer Family user guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:transfer/server:Server",
        title: "SFTP in a VPC with the latest security policy",
        source: `https://docs.aws.amazon.com/transfer/latest/userguide/security-policies.html ${READ}`,
        props: {
            protocols: ["SFTP"], identityProviderType: "SERVICE_MANAGED", endpointType: "VPC", securityPolicyName: "TransferSecurityPolicy-2025-03",
            endpointDetails: { vpcId: "vpc-0123456789abcdef0", subnetIds: ["subnet-0123456789abcdef0"] },
        },
    },
    {
        type: "aws:transfer/server:Server",
        title: "SFTP and FTPS with a FIPS security policy and an ACM certificate",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/transfer-controls.html ${READ}`,
        props: {
            protocols: ["SFTP", "FTPS"], identityProviderType: "API_GATEWAY", url: "https://abc123.execute-api.us-east-1.amazonaws.com/prod",
            invocationRole: "arn:aws:iam::111111111111:role/transfer-idp", endpointType: "VPC", securityPolicyName: "TransferSecurityPolicy-FIPS-2024-05",
            certificate: "arn:aws:acm:us-east-1:111111111111:certificate/12345678-1234-1234-1234-123456789012",
            endpointDetails: { vpcId: "vpc-0123456789abcdef0", subnetIds: ["subnet-0123456789abcdef0"] },
        },
    },
];
