import { asString, defineResourcePolicy } from "../../lib";

const LAUNCH_PERMISSION = "aws:ec2/amiLaunchPermission:AmiLaunchPermission";

function checkLaunchPermission(props: Record<string, unknown>): string[] {
    const group = asString(props["group"]);
    return typeof group === "string" && group.trim().toLowerCase() === "all"
        ? ['group must not be "all" (foundation least-privilege): the AMI becomes public, and anyone can launch it and read every file in it, ' +
            "secrets baked into the image included; share it with an accountId, organizationArn or organizationalUnitArn instead"]
        : [];
}

export const definition = defineResourcePolicy({
    name: "ec2-ami-not-public",
    description: "AMIs are not shared with everyone.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["least-privilege"] },
    checks: { [LAUNCH_PERMISSION]: checkLaunchPermission },
});
