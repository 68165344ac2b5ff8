import { UNKNOWN, asList, asRecord, defineResourcePolicy, stringList } from "../../lib";

export const CLUSTER = "aws:eks/cluster:Cluster";

/**
 * EKS encrypts all Kubernetes API data with an AWS owned key by default since Kubernetes 1.28; EKS.3 asks for a key of
 * your own (https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html,
 * https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html, read 2026-12-06).
 */
export function checkCluster(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const encryption = asRecord(props["encryptionConfig"]);
    if (encryption !== UNKNOWN) {
        const resources = encryption === undefined ? [] : stringList(encryption["resources"]);
        if (!resources.includes("secrets") && !(encryption !== undefined && asList(encryption["resources"]) === UNKNOWN)) {
            messages.push('encryptionConfig should encrypt "secrets" with a customer managed KMS key (FSBP EKS.3): without it, secrets are protected only by ' +
                "EKS's default envelope encryption under an AWS owned key (Kubernetes 1.28 and later), which no key policy of yours restricts and no CloudTrail event of yours records");
        }
    }
    const logTypes = asList(props["enabledClusterLogTypes"]);
    if (logTypes !== UNKNOWN && !stringList(logTypes).includes("audit")) {
        messages.push('enabledClusterLogTypes should include "audit" (FSBP EKS.8): without the audit log there is no record of who did what in the cluster');
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "eks-cluster-hardened",
    description: "EKS clusters encrypt Kubernetes secrets with KMS and send the audit log to CloudWatch.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["EKS.3", "EKS.8"] },
    checks: { [CLUSTER]: checkCluster },
});
