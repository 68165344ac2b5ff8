import { asString, credentialKinds, defineResourcePolicy } from "../../lib";

const PARAMETER = "aws:ssm/parameter:Parameter";

function checkParameter(props: Record<string, unknown>): string[] {
    const type = asString(props["type"]);
    if (typeof type !== "string" || type.trim() === "SecureString") return [];
    const value = [asString(props["value"]), asString(props["insecureValue"])].find((v): v is string => typeof v === "string");
    return value === undefined
        ? []
        : credentialKinds(value).map((kind) => `type must be "SecureString" for a value that holds ${kind}, got ${JSON.stringify(type)} (foundation no-keys): ` +
            "a String parameter is stored and shown unencrypted to anyone who can read parameters");
}

export const definition = defineResourcePolicy({
    name: "ssm-parameter-secrets-encrypted",
    description: "SSM parameters that hold credentials are SecureString parameters.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { foundation: ["no-keys"] },
    checks: { [PARAMETER]: checkParameter },
    remediations: { [PARAMETER]: () => ({ type: "SecureString" }) },
});
