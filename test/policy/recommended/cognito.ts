import type { RecommendedSetting } from "./corpus";

/** Cognito user pools and identity pools, as the Cognito developer guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:cognito/userPool:UserPool",
        title: "MFA required with TOTP, the second factor the guide recommends",
        source: `https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html ${READ}`,
        props: { name: "customers", mfaConfiguration: "ON", softwareTokenMfaConfiguration: { enabled: true } },
    },
    {
        type: "aws:cognito/userPool:UserPool",
        title: "MFA optional, per user (what adaptive authentication needs)",
        source: `https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html ${READ}`,
        props: { name: "customers", mfaConfiguration: "OPTIONAL", softwareTokenMfaConfiguration: { enabled: true } },
    },
    {
        type: "aws:cognito/identityPool:IdentityPool",
        title: "authenticated identities only, from a user pool",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html ${READ}`,
        props: {
            identityPoolName: "customers", allowUnauthenticatedIdentities: false,
            cognitoIdentityProviders: [{ clientId: "1example23456789", providerName: "cognito-idp.us-east-1.amazonaws.com/us-east-1_Example", serverSideTokenCheck: true }],
        },
    },
];
