import { asString, credentialKinds, decodeBase64, defineResourcePolicy } from "../../lib";

export const INSTANCE = "aws:ec2/instance:Instance";
export const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";

const FIX =
    "user data is readable by anyone who can describe the instance and is kept in the Pulumi state; " +
    "give the instance a role and read the secret from Secrets Manager or SSM Parameter Store at boot";

/** The text of a user data input, decoded when it is base64. */
function userDataText(value: unknown, base64: boolean): string | undefined {
    const text = asString(value);
    if (typeof text !== "string") return undefined;
    return base64 ? decodeBase64(text) ?? text : text;
}

function findings(property: string, text: string | undefined): string[] {
    if (text === undefined) return [];
    return credentialKinds(text).map((kind) => `${property} contains ${kind} (foundation no-keys): ${FIX}`);
}

export const definition = defineResourcePolicy({
    name: "ec2-no-secrets-in-user-data",
    description: "EC2 instance and launch template user data contains no credentials (AWS keys, private keys, API tokens).",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["no-keys"] },
    checks: {
        [INSTANCE]: (props) => [
            ...findings("userData", userDataText(props["userData"], false)),
            ...findings("userDataBase64", userDataText(props["userDataBase64"], true)),
        ],
        [LAUNCH_TEMPLATE]: (props) => findings("userData", userDataText(props["userData"], true)),
    },
});
