import { UNKNOWN, asList, asRecord, defineResourcePolicy, stringList } from "../../lib";

export const CLUSTER = "aws:eks/cluster:Cluster";

export function checkCluster(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const encryption = asRecord(props["encryptionConfig"]);
    if (encryption !== UNKNOWN) {
        const resources = encryption === undefined ? [] : stringList(encryption["resources"]);
        if (!resources.includes("secrets") && !(encryption !== undefined && asList(encryption["resources"]) === UNKNOWN)) {
            messages.push('encryptionConfig must encrypt "secrets" with a KMS key (FSBP EKS.3): Kubernetes secrets would sit in etcd with only the default encryption');
        }
    }
    const logTypes = asList(props["enabledClusterLogTypes"]);
    if (logTypes !== UNKNOWN && !stringList(logTypes).includes("audit")) {
        messages.push('enabledClusterLogTypes must include "audit" (FSBP EKS.8): without the audit log there is no record of who did what in the cluster');
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
