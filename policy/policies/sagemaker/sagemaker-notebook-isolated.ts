import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";

/**
 * Both settings default to "Enabled" (https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html,
 * https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html, read 2026-12-06).
 */
function checkNotebook(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const internet = asString(props["directInternetAccess"]);
    if (internet !== UNKNOWN && internet?.trim() !== "Disabled") {
        messages.push(`directInternetAccess must be "Disabled", got ${internet === undefined ? "not set (Enabled)" : JSON.stringify(internet)} (FSBP SageMaker.1): ` +
            "the notebook reaches the internet outside your VPC's controls, and so can anything running in it");
    }
    const root = asString(props["rootAccess"]);
    if (root !== UNKNOWN && root?.trim() !== "Disabled") {
        messages.push(`rootAccess must be "Disabled", got ${root === undefined ? "not set (Enabled)" : JSON.stringify(root)} (FSBP SageMaker.3): ` +
            "every notebook user is root on the instance and can change what runs there");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "sagemaker-notebook-isolated",
    description: "SageMaker notebook instances have no direct internet access and no root access for users.",
    enforcementLevel: "advisory",
    severity: "high",
    controls: { fsbp: ["SageMaker.1", "SageMaker.3"], foundation: ["least-privilege"] },
    checks: { [NOTEBOOK]: checkNotebook },
});
