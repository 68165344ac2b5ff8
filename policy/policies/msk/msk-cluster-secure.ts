import { asBool, asString, defineResourcePolicy, valueAt } from "../../lib";

export const CLUSTER = "aws:msk/cluster:Cluster";

export function checkCluster(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const publicAccess = asString(valueAt(props, ["brokerNodeGroupInfo", "connectivityInfo", "publicAccess", "type"]));
    if (typeof publicAccess === "string" && publicAccess.trim().toUpperCase() !== "DISABLED") {
        messages.push(`brokerNodeGroupInfo.connectivityInfo.publicAccess.type must be "DISABLED" (FSBP MSK.4), got ${JSON.stringify(publicAccess)}: ` +
            "the brokers get addresses on the internet; reach them from inside the VPC, or through multi-VPC private connectivity");
    }
    const clientBroker = asString(valueAt(props, ["encryptionInfo", "encryptionInTransit", "clientBroker"]));
    if (typeof clientBroker === "string" && clientBroker.trim().toUpperCase() !== "TLS") {
        messages.push(`encryptionInfo.encryptionInTransit.clientBroker must be "TLS" (foundation encrypted-in-transit), got ${JSON.stringify(clientBroker)}: ` +
            "clients could produce and consume records unencrypted on the network");
    }
    if (asBool(valueAt(props, ["encryptionInfo", "encryptionInTransit", "inCluster"])) === false) {
        messages.push("encryptionInfo.encryptionInTransit.inCluster must not be false (FSBP MSK.1): records would travel unencrypted between brokers, " +
            "and it cannot be turned on without replacing the cluster");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "msk-cluster-secure",
    description: "MSK clusters have no public broker access and encrypt data in transit, between clients and brokers and among brokers.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["MSK.1", "MSK.4"], foundation: ["encrypted-in-transit"] },
    checks: { [CLUSTER]: checkCluster },
});
