import { StackResource, StackViolation, UNKNOWN, asNumber, asString, companionsOf, defineStackPolicy, valueAt } from "../../lib";

export const SECRET = "aws:secretsmanager/secret:Secret";
export const ROTATION = "aws:secretsmanager/secretRotation:SecretRotation";

/** Security Hub SecretsManager.4's default maximum (https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html, read 2026-12-06). */
const MAX_DAYS = 90;

/** The rotation interval in days: `automaticallyAfterDays`, or a `rate(N days)` schedule; `undefined` for a cron schedule or nothing known. */
function intervalDays(rotation: StackResource): number | undefined {
    const days = asNumber(valueAt(rotation.props, ["rotationRules", "automaticallyAfterDays"]));
    if (typeof days === "number") return days;
    const schedule = asString(valueAt(rotation.props, ["rotationRules", "scheduleExpression"]));
    if (schedule === UNKNOWN || typeof schedule !== "string") return undefined;
    const rate = /^rate\(\s*(\d+)\s+days?\s*\)$/i.exec(schedule.trim());
    return rate === null ? undefined : Number(rate[1]);
}

function checkSecrets(resources: readonly StackResource[]): StackViolation[] {
    const rotations = resources.filter((r) => r.type === ROTATION);
    const unrotated = resources
        .filter((r) => r.type === SECRET && companionsOf(r, rotations, "secretId").length === 0)
        .map((secret) => ({
            urn: secret.urn,
            message: "no secretsmanager.SecretRotation rotates this secret (FSBP SecretsManager.1): a leaked value stays valid until someone changes it by hand; " +
                "add a rotation (managed rotation for RDS, Redshift and DocumentDB secrets), or exempt a secret that cannot rotate with a justification",
        }));
    const slow = rotations.flatMap((rotation) => {
        const days = intervalDays(rotation);
        return days !== undefined && days > MAX_DAYS
            ? [{
                urn: rotation.urn,
                message: `the rotation runs every ${days} days, more than ${MAX_DAYS} (FSBP SecretsManager.4): a leaked value stays valid that long; ` +
                    `set rotationRules.automaticallyAfterDays to ${MAX_DAYS} or fewer`,
            }]
            : [];
    });
    return [...unrotated, ...slow];
}

export const definition = defineStackPolicy({
    name: "secretsmanager-secret-rotated",
    description: "Every Secrets Manager secret in the stack has automatic rotation, at least every 90 days.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["SecretsManager.1", "SecretsManager.4"] },
    resourceTypes: [SECRET, ROTATION],
    check: checkSecrets,
});
