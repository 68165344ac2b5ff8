import { asBool, asString, defineResourcePolicy, valueAt } from "../../lib";

export const CLUSTER = "aws:dax/cluster:Cluster";

export function checkCluster(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const atRest = asBool(valueAt(props, ["serverSideEncryption", "enabled"]));
    if (atRest === false || atRest === undefined) {
        messages.push(`serverSideEncryption.enabled must be true (FSBP DynamoDB.3), got ${atRest === false ? "false" : "not set (the default is unencrypted)"}: ` +
            "the cache's items would be stored unencrypted, and encryption cannot be turned on without replacing the cluster");
    }
    const endpoint = asString(props["clusterEndpointEncryptionType"]);
    if (endpoint === undefined || (typeof endpoint === "string" && endpoint.trim().toUpperCase() !== "TLS")) {
        messages.push(`clusterEndpointEncryptionType must be "TLS" (FSBP DynamoDB.7), got ${endpoint === undefined ? 'not set (the default is "NONE")' : JSON.stringify(endpoint)}: ` +
            "applications would read and write the cache unencrypted on the network, and it cannot be changed without replacing the cluster");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "dax-cluster-encrypted",
    description: "DynamoDB Accelerator (DAX) clusters encrypt data at rest and their endpoint with TLS.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["DynamoDB.3", "DynamoDB.7"] },
    checks: { [CLUSTER]: checkCluster },
});
