import type { RecommendedSetting } from "./corpus";

/** Systems Manager parameters and documents, as the Systems Manager user guide and Security Hub recommend them. */
const READ = "(read 2026-12-06)";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:ssm/parameter:Parameter",
        title: "a password as a SecureString parameter",
        source: `https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html ${READ}`,
        props: { name: "/app/db-password", type: "SecureString", value: "not-a-real-password", keyId: "alias/acme/params" },
    },
    {
        type: "aws:ssm/parameter:Parameter",
        title: "non-sensitive configuration as a String parameter",
        source: `https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html ${READ}`,
        props: { name: "/app/region", type: "String", value: "us-east-1" },
    },
    {
        type: "aws:ssm/document:Document",
        title: "a document shared with one named account",
        source: `https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html ${READ}`,
        props: {
            name: "restart-app", documentType: "Command", documentFormat: "JSON",
            content: JSON.stringify({ schemaVersion: "2.2", description: "restart the app", mainSteps: [{ action: "aws:runShellScript", name: "restart", inputs: { runCommand: ["systemctl restart app"] } }] }),
            permissions: { type: "Share", account_ids: "222222222222" },
        },
    },
    {
        type: "aws:ssm/document:Document",
        title: "a private document (not shared)",
        source: `https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html ${READ}`,
        props: { name: "restart-app", documentType: "Command", content: JSON.stringify({ schemaVersion: "2.2", mainSteps: [] }) },
    },
];
