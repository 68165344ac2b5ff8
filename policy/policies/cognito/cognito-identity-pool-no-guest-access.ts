import { asBool, defineResourcePolicy } from "../../lib";

const IDENTITY_POOL = "aws:cognito/identityPool:IdentityPool";

/**
 * FSBP Cognito.2 (https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html, read 2026-12-06). Guest
 * access is a documented feature, for apps that must call AWS before sign-in: exempt such a pool with a justification.
 */
function checkIdentityPool(props: Record<string, unknown>): string[] {
    return asBool(props["allowUnauthenticatedIdentities"]) === true
        ? ["allowUnauthenticatedIdentities should not be true (FSBP Cognito.2): anyone on the internet gets AWS credentials for the pool's unauthenticated role; " +
            "keep that role's permissions minimal, or exempt the pool if guest access is its purpose"]
        : [];
}

export const definition = defineResourcePolicy({
    name: "cognito-identity-pool-no-guest-access",
    description: "Cognito identity pools do not hand out AWS credentials to unauthenticated (guest) identities.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["Cognito.2"] },
    checks: { [IDENTITY_POOL]: checkIdentityPool },
});
