import { asString, credentialKinds, defineResourcePolicy, isLiteralSecret, isSecretName } from "../../lib";

const PARAMETER = "aws:ssm/parameter:Parameter";

const WHY = "a String parameter is stored and shown unencrypted to anyone who can read parameters";

/**
 * "Do not store sensitive data in a String or StringList parameter"
 * (https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html, read 2026-12-06):
 * a value that is a credential by its format, or a written-out value under a name that says it is a secret
 * (`/app/db-password`, not `/app/db-password-arn`).
 */
function checkParameter(props: Record<string, unknown>): string[] {
    const type = asString(props["type"]);
    if (typeof type !== "string" || type.trim() === "SecureString") return [];
    const value = [asString(props["value"]), asString(props["insecureValue"])].find((v): v is string => typeof v === "string");
    if (value === undefined) return [];
    const kinds = credentialKinds(value);
    if (kinds.length > 0) {
        return kinds.map((kind) => `type must be "SecureString" for a value that holds ${kind}, got ${JSON.stringify(type)} (foundation no-keys): ${WHY}`);
    }
    const name = asString(props["name"]);
    return typeof name === "string" && isSecretName(name) && isLiteralSecret(value)
        ? [`type must be "SecureString" for parameter ${JSON.stringify(name)}, a secret by its name, got ${JSON.stringify(type)} (foundation no-keys): ${WHY}`]
        : [];
}

export const definition = defineResourcePolicy({
    name: "ssm-parameter-secrets-encrypted",
    description: "SSM parameters that hold credentials, by their value or by their name, are SecureString parameters.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { foundation: ["no-keys"] },
    checks: { [PARAMETER]: checkParameter },
    remediations: { [PARAMETER]: () => ({ type: "SecureString" }) },
});
