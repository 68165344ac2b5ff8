import { UNKNOWN, asRecord, asString, defineResourcePolicy } from "../../lib";

const ACCESS_POINT = "aws:efs/accessPoint:AccessPoint";

/**
 * FSBP EFS.3 (a root directory other than "/") and EFS.4 (a POSIX user identity),
 * https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html, read 2026-12-06.
 */
function checkAccessPoint(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const root = asRecord(props["rootDirectory"]);
    const path = root === UNKNOWN ? UNKNOWN : asString(root?.["path"]);
    if (path !== UNKNOWN && (path === undefined || path.trim() === "" || path.trim() === "/")) {
        messages.push(`rootDirectory.path should name a directory other than "/" (FSBP EFS.3), got ${path === undefined ? 'not set ("/")' : JSON.stringify(path)}: ` +
            "clients of the access point see the whole file system instead of their own directory");
    }
    const user = props["posixUser"];
    if (user !== UNKNOWN && asRecord(user) === undefined) {
        messages.push("posixUser should be set (FSBP EFS.4): without it clients act with whatever user and group ids they claim, root included");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "efs-access-point-enforced",
    description: "EFS access points confine clients to a directory other than the root and enforce a POSIX user identity.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["EFS.3", "EFS.4"] },
    checks: { [ACCESS_POINT]: checkAccessPoint },
});
