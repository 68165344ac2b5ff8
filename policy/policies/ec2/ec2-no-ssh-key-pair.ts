import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

export const INSTANCE = "aws:ec2/instance:Instance";
export const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";

function checkKeyName(props: Record<string, unknown>): string[] {
    const key = asString(props["keyName"]);
    return key === UNKNOWN || key === undefined || key.trim() === ""
        ? []
        : [`keyName ${JSON.stringify(key)} installs an SSH key pair (foundation no-keys): whoever holds the private key logs in, with no MFA, no session record ` +
            "and no expiry; use SSM Session Manager, which needs no key and no open port"];
}

export const definition = defineResourcePolicy({
    name: "ec2-no-ssh-key-pair",
    description: "EC2 instances and launch templates install no SSH key pair (access goes through SSM Session Manager).",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { foundation: ["no-keys"] },
    checks: { [INSTANCE]: checkKeyName, [LAUNCH_TEMPLATE]: checkKeyName },
});
