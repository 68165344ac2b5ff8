import { asString, decodeBase64, defineResourcePolicy, plainSecretKinds, secretAssignments } from "../../lib";

export const INSTANCE = "aws:ec2/instance:Instance";
export const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
export const LAUNCH_CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";

const FIX =
    "user data is readable by anyone who can describe the instance and is kept in the Pulumi state; " +
    "give the instance a role and read the secret from Secrets Manager or SSM Parameter Store at boot";

/** The text of a user data input, decoded when it is base64. */
function userDataText(value: unknown, base64: boolean): string | undefined {
    const text = asString(value);
    if (typeof text !== "string") return undefined;
    return base64 ? decodeBase64(text) ?? text : text;
}

/**
 * Credentials recognized by their format, then secrets recognized by their name: `DB_PASSWORD=...`,
 * `password: ...` in cloud-init, `--password ...` (see secretAssignments in ../../lib/secrets.ts for
 * the names and the values that are references, not secrets).
 */
function findings(property: string, text: string | undefined): string[] {
    if (text === undefined) return [];
    return [
        ...plainSecretKinds(text).map((kind) => `${property} contains ${kind} (foundation no-keys): ${FIX}`),
        ...secretAssignments(text).map((name) => `${property} sets ${name} to a value written out in plain text (foundation no-keys): ${FIX}`),
    ];
}

/** Instances and launch configurations take `userData` as text and `userDataBase64` as base64. */
const textAndBase64 = (props: Record<string, unknown>) => [
    ...findings("userData", userDataText(props["userData"], false)),
    ...findings("userDataBase64", userDataText(props["userDataBase64"], true)),
];

export const definition = defineResourcePolicy({
    name: "ec2-no-secrets-in-user-data",
    description: "EC2 instance, launch template and launch configuration user data contains no credentials (AWS keys, private keys, API tokens) and sets no password, secret or token variable to a literal value.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["no-keys"] },
    checks: {
        [INSTANCE]: textAndBase64,
        // A launch template's userData is base64 (text that is not base64 is read as it is).
        [LAUNCH_TEMPLATE]: (props) => findings("userData", userDataText(props["userData"], true)),
        [LAUNCH_CONFIGURATION]: textAndBase64,
    },
});
