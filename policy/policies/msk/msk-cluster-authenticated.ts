import { UNKNOWN, asBool, asRecord, defineResourcePolicy } from "../../lib";

const CLUSTER = "aws:msk/cluster:Cluster";

/**
 * FSBP MSK.6 (https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html, read 2026-12-06): unauthenticated
 * access is what a cluster gets when clientAuthentication names no IAM, SASL/SCRAM or TLS authentication
 * (https://docs.aws.amazon.com/msk/latest/developerguide/kafka_apis_iam.html).
 */
function checkCluster(props: Record<string, unknown>): string[] {
    const auth = asRecord(props["clientAuthentication"]);
    if (auth === UNKNOWN) return [];
    const unauthenticated = asBool(auth?.["unauthenticated"]);
    const sasl = asRecord(auth?.["sasl"]);
    const tls = asRecord(auth?.["tls"]);
    const iam = sasl === UNKNOWN ? UNKNOWN : asBool(sasl?.["iam"]);
    const scram = sasl === UNKNOWN ? UNKNOWN : asBool(sasl?.["scram"]);
    if (unauthenticated === true) {
        return ["clientAuthentication.unauthenticated should not be true (FSBP MSK.6): any client that reaches the brokers can produce and consume every topic; " +
            "authenticate clients with IAM (sasl.iam), SASL/SCRAM or TLS certificates"];
    }
    if (unauthenticated === UNKNOWN || [iam, scram].includes(UNKNOWN) || tls === UNKNOWN || iam === true || scram === true || tls !== undefined) return [];
    return ["clientAuthentication names no authentication (FSBP MSK.6): the cluster then accepts unauthenticated clients, who can produce and consume every topic; " +
        "authenticate clients with IAM (sasl.iam), SASL/SCRAM or TLS certificates"];
}

export const definition = defineResourcePolicy({
    name: "msk-cluster-authenticated",
    description: "MSK clusters authenticate their clients (IAM, SASL/SCRAM or TLS) and do not allow unauthenticated access.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["MSK.6"] },
    checks: { [CLUSTER]: checkCluster },
});
