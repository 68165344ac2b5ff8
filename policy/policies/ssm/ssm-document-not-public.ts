import { UNKNOWN, asRecord, asString, defineResourcePolicy } from "../../lib";

const DOCUMENT = "aws:ssm/document:Document";

/**
 * FSBP SSM.4 (https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html, read 2026-12-06): a document shared
 * with "All" is public (https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html).
 */
function checkDocument(props: Record<string, unknown>): string[] {
    const permissions = asRecord(props["permissions"]);
    if (permissions === undefined || permissions === UNKNOWN) return [];
    // A map passed through to the provider as is: its keys are the provider's own, account_ids (accountIds accepted too).
    const key = "account_ids" in permissions ? "account_ids" : "accountIds";
    const accounts = asString(permissions[key]);
    if (typeof accounts !== "string" || !accounts.split(",").some((a) => a.trim().toLowerCase() === "all")) return [];
    return [`permissions.${key} must not be "All" (FSBP SSM.4): the document becomes public, and anyone can read and run it, with whatever names, ` +
        "scripts and parameters it contains; list the account ids to share it with"];
}

export const definition = defineResourcePolicy({
    name: "ssm-document-not-public",
    description: "Systems Manager documents are not shared publicly.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["SSM.4"] },
    checks: { [DOCUMENT]: checkDocument },
});
