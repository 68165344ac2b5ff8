import { UNKNOWN, WORLD_CIDRS, asBool, asList, asRecord, defineResourcePolicy, stringList } from "../../lib";

export const CLUSTER = "aws:eks/cluster:Cluster";

/** The API endpoint is public by default, open to 0.0.0.0/0 unless publicAccessCidrs narrows it. */
export function checkCluster(props: Record<string, unknown>): string[] {
    const vpc = asRecord(props["vpcConfig"]);
    if (vpc === UNKNOWN || vpc === undefined) return [];
    const isPublic = asBool(vpc["endpointPublicAccess"]);
    const listed = asList(vpc["publicAccessCidrs"]);
    if (isPublic === false || isPublic === UNKNOWN || listed === UNKNOWN || listed?.includes(UNKNOWN)) return [];
    const cidrs = stringList(vpc["publicAccessCidrs"]).map((c) => c.trim());
    if (cidrs.length > 0 && !cidrs.some((c) => WORLD_CIDRS.has(c))) return [];
    return ["vpcConfig.endpointPublicAccess must be false, or publicAccessCidrs must list only your networks (FSBP EKS.1): the Kubernetes API " +
        "is reachable from the whole internet, one leaked credential or API vulnerability away from the cluster"];
}

export const definition = defineResourcePolicy({
    name: "eks-endpoint-not-public",
    description: "EKS cluster API endpoints are private, or public only to listed networks.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { fsbp: ["EKS.1"] },
    checks: { [CLUSTER]: checkCluster },
});
