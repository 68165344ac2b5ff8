import { definition as eksClusterHardened } from "./eks-cluster-hardened";
import { definition as eksEndpointNotPublic } from "./eks-endpoint-not-public";
import { definition as eksNodeGroupRemoteAccessRestricted } from "./eks-node-group-remote-access-restricted";

/** The eks policies: resource policies, then stack policies. */
export const resourcePolicies = [eksClusterHardened, eksEndpointNotPublic, eksNodeGroupRemoteAccessRestricted] as const;
export const stackPolicies = [] as const;
