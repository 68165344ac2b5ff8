import { UNKNOWN, asBool, defineResourcePolicy } from "../../lib";

export const FILE_SYSTEM = "aws:efs/fileSystem:FileSystem";

function checkFileSystem(props: Record<string, unknown>): string[] {
    const encrypted = asBool(props["encrypted"]);
    if (encrypted === true || encrypted === UNKNOWN) return [];
    return [`encrypted must be true (CIS 2.4.1, FSBP EFS.1), got ${encrypted === false ? "false" : "not set (the API's default is unencrypted)"}: ` +
        "the files would be stored unencrypted, and a file system cannot be encrypted after it is created"];
}

export const definition = defineResourcePolicy({
    name: "efs-encrypted",
    description: "EFS file systems are encrypted at rest.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["2.4.1"], fsbp: ["EFS.1"] },
    checks: { [FILE_SYSTEM]: checkFileSystem },
});
