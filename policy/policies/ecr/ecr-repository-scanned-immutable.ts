import { UNKNOWN, asBool, asRecord, asString, defineResourcePolicy } from "../../lib";

export const REPOSITORY = "aws:ecr/repository:Repository";

/*
 * Registry-level scanning (aws.ecr.RegistryScanningConfiguration, enhanced scanning) replaces a repository's scanOnPush: ECR.1
 * passes either way (https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html,
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html, read 2026-12-06).
 */

function checkRepository(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const scanning = asRecord(props["imageScanningConfiguration"]);
    const scanOnPush = scanning === UNKNOWN ? UNKNOWN : asBool(scanning?.["scanOnPush"]);
    if (scanOnPush !== true && scanOnPush !== UNKNOWN) {
        messages.push("imageScanningConfiguration.scanOnPush should be true (FSBP ECR.1), unless the registry's scanning configuration (enhanced scanning with Amazon " +
            "Inspector) covers this repository: otherwise images with known vulnerabilities are pushed and deployed unnoticed");
    }
    const mutability = asString(props["imageTagMutability"]);
    if (mutability !== UNKNOWN && !(typeof mutability === "string" && mutability.trim().toUpperCase().startsWith("IMMUTABLE"))) {
        messages.push(`imageTagMutability should be "IMMUTABLE" (FSBP ECR.2), got ${mutability === undefined ? "not set (MUTABLE)" : JSON.stringify(mutability)}: ` +
            "a pushed tag can be overwritten, so the image a deployment names is not the image that was reviewed");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "ecr-repository-scanned-immutable",
    description: "ECR repositories scan images on push and keep tags immutable.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["ECR.1", "ECR.2"] },
    checks: { [REPOSITORY]: checkRepository },
});
