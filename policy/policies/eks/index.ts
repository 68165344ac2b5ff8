import { definition as eksClusterHardened } from "./eks-cluster-hardened";
import { definition as eksEndpointNotPublic } from "./eks-endpoint-not-public";

/** The eks policies: resource policies, then stack policies. */
export const resourcePolicies = [eksClusterHardened, eksEndpointNotPublic] as const;
export const stackPolicies = [] as const;
