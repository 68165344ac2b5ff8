import { asList, defineResourcePolicy } from "../../lib";

const SERVER = "aws:transfer/server:Server";

function checkServer(props: Record<string, unknown>): string[] {
    const protocols = asList(props["protocols"]);
    return Array.isArray(protocols) && protocols.some((p) => typeof p === "string" && p.trim().toUpperCase() === "FTP")
        ? ['protocols must not contain "FTP" (FSBP Transfer.2): FTP sends user names, passwords and files unencrypted; use "SFTP" or "FTPS"']
        : [];
}

export const definition = defineResourcePolicy({
    name: "transfer-server-no-ftp",
    description: "Transfer Family servers do not offer plain FTP.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["Transfer.2"] },
    checks: { [SERVER]: checkServer },
});
