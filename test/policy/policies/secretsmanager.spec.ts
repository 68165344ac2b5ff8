/** policy/policies/secretsmanager/: secretsmanager-secret-recoverable, secretsmanager-secret-rotated. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as recoverable } from "../../../policy/policies/secretsmanager/secretsmanager-secret-recoverable";
import { definition as rotated } from "../../../policy/policies/secretsmanager/secretsmanager-secret-rotated";
import { happy } from "../factories";
import { stackResource } from "../samples";

const SECRET = "aws:secretsmanager/secret:Secret";
const ROTATION = "aws:secretsmanager/secretRotation:SecretRotation";
const secret = stackResource(SECRET, "db", { name: "db" });
const rotation = (name: string, rotationRules: unknown) => stackResource(ROTATION, name, { secretId: "db", rotationLambdaArn: "arn:aws:lambda:us-east-1:111111111111:function:rotate", rotationRules });
const SLOW = (days: number) => `the rotation runs every ${days} days, more than 90 (FSBP SecretsManager.4): a leaked value stays valid that long; ` +
    "set rotationRules.automaticallyAfterDays to 90 or fewer";

describe("policy secretsmanager-secret-rotated: the rotation interval", () => {
    const cases: Array<[string, unknown, number | undefined]> = [
        ["every 30 days", { automaticallyAfterDays: 30 }, undefined],
        ["every 90 days (the limit)", { automaticallyAfterDays: 90 }, undefined],
        ["every 91 days", { automaticallyAfterDays: 91 }, 91],
        ['"120" days as a string', { automaticallyAfterDays: "120" }, 120],
        ["days unknown", { automaticallyAfterDays: UNKNOWN }, undefined],
        ["rate(4 hours)", { scheduleExpression: "rate(4 hours)" }, undefined],
        ["rate(89 days)", { scheduleExpression: "rate(89 days)" }, undefined],
        ["rate(90 days)", { scheduleExpression: "rate(90 days)" }, undefined],
        ["rate(180 days)", { scheduleExpression: "rate(180 days)" }, 180],
        ["a cron schedule", { scheduleExpression: "cron(0 16 1,15 * ? *)", duration: "2h" }, undefined],
        ["a schedule not known yet", { scheduleExpression: UNKNOWN }, undefined],
        ["rules unknown", UNKNOWN, undefined],
    ];
    for (const [title, rules, days] of cases) {
        it(title, () => {
            const r = rotation("rotate", rules);
            assert.deepStrictEqual(rotated.check([secret, r]), days === undefined ? [] : [{ urn: r.urn, message: SLOW(days) }]);
        });
    }
    it("checkov CKV_AWS_304 (SecretManagerSecret90days): 30 days and rate(89 days) pass, 91 days and rate(180 days) are flagged", () => {
        const pass = [rotation("pass", { automaticallyAfterDays: 30 }), rotation("pass_scheduled_days", { scheduleExpression: "rate(89 days)" })];
        const fail = [rotation("fail", { automaticallyAfterDays: 91 }), rotation("fail_scheduled_days", { scheduleExpression: "rate(180 days)" })];
        assert.deepStrictEqual(rotated.check([secret, ...pass, ...fail]).map((v) => v.urn), fail.map((f) => f.urn));
    });
});

describe("policy secretsmanager-secret-recoverable", () => {
    it("secret recovery window", () => {
        const T = "aws:secretsmanager/secret:Secret";
        assert.deepStrictEqual(recoverable.check(T, happy[T]!()), []);
        assert.deepStrictEqual(recoverable.check(T, { ...happy[T]!(), recoveryWindowInDays: 0 }), ["recoveryWindowInDays must not be 0 (foundation nothing-lost): deleting " +
            "the resource deletes the secret at once, with no way to restore it; keep the default 30 days (7 at least)"]);
        assert.deepStrictEqual(recoverable.remediate(T, { name: "s", recoveryWindowInDays: 0 }), { name: "s", recoveryWindowInDays: 30 });
    });
});

describe("policy secretsmanager-secret-rotated (stack)", () => {
    const secret = stackResource("aws:secretsmanager/secret:Secret", "db", { name: "db" });
    it("a rotated secret passes, an unrotated one is reported", () => {
        assert.deepStrictEqual(rotated.check([secret, stackResource("aws:secretsmanager/secretRotation:SecretRotation", "r", { secretId: UNKNOWN }, [secret.urn])]), []);
        assert.deepStrictEqual(rotated.check([secret]), [{ urn: secret.urn, message:
            "no secretsmanager.SecretRotation rotates this secret (FSBP SecretsManager.1): a leaked value stays valid until someone changes it by hand; " +
            "add a rotation (managed rotation for RDS, Redshift and DocumentDB secrets), or exempt a secret that cannot rotate with a justification" }]);
    });
});
