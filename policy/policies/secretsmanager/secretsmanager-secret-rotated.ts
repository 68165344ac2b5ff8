import { StackResource, StackViolation, companionsOf, defineStackPolicy } from "../../lib";

export const SECRET = "aws:secretsmanager/secret:Secret";
export const ROTATION = "aws:secretsmanager/secretRotation:SecretRotation";

function checkSecrets(resources: readonly StackResource[]): StackViolation[] {
    const rotations = resources.filter((r) => r.type === ROTATION);
    return resources
        .filter((r) => r.type === SECRET && companionsOf(r, rotations, "secretId").length === 0)
        .map((secret) => ({
            urn: secret.urn,
            message: "no secretsmanager.SecretRotation rotates this secret (FSBP SecretsManager.1): a leaked value stays valid until someone changes it by hand; " +
                "add a rotation (managed rotation for RDS, Redshift and DocumentDB secrets), or exempt a secret that cannot rotate with a justification",
        }));
}

export const definition = defineStackPolicy({
    name: "secretsmanager-secret-rotated",
    description: "Every Secrets Manager secret in the stack has automatic rotation.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["SecretsManager.1"] },
    resourceTypes: [SECRET, ROTATION],
    check: checkSecrets,
});
