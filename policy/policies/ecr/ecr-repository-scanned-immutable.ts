import { UNKNOWN, asBool, asRecord, asString, defineResourcePolicy } from "../../lib";

const REPOSITORY = "aws:ecr/repository:Repository";

function checkRepository(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const scanning = asRecord(props["imageScanningConfiguration"]);
    const scanOnPush = scanning === UNKNOWN ? UNKNOWN : asBool(scanning?.["scanOnPush"]);
    if (scanOnPush !== true && scanOnPush !== UNKNOWN) {
        messages.push("imageScanningConfiguration.scanOnPush must be true (FSBP ECR.1): images with known vulnerabilities are pushed and deployed unnoticed");
    }
    const mutability = asString(props["imageTagMutability"]);
    if (mutability !== UNKNOWN && !(typeof mutability === "string" && mutability.trim().toUpperCase().startsWith("IMMUTABLE"))) {
        messages.push(`imageTagMutability must be "IMMUTABLE" (FSBP ECR.2), got ${mutability === undefined ? "not set (MUTABLE)" : JSON.stringify(mutability)}: ` +
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
